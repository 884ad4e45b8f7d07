package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.repr;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.shape;
import static org.jaxl.primitives.PrimitiveSupport.typeError;
import static org.jaxl.primitives.PrimitiveSupport.valueError;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.NDArray;
import org.jaxl.array.kernels.Conversions;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.array.kernels.ReduceOp;
import org.jaxl.array.kernels.Reductions;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The reductions of {@code lax.py} ({@code reduce_sum}, {@code reduce_prod},
 * {@code reduce_max}, {@code reduce_min}, {@code reduce_and}, {@code reduce_or},
 * {@code reduce_xor}, {@code argmax}, {@code argmin}) and the cumulative reductions of
 * {@code lax/control_flow/loops.py} ({@code cumsum}, {@code cumprod}, {@code cummax},
 * {@code cummin}, {@code cumlogsumexp}).
 */
public final class ReductionPrimitives {
    private ReductionPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new Reduce("reduce_sum", ReduceOp.SUM, Kind.NUMBER));
        PrimitiveRegistry.register(new Reduce("reduce_prod", ReduceOp.PROD, Kind.NUMBER));
        PrimitiveRegistry.register(new Reduce("reduce_max", ReduceOp.MAX, Kind.ANY));
        PrimitiveRegistry.register(new Reduce("reduce_min", ReduceOp.MIN, Kind.ANY));
        PrimitiveRegistry.register(new Reduce("reduce_and", ReduceOp.AND, Kind.LOGICAL));
        PrimitiveRegistry.register(new Reduce("reduce_or", ReduceOp.OR, Kind.LOGICAL));
        PrimitiveRegistry.register(new Reduce("reduce_xor", ReduceOp.XOR, Kind.LOGICAL));
        PrimitiveRegistry.register(new ArgExtreme("argmax", true));
        PrimitiveRegistry.register(new ArgExtreme("argmin", false));
        PrimitiveRegistry.register(new Cumulative("cumsum", ReduceOp.SUM));
        PrimitiveRegistry.register(new Cumulative("cumprod", ReduceOp.PROD));
        PrimitiveRegistry.register(new Cumulative("cummax", ReduceOp.MAX));
        PrimitiveRegistry.register(new Cumulative("cummin", ReduceOp.MIN));
        PrimitiveRegistry.register(new Cumulative("cumlogsumexp", ReduceOp.LOGADDEXP));
    }

    /** Which rules a reduction follows. */
    private enum Kind {
        /** {@code _reduce_number_dtype_rule} with {@code _reduce_op_shape_rule}. */
        NUMBER,
        /** {@code _input_dtype} with {@code _reduce_op_shape_rule}. */
        ANY,
        /** {@code _reduce_logical_shape_rule}: bool or integer operands, never weakly typed. */
        LOGICAL
    }

    /** The operand laid out for the kernels: its lanes as {@code [pre, red, post]}. */
    private record Blocked(Object lanes, int pre, int red, int post) {
    }

    /**
     * Arranges {@code a} so that the {@code axes} form the middle block of {@code [pre, red, post]}:
     * in place when they are adjacent, else by moving them last.
     */
    private static Blocked blocked(NDArray a, int[] axes) {
        int[] shape = a.shape();
        int[] sorted = axes.clone();
        Arrays.sort(sorted);
        boolean adjacent = true;
        for (int i = 1; i < sorted.length; i++) {
            adjacent &= sorted[i] == sorted[i - 1] + 1;
        }
        if (sorted.length == 0) {
            return new Blocked(Lanes.load(a), a.size(), 1, 1);
        }
        if (adjacent) {
            int pre = product(shape, 0, sorted[0]);
            int red = product(shape, sorted[0], sorted[sorted.length - 1] + 1);
            int post = product(shape, sorted[sorted.length - 1] + 1, shape.length);
            return new Blocked(Lanes.load(a), pre, red, post);
        }
        int[] perm = new int[shape.length];
        int k = 0;
        for (int d = 0; d < shape.length; d++) {
            if (Arrays.binarySearch(sorted, d) < 0) {
                perm[k++] = d;
            }
        }
        for (int d : sorted) {
            perm[k++] = d;
        }
        int red = 1;
        for (int d : sorted) {
            red *= shape[d];
        }
        return new Blocked(Lanes.load(Layout.transposeView(a, perm)), a.size() / Math.max(1, red), red, 1);
    }

    private static int product(int[] shape, int from, int to) {
        int p = 1;
        for (int d = from; d < to; d++) {
            p *= shape[d];
        }
        return p;
    }

    private static int[] withoutAxes(int[] shape, int[] axes) {
        int[] out = new int[shape.length - axes.length];
        int k = 0;
        for (int d = 0; d < shape.length; d++) {
            final int dim = d;
            if (Arrays.stream(axes).noneMatch(x -> x == dim)) {
                out[k++] = shape[d];
            }
        }
        return out;
    }

    /** {@code reduce_*[axes=…]}. */
    static final class Reduce extends StandardPrimitive {
        private final ReduceOp op;
        private final Kind kind;

        Reduce(String name, ReduceOp op, Kind kind) {
            super(name);
            this.op = op;
            this.kind = kind;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            int[] axes = PrimitiveSupport.ints(params, "axes");
            if (kind == Kind.LOGICAL) {
                if (operand.dtype() != DType.BOOL && !operand.dtype().isInteger()) {
                    throw typeError(node, "logical reduction requires operand dtype bool or int, got " + operand.dtype() + ".");
                }
                return withoutAxes(operand.shape(), axes);
            }
            if (Arrays.stream(axes).distinct().count() != axes.length) {
                throw valueError(node, "duplicate value in 'axes' of reduction: " + repr(params.get("axes")));
            }
            for (int a : axes) {
                if (a < 0 || a >= operand.ndim()) {
                    throw valueError(node, "reduction axes " + repr(params.get("axes")) + " contains out-of-bounds indices for " + operand + ".");
                }
            }
            return withoutAxes(operand.shape(), axes);
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            DType dtype = avals[0].dtype();
            if (kind == Kind.NUMBER && !DTypes.issubdtype(dtype, "number")) {
                throw typeError(node, name() + " does not accept dtype " + dtype.jaxName() + ". Accepted dtypes are subtypes of number.");
            }
            return PrimitiveSupport.canonical(dtype, node);
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return kind != Kind.LOGICAL && avals[0].weakType();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = PrimitiveSupport.convert(args[0], out.dtype());
            Blocked b = blocked(a, PrimitiveSupport.ints(params, "axes"));
            Object lanes = Reductions.reduce(op, out.dtype(), b.lanes(), b.pre(), b.red(), b.post());
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), lanes, out.size()))};
        }
    }

    /** {@code argmax}/{@code argmin[axes=(axis,) index_dtype=…]}. */
    static final class ArgExtreme extends StandardPrimitive {
        private final boolean max;

        ArgExtreme(String name, boolean max) {
            super(name);
            this.max = max;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            int axis = PrimitiveSupport.ints(params, "axes")[0];
            ShapedArray operand = avals[0];
            if (axis < 0 || axis >= operand.ndim()) {
                throw valueError(node, "Invalid axis " + axis + " for operand shape " + shape(operand.shape()));
            }
            if (operand.shape()[axis] < 1) {
                throw valueError(node, "argmin and argmax require non-empty reduced dimension. operand.shape=" + shape(operand.shape()) + " axis=" + axis);
            }
            return withoutAxes(operand.shape(), new int[]{axis});
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            DType index = params.getDType("index_dtype");
            if (!index.isInteger()) {
                throw typeError(node, "index_dtype must be an integer type, but got " + index.jaxName());
            }
            return index;
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return false;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = args[0];
            if (a.dtype().isComplex()) {
                throw typeError(node, name() + " does not support complex operands");
            }
            Blocked b = blocked(a, PrimitiveSupport.ints(params, "axes"));
            long[] indices = Reductions.argExtreme(max, a.dtype(), b.lanes(), b.pre(), b.red(), b.post());
            return new NDArray[]{result(out, Conversions.convert(DType.INT64, indices, indices.length, out.dtype()))};
        }
    }

    /** {@code cumsum}, {@code cumprod}, {@code cummax}, {@code cummin}, {@code cumlogsumexp[axis=… reverse=…]}. */
    static final class Cumulative extends StandardPrimitive {
        private final ReduceOp op;

        Cumulative(String name, ReduceOp op) {
            super(name);
            this.op = op;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            int axis = PrimitiveSupport.toInt(params.get("axis"));
            if (axis < 0) {
                throw valueError(node, "XLA operations do not allow negative axes");
            }
            if (axis >= avals[0].ndim()) {
                throw valueError(node, "axis " + axis + " is out of bounds for array of shape " + shape(avals[0].shape()));
            }
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            DType dtype = avals[0].dtype();
            if (!DTypes.issubdtype(dtype, "number")) {
                throw typeError(node, name() + " does not accept dtype " + dtype.jaxName() + ". Accepted dtypes are subtypes of number.");
            }
            return PrimitiveSupport.canonical(dtype, node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = PrimitiveSupport.convert(args[0], out.dtype());
            int axis = PrimitiveSupport.toInt(params.get("axis"));
            int[] shape = a.shape();
            Object lanes = Reductions.cumulative(op, out.dtype(), Lanes.load(a), product(shape, 0, axis), shape[axis], product(shape, axis + 1, shape.length),
                            params.getBoolean("reverse"));
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), lanes, out.size()))};
        }
    }
}
