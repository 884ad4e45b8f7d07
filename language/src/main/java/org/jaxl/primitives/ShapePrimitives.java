package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.repr;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.shape;
import static org.jaxl.primitives.PrimitiveSupport.typeError;
import static org.jaxl.primitives.PrimitiveSupport.valueError;
import static org.jaxl.primitives.PrimitiveSupport.viewResult;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.kernels.Conversions;
import org.jaxl.array.kernels.Layout;
import org.jaxl.runtime.PNone;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The shape primitives of {@code lax.py}: {@code broadcast_in_dim}, {@code reshape},
 * {@code squeeze}, {@code transpose}, {@code rev}, {@code pad}, {@code concatenate},
 * {@code iota} and {@code copy}. Where the result is a rearrangement of the operand's elements,
 * the eager result is a view sharing its storage.
 */
public final class ShapePrimitives {
    private ShapePrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new BroadcastInDim());
        PrimitiveRegistry.register(new Reshape());
        PrimitiveRegistry.register(new Squeeze());
        PrimitiveRegistry.register(new Transpose());
        PrimitiveRegistry.register(new Rev());
        PrimitiveRegistry.register(new Pad());
        PrimitiveRegistry.register(new Concatenate());
        PrimitiveRegistry.register(new Iota());
        PrimitiveRegistry.register(new Copy());
        PrimitiveRegistry.register(new StopGradient());
    }

    /**
     * JAX's {@code _check_shapelike}: a tuple, list or array of nonnegative integers (strictly
     * positive when {@code nonZero}).
     */
    @TruffleBoundary
    static int[] checkShapelike(String funName, String argName, Object obj, boolean nonZero, Node node) {
        if (!PrimitiveSupport.isSequence(obj) && !(obj instanceof NDArray)) {
            throw typeError(node, funName + " " + argName + " must be of type tuple/list/ndarray, got " + PrimitiveSupport.typeRepr(obj) + ".");
        }
        Object[] items = obj instanceof NDArray a ? arrayItems(a) : PrimitiveSupport.items(obj);
        for (Object item : items) {
            if (!PrimitiveSupport.isInt(item)) {
                StringBuilder types = new StringBuilder("(");
                for (int i = 0; i < items.length; i++) {
                    types.append(i > 0 ? ", " : "").append(PrimitiveSupport.typeRepr(items[i]));
                }
                types.append(items.length == 1 ? ",)" : ")");
                throw typeError(node, funName + " " + argName + " must have every element be an integer type, got " + types + ".");
            }
        }
        int[] values = new int[items.length];
        int lower = nonZero ? 1 : 0;
        for (int i = 0; i < items.length; i++) {
            values[i] = PrimitiveSupport.toInt(items[i]);
            if (values[i] < lower) {
                throw typeError(node, funName + " " + argName + " must have every element be " + (nonZero ? "strictly positive" : "nonnegative") + ", got "
                                + PrimitiveSupport.repr(obj) + ".");
            }
        }
        return values;
    }

    private static Object[] arrayItems(NDArray a) {
        Object[] items = new Object[a.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = a.dtype().isInexact() ? (Object) a.getDouble(i) : (Object) a.getLong(i);
        }
        return items;
    }

    /** {@code broadcast_in_dim[shape=… broadcast_dimensions=…]}. */
    static final class BroadcastInDim extends StandardPrimitive {
        BroadcastInDim() {
            super("broadcast_in_dim");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object shapeParam = params.get("shape");
            Object dimsParam = params.get("broadcast_dimensions");
            int[] shape = checkShapelike(name(), "shape", shapeParam, false, node);
            int[] dims = checkShapelike(name(), "broadcast_dimensions", dimsParam, false, node);
            ShapedArray operand = avals[0];
            int ndim = operand.ndim();
            if (ndim != dims.length) {
                throw typeError(node, "broadcast_in_dim broadcast_dimensions must have length equal to operand ndim; got broadcast_dimensions " + repr(dimsParam)
                                + " for operand ndim " + ndim + ".");
            }
            if (shape.length < ndim) {
                throw typeError(node, "broadcast_in_dim target broadcast shape must have equal or higher rank to the operand shape; got operand ndim " + ndim
                                + " and target broadcast ndim " + shape.length + ".");
            }
            for (int d : dims) {
                if (d >= shape.length) {
                    throw typeError(node, "broadcast_in_dim broadcast_dimensions must be a subset of output dimensions, got " + repr(dimsParam) + " for operand ndim "
                                    + ndim + " and shape " + repr(shapeParam) + ".");
                }
            }
            for (int i = 0; i < ndim; i++) {
                int d = operand.shape()[i];
                if (d != 1 && d != shape[dims[i]]) {
                    throw typeError(node, "broadcast_in_dim operand dimension sizes must either be 1, or be equal to their corresponding dimensions in the target "
                                    + "broadcast shape; got operand of shape " + shape(operand.shape()) + ", target broadcast shape " + repr(shapeParam)
                                    + ", broadcast_dimensions " + repr(dimsParam) + " ");
                }
            }
            for (int i = 1; i < dims.length; i++) {
                if (dims[i] <= dims[i - 1]) {
                    throw typeError(node, "broadcast_in_dim broadcast_dimensions must be strictly increasing; got broadcast_dimensions " + repr(dimsParam));
                }
            }
            return shape;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].dtype();
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return avals[0].weakType();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            return new NDArray[]{viewResult(out, Layout.broadcastView(args[0], out.shape(), PrimitiveSupport.ints(params, "broadcast_dimensions")))};
        }

        /** JAX's {@code _broadcast_in_dim_fwd_rule}: broadcasting to the operand's own shape is the identity. */
        @Override
        public Var[] forward(JaxprEqn eqn) {
            if (eqn.invars().size() == 1 && eqn.invars().get(0) instanceof Var v && Arrays.equals(v.aval().shape(), PrimitiveSupport.ints(eqn.params(), "shape"))) {
                return new Var[]{v};
            }
            return null;
        }
    }

    /** {@code reshape[new_sizes=… dimensions=…]}: same elements, new shape (after transposing by {@code dimensions}). */
    static final class Reshape extends StandardPrimitive {
        Reshape() {
            super("reshape");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object sizesParam = params.get("new_sizes");
            int[] newSizes = PrimitiveSupport.ints(sizesParam);
            for (int d : newSizes) {
                if (d < 0) {
                    throw typeError(node, "reshape new_sizes must all be positive, got " + repr(sizesParam) + ".");
                }
            }
            ShapedArray operand = avals[0];
            long operandSize = operand.size();
            long newSize = 1;
            for (int d : newSizes) {
                newSize *= d;
            }
            if (operandSize != newSize) {
                throw typeError(node, "reshape total size must be unchanged, got new_sizes " + repr(sizesParam) + " (of total size " + newSize + ") for shape "
                                + shape(operand.shape()) + " (of total size " + operandSize + ").");
            }
            Object dimsParam = params.getOrNull("dimensions");
            if (dimsParam != null && dimsParam != PNone.NONE) {
                Set<Integer> dims = new HashSet<>();
                for (int d : PrimitiveSupport.ints(dimsParam)) {
                    dims.add(d);
                }
                Set<Integer> all = new HashSet<>();
                for (int d = 0; d < operand.ndim(); d++) {
                    all.add(d);
                }
                if (!dims.equals(all)) {
                    throw typeError(node, "reshape dimensions must be a permutation of operand dimensions, got dimensions " + repr(dimsParam) + " for shape "
                                    + shape(operand.shape()) + ".");
                }
            }
            return newSizes;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = args[0];
            int[] dims = PrimitiveSupport.intsOrNull(params, "dimensions");
            if (dims != null) {
                a = Layout.transposeView(a, dims);
            }
            return new NDArray[]{viewResult(out, Layout.reshape(a, out.shape()))};
        }
    }

    /** {@code squeeze[dimensions=…]}: removes dimensions of size 1. */
    static final class Squeeze extends StandardPrimitive {
        Squeeze() {
            super("squeeze");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object dimsParam = params.get("dimensions");
            int[] dims = PrimitiveSupport.ints(dimsParam);
            int[] shape = avals[0].shape();
            Set<Integer> set = new HashSet<>();
            for (int d : dims) {
                set.add(d);
            }
            if (set.size() != dims.length) {
                throw valueError(node, "dimensions are not unique: " + repr(dimsParam));
            }
            for (int d : dims) {
                if (d < 0 || d >= shape.length) {
                    throw valueError(node, "dimensions outside range [0, ndim): " + repr(dimsParam));
                }
            }
            for (int d : dims) {
                if (shape[d] != 1) {
                    throw valueError(node, "cannot select an axis to squeeze out which has size not equal to one, got shape=" + shape(shape) + " and dimensions="
                                    + repr(dimsParam));
                }
            }
            int[] out = new int[shape.length - dims.length];
            int k = 0;
            for (int i = 0; i < shape.length; i++) {
                if (!set.contains(i)) {
                    out[k++] = shape[i];
                }
            }
            return out;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = args[0];
            Set<Integer> removed = new HashSet<>();
            for (int d : PrimitiveSupport.ints(params, "dimensions")) {
                removed.add(d);
            }
            int[] strides = new int[out.ndim()];
            int k = 0;
            for (int i = 0; i < a.ndim(); i++) {
                if (!removed.contains(i)) {
                    strides[k++] = a.strides()[i];
                }
            }
            return new NDArray[]{viewResult(out, NDArray.view(a, out.shape(), strides, a.offset()))};
        }
    }

    /** {@code transpose[permutation=…]}. */
    static final class Transpose extends StandardPrimitive {
        Transpose() {
            super("transpose");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object permParam = params.get("permutation");
            if (!PrimitiveSupport.isSequence(permParam) && !(permParam instanceof NDArray)) {
                throw typeError(node, "transpose permutation must be a tuple/list/ndarray, got " + PrimitiveSupport.typeRepr(permParam) + ".");
            }
            int[] perm = PrimitiveSupport.ints(permParam);
            int[] sorted = perm.clone();
            Arrays.sort(sorted);
            ShapedArray operand = avals[0];
            boolean valid = sorted.length == operand.ndim();
            for (int i = 0; valid && i < sorted.length; i++) {
                valid = sorted[i] == i;
            }
            if (!valid) {
                throw typeError(node, "transpose permutation isn't a permutation of operand dimensions, got permutation " + repr(permParam) + " for operand shape "
                                + shape(operand.shape()) + ".");
            }
            int[] out = new int[perm.length];
            for (int i = 0; i < perm.length; i++) {
                out[i] = operand.shape()[perm[i]];
            }
            return out;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            return new NDArray[]{viewResult(out, Layout.transposeView(args[0], PrimitiveSupport.ints(params, "permutation")))};
        }
    }

    /** {@code rev[dimensions=…]}: reverses the order of elements along dimensions. */
    static final class Rev extends StandardPrimitive {
        Rev() {
            super("rev");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object dimsParam = params.get("dimensions");
            int[] dims = checkShapelike(name(), "dimensions", dimsParam, false, node);
            Set<Integer> set = new HashSet<>();
            int max = -1;
            for (int d : dims) {
                set.add(d);
                max = Math.max(max, d);
            }
            if (set.size() != dims.length) {
                throw typeError(node, "rev dimensions must be unique, got " + repr(dimsParam) + ".");
            }
            if (dims.length > 0 && max >= avals[0].ndim()) {
                throw typeError(node, "rev dimensions must all be less than operand ndim, got dimensions " + repr(dimsParam) + " for operand ndim " + avals[0].ndim()
                                + ".");
            }
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            return new NDArray[]{viewResult(out, Layout.reverseView(args[0], PrimitiveSupport.ints(params, "dimensions")))};
        }
    }

    /** {@code pad[padding_config=((lo, hi, interior), …)]}. */
    static final class Pad extends StandardPrimitive {
        Pad() {
            super("pad");
        }

        private static int[][] config(Object param) {
            Object[] dims = PrimitiveSupport.items(param);
            int[][] out = new int[dims.length][];
            for (int i = 0; i < dims.length; i++) {
                out[i] = PrimitiveSupport.ints(dims[i]);
            }
            return out;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            Object configParam = params.get("padding_config");
            int[][] config = config(configParam);
            int[] opShape = avals[0].shape();
            if (config.length != opShape.length) {
                throw valueError(node, "length of padding_config must equal the number of axes of operand, got padding_config " + repr(configParam)
                                + " for operand shape " + shape(opShape));
            }
            for (int[] c : config) {
                if (c[2] < 0) {
                    throw valueError(node, "interior padding in padding_config must be nonnegative, got padding_config " + repr(configParam));
                }
            }
            int[] result = new int[opShape.length];
            boolean negative = false;
            for (int d = 0; d < opShape.length; d++) {
                int dilated = opShape[d] == 0 ? 0 : 1 + (c(config, d, 2) + 1) * (opShape[d] - 1);
                result[d] = config[d][0] + config[d][1] + dilated;
                negative |= result[d] < 0;
            }
            if (negative) {
                throw valueError(node, "Dimension size after padding is not at least 0, got result shape " + shape(result) + ", for padding_config " + repr(configParam)
                                + " and operand shape " + shape(opShape));
            }
            return result;
        }

        private static int c(int[][] config, int d, int k) {
            return config[d][k];
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            if (avals[0].dtype() != avals[1].dtype()) {
                throw typeError(node, "pad operand and padding_value must be same dtype: got " + avals[0].dtype() + " and " + avals[1].dtype() + ".");
            }
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
            int[][] config = config(params.get("padding_config"));
            int[] lo = new int[config.length];
            int[] interior = new int[config.length];
            for (int d = 0; d < config.length; d++) {
                lo[d] = config[d][0];
                interior[d] = config[d][2];
            }
            NDArray operand = PrimitiveSupport.convert(args[0], out.dtype());
            NDArray padValue = PrimitiveSupport.convert(args[1], out.dtype());
            Object data = Layout.pad(out.dtype(), Layout.contiguousData(operand), operand.shape(), Layout.contiguousData(padValue), lo, interior, out.shape());
            return new NDArray[]{result(out, data)};
        }
    }

    /** {@code concatenate[dimension=…]} of operands of one dtype and rank. */
    static final class Concatenate extends StandardPrimitive {
        Concatenate() {
            super("concatenate");
        }

        private static String shapes(ShapedArray[] avals) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < avals.length; i++) {
                sb.append(i > 0 ? ", " : "").append(shape(avals[i].shape()));
            }
            return sb.toString();
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            int dimension = PrimitiveSupport.toInt(params.get("dimension"));
            if (avals.length == 0) {
                throw typeError(node, "concatenate expects at least one operand, got 0.");
            }
            int rank = avals[0].ndim();
            for (ShapedArray a : avals) {
                if (a.ndim() != rank) {
                    throw typeError(node, "Cannot concatenate arrays with different numbers of dimensions: got " + shapes(avals) + ".");
                }
            }
            if (dimension < 0 || dimension >= rank) {
                throw typeError(node, "concatenate dimension out of bounds: dimension " + dimension + " for shapes " + shapes(avals) + ".");
            }
            int[] out = avals[0].shape().clone();
            int total = 0;
            for (ShapedArray a : avals) {
                for (int d = 0; d < rank; d++) {
                    if (d != dimension && a.shape()[d] != out[d]) {
                        throw typeError(node, "Cannot concatenate arrays with shapes that differ in dimensions other than the one being concatenated: concatenating along "
                                        + "dimension " + dimension + " for shapes " + shapes(avals) + ".");
                    }
                }
                total += a.shape()[dimension];
            }
            out[dimension] = total;
            return out;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            ShapeRules.checkSameDtypes("concatenate", avals, node, PrimitiveSupport.x64(node));
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] avals = new ShapedArray[args.length];
            for (int i = 0; i < args.length; i++) {
                avals[i] = ShapedArray.of(args[i]);
            }
            ShapedArray out = abstractEval(avals, params, node)[0];
            Object[] parts = new Object[args.length];
            int[][] shapes = new int[args.length][];
            for (int i = 0; i < args.length; i++) {
                NDArray a = PrimitiveSupport.convert(args[i], out.dtype());
                parts[i] = Layout.contiguousData(a);
                shapes[i] = a.shape();
            }
            int dimension = PrimitiveSupport.toInt(params.get("dimension"));
            return new NDArray[]{result(out, Layout.concatenate(out.dtype(), parts, shapes, dimension, out.shape()))};
        }
    }

    /** {@code iota[dtype=… shape=… dimension=…]}: indices along one dimension. */
    static final class Iota extends Primitive {
        Iota() {
            super("iota", false);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            Object shapeParam = params.get("shape");
            int[] shape = checkShapelike(name(), "shape", shapeParam, false, node);
            DType dtype = params.getDType("dtype");
            if (!Accepted.NUM.accepts(dtype)) {
                throw typeError(node, "iota does not accept dtype " + dtype.jaxName() + ". Accepted dtypes are subtypes of " + Accepted.NUM.describe() + ".");
            }
            int dimension = PrimitiveSupport.toInt(params.get("dimension"));
            if (dimension < 0 || dimension >= shape.length) {
                throw valueError(node, "iota dimension must be between 0 and len(shape), got dimension=" + dimension + " for shape=" + repr(shapeParam));
            }
            return new ShapedArray[]{new ShapedArray(shape, dtype, false)};
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[0], params, node)[0];
            int[] shape = out.shape();
            int dimension = PrimitiveSupport.toInt(params.get("dimension"));
            int inner = 1;
            for (int d = dimension + 1; d < shape.length; d++) {
                inner *= shape[d];
            }
            int size = shape[dimension];
            int n = Shapes.size(shape);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = (i / inner) % size;
            }
            return new NDArray[]{result(out, Conversions.convert(DType.INT64, values, n, out.dtype()))};
        }
    }

    /** {@code copy}: a fresh array with the operand's elements and abstract value. */
    static final class Copy extends Primitive {
        Copy() {
            super("copy", false);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            return new ShapedArray[]{avals[0]};
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            NDArray a = args[0];
            Object data = Layout.copyStrided(a.dtype(), a.data(), a.offset(), a.shape(), a.strides());
            return new NDArray[]{NDArray.of(a.dtype(), a.shape(), data, a.weakType())};
        }
    }

    /**
     * {@code stop_gradient} (JAX's {@code ad_util.stop_gradient_p}): the identity on values; it
     * only matters to differentiation.
     */
    static final class StopGradient extends Primitive {
        StopGradient() {
            super("stop_gradient", false);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            return new ShapedArray[]{avals[0]};
        }

        @Override
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            return new NDArray[]{args[0]};
        }
    }
}
