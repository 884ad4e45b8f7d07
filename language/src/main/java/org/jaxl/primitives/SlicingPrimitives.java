package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.repr;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.shape;
import static org.jaxl.primitives.PrimitiveSupport.typeError;
import static org.jaxl.primitives.PrimitiveSupport.valueError;
import static org.jaxl.primitives.PrimitiveSupport.viewResult;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.kernels.Conversions;
import org.jaxl.array.kernels.GatherScatter;
import org.jaxl.array.kernels.LaneType;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEval;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The slicing primitives of {@code lax/slicing.py}: {@code slice}, {@code dynamic_slice},
 * {@code dynamic_update_slice}, {@code gather} and the scatters ({@code scatter},
 * {@code scatter-add}, {@code scatter-mul}, {@code scatter-min}, {@code scatter-max}).
 */
public final class SlicingPrimitives {
    private SlicingPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new Slice());
        PrimitiveRegistry.register(new DynamicSlice());
        PrimitiveRegistry.register(new DynamicUpdateSlice());
        PrimitiveRegistry.register(new Gather());
        for (ScatterKind kind : ScatterKind.values()) {
            PrimitiveRegistry.register(new Scatter(kind));
        }
    }

    /** {@code slice[start_indices=… limit_indices=… strides=…]}: a static strided window. */
    static final class Slice extends StandardPrimitive {
        Slice() {
            super("slice");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            Object startParam = params.get("start_indices");
            Object limitParam = params.get("limit_indices");
            int[] start = ShapePrimitives.checkShapelike("slice", "start_indices", startParam, false, node);
            int[] limit = ShapePrimitives.checkShapelike("slice", "limit_indices", limitParam, false, node);
            if (operand.ndim() != start.length) {
                throw typeError(node, "slice start_indices must have length equal to the number of dimensions of the operand, got indices " + repr(startParam)
                                + " for operand shape " + shape(operand.shape()) + ".");
            }
            if (start.length != limit.length) {
                throw typeError(node, "slice limit_indices must have the same length as start_indices, got start_indices " + repr(startParam) + " and limit_indices "
                                + repr(limitParam) + ".");
            }
            for (int d = 0; d < start.length; d++) {
                if (operand.shape()[d] < limit[d]) {
                    throw typeError(node, "slice limit_indices must be less than or equal to operand shape, got limit_indices " + repr(limitParam)
                                    + " for operand shape " + shape(operand.shape()) + ".");
                }
            }
            for (int d = 0; d < start.length; d++) {
                if (start[d] < 0) {
                    throw typeError(node, "slice start_indices must be greater than or equal to zero, got start_indices of " + repr(startParam) + ".");
                }
            }
            for (int d = 0; d < start.length; d++) {
                if (limit[d] < start[d]) {
                    throw typeError(node, "slice limit_indices must be greater than or equal to start_indices, got start_indices " + repr(startParam)
                                    + " and limit_indices " + repr(limitParam) + ".");
                }
            }
            int[] diff = new int[start.length];
            for (int d = 0; d < start.length; d++) {
                diff[d] = limit[d] - start[d];
            }
            Object stridesParam = params.getOrNull("strides");
            if (stridesParam == null || stridesParam == PNone.NONE) {
                return diff;
            }
            int[] strides = ShapePrimitives.checkShapelike("slice", "strides", stridesParam, false, node);
            if (strides.length != operand.ndim()) {
                throw typeError(node, "slice strides must have length equal to the number of dimensions of the operand, got strides " + repr(stridesParam)
                                + " for operand shape " + shape(operand.shape()) + ".");
            }
            int[] out = new int[diff.length];
            for (int d = 0; d < diff.length; d++) {
                // core.stride_dim(d, window_size=1, window_stride=s)
                out[d] = diff[d] == 0 ? 0 : (diff[d] - 1) / strides[d] + 1;
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
            int[] start = PrimitiveSupport.ints(params, "start_indices");
            int[] strides = PrimitiveSupport.intsOrNull(params, "strides");
            if (strides == null) {
                strides = new int[start.length];
                Arrays.fill(strides, 1);
            }
            return new NDArray[]{viewResult(out, Layout.sliceView(args[0], start, strides, out.shape()))};
        }
    }

    /** Index operands as longs: scalars of any integer dtype, unsigned ones never negative. */
    private static long indexValue(NDArray index) {
        long v = index.getLong(0);
        return index.dtype() == DType.UINT64 && v < 0 ? Long.MAX_VALUE : v;
    }

    private static String dtypeNames(ShapedArray[] avals, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < avals.length; i++) {
            sb.append(i > from ? ", " : "").append(avals[i].dtype().jaxName());
        }
        return sb.toString();
    }

    private static String avalList(ShapedArray[] avals, int from) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = from; i < avals.length; i++) {
            sb.append(i > from ? ", " : "").append(avals[i]);
        }
        return sb.append(']').toString();
    }

    /** {@code dynamic_slice[slice_sizes=…]}: a window at runtime start indices, clamped into bounds. */
    static final class DynamicSlice extends StandardPrimitive {
        DynamicSlice() {
            super("dynamic_slice");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            Object sizesParam = params.get("slice_sizes");
            int[] sizes = PrimitiveSupport.ints(sizesParam);
            int starts = avals.length - 1;
            if (operand.ndim() != starts) {
                throw typeError(node, "dynamic_slice start_indices must have length equal to the number of dimensions of the operand, got indices "
                                + avalList(avals, 1) + " for operand shape " + shape(operand.shape()) + ".");
            }
            if (starts != sizes.length) {
                throw typeError(node, "dynamic_slice slice_sizes must have the same length as start_indices, got start_indices length " + starts + " and slice_sizes "
                                + repr(sizesParam) + ".");
            }
            for (int d = 0; d < sizes.length; d++) {
                if (operand.shape()[d] < sizes[d]) {
                    throw typeError(node, "slice slice_sizes must be less than or equal to operand shape, got slice_sizes " + repr(sizesParam) + " for operand shape "
                                    + shape(operand.shape()) + ".");
                }
            }
            for (int s : sizes) {
                if (s < 0) {
                    throw typeError(node, "slice slice_sizes must be greater than or equal to zero, got slice_sizes of " + repr(sizesParam) + ".");
                }
            }
            for (int i = 1; i < avals.length; i++) {
                if (avals[i].ndim() != 0) {
                    throw typeError(node, "start_indices arguments to dynamic_slice must be scalars,  got indices " + avalList(avals, 1));
                }
            }
            return sizes;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            for (int i = 1; i < avals.length; i++) {
                if (avals[i].dtype() != avals[1].dtype() || !avals[i].dtype().isInteger()) {
                    throw typeError(node, "index arguments to dynamic_slice must be integers of the same type, got: " + dtypeNames(avals, 1));
                }
            }
            return avals[0].dtype();
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return avals[0].weakType();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] avals = avals(args);
            ShapedArray out = abstractEval(avals, params, node)[0];
            NDArray operand = args[0];
            int[] start = new int[operand.ndim()];
            int[] ones = new int[operand.ndim()];
            for (int d = 0; d < start.length; d++) {
                start[d] = (int) Math.max(0, Math.min(operand.shape()[d] - out.shape()[d], indexValue(args[d + 1])));
                ones[d] = 1;
            }
            return new NDArray[]{viewResult(out, Layout.sliceView(operand, start, ones, out.shape()))};
        }
    }

    static ShapedArray[] avals(NDArray[] args) {
        ShapedArray[] avals = new ShapedArray[args.length];
        for (int i = 0; i < args.length; i++) {
            avals[i] = ShapedArray.of(args[i]);
        }
        return avals;
    }

    /** {@code dynamic_update_slice}: the operand with a window overwritten at runtime start indices, clamped into bounds. */
    static final class DynamicUpdateSlice extends StandardPrimitive {
        DynamicUpdateSlice() {
            super("dynamic_update_slice");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            ShapedArray update = avals[1];
            if (operand.ndim() != update.ndim()) {
                throw typeError(node, "dynamic_update_slice update must have the same rank as operand, got update shape " + shape(update.shape())
                                + " for operand shape " + shape(operand.shape()) + ".");
            }
            if (operand.ndim() != avals.length - 2) {
                throw typeError(node, "dynamic_update_slice start_indices must have length equal to the rank of operand, got indices " + avalList(avals, 2)
                                + " for operand shape " + shape(operand.shape()) + ".");
            }
            for (int d = 0; d < operand.ndim(); d++) {
                if (operand.shape()[d] < update.shape()[d]) {
                    throw typeError(node, "dynamic_update_slice update shape must be smaller than operand shape, got update shape " + shape(update.shape())
                                    + " for operand shape " + shape(operand.shape()) + ".");
                }
            }
            for (int i = 2; i < avals.length; i++) {
                if (avals[i].ndim() != 0) {
                    throw typeError(node, "start_indices arguments to dynamic_update_slice must be scalars, got indices " + avalList(avals, 2));
                }
            }
            return operand.shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            ShapeRules.checkSameDtypes("dynamic_update_slice", new ShapedArray[]{avals[0], avals[1]}, node, PrimitiveSupport.x64(node));
            for (int i = 2; i < avals.length; i++) {
                if (avals[i].dtype() != avals[2].dtype() || !avals[i].dtype().isInteger()) {
                    throw typeError(node, "index arguments to dynamic_update_slice must be integers of the same type, got " + dtypeNames(avals, 2));
                }
            }
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(avals(args), params, node)[0];
            NDArray operand = args[0];
            NDArray update = PrimitiveSupport.convert(args[1], operand.dtype());
            int slots = operand.dtype().slotsPerElement();
            Object data = Layout.copyStrided(operand.dtype(), operand.data(), operand.offset(), operand.shape(), operand.strides());
            int[] strides = Shapes.contiguousStrides(operand.shape());
            int base = 0;
            for (int d = 0; d < operand.ndim(); d++) {
                long start = Math.max(0, Math.min(operand.shape()[d] - update.shape()[d], indexValue(args[d + 2])));
                base += (int) start * strides[d];
            }
            GatherScatter.copyBox(update.data(), update.offset(), update.strides(), data, base, strides, update.shape(), slots);
            return new NDArray[]{result(out, data)};
        }
    }

    /** The dimension numbers of a gather: the Java value, or any 3-sequence (a NamedTuple is a tuple). */
    static GatherDimensionNumbers gatherDims(Object param) {
        if (param instanceof GatherDimensionNumbers g) {
            return g;
        }
        Object[] f = PrimitiveSupport.items(param);
        return new GatherDimensionNumbers(f[0], f[1], f[2]);
    }

    static ScatterDimensionNumbers scatterDims(Object param) {
        if (param instanceof ScatterDimensionNumbers s) {
            return s;
        }
        Object[] f = PrimitiveSupport.items(param);
        return new ScatterDimensionNumbers(f[0], f[1], f[2]);
    }

    private static void checkSorted(int[] dims, String opName, String name, Node node) {
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] < dims[i - 1]) {
                throw typeError(node, name + " in " + opName + " op must be sorted; got " + PrimitiveSupport.tupleStr(dims));
            }
        }
    }

    private static void checkSortedInRange(int[] dims, int rank, String opName, String name, Node node) {
        if (dims.length == 0) {
            return;
        }
        Integer invalid = null;
        if (dims[0] < 0) {
            invalid = dims[0];
        } else if (dims[dims.length - 1] >= rank) {
            invalid = dims[dims.length - 1];
        }
        // JAX tests the invalid dimension's truth value, so an invalid 0 passes
        if (invalid != null && invalid != 0) {
            throw typeError(node, "Invalid " + name + " set in " + opName + " op; valid range is [0, " + rank + "); got: " + invalid + ".");
        }
    }

    private static void checkNoDuplicates(int[] dims, String opName, String name, Node node) {
        if (Arrays.stream(dims).distinct().count() != dims.length) {
            throw typeError(node, name + " in " + opName + " op must not repeat; got: " + PrimitiveSupport.tupleStr(dims) + ".");
        }
    }

    /** {@code gather[dimension_numbers=… slice_sizes=… indices_are_sorted=… unique_indices=… mode=… fill_value=…]}. */
    static final class Gather extends StandardPrimitive {
        Gather() {
            super("gather");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            ShapedArray indices = avals[1];
            GatherDimensionNumbers dn = gatherDims(params.get("dimension_numbers"));
            int[] offsetDims = dn.offsetDims();
            int[] collapsed = dn.collapsedSliceDims();
            int[] startIndexMap = dn.startIndexMap();
            int[] sliceSizes = PrimitiveSupport.ints(params, "slice_sizes");
            int indexVectorDim = indices.ndim() - 1;
            if (indexVectorDim < 0) {
                throw typeError(node, "Gather index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is " + indices.ndim()
                                + " and gather index leaf dimension is " + indexVectorDim + ".");
            }
            checkSorted(offsetDims, "gather", "offset_dims", node);
            checkNoDuplicates(offsetDims, "gather", "offset_dims", node);
            int outputRank = offsetDims.length + indices.ndim() - 1;
            for (int i = 0; i < offsetDims.length; i++) {
                if (offsetDims[i] < 0 || offsetDims[i] >= outputRank) {
                    throw typeError(node, "Offset dimension " + i + " in gather op is out of bounds; got " + offsetDims[i] + ", but should have been in [0, "
                                    + outputRank + ")");
                }
            }
            if (startIndexMap.length != indices.shape()[indexVectorDim]) {
                throw typeError(node, "Gather op has " + startIndexMap.length + " elements in start_index_map and the bound of dimension index_vector_dim="
                                + indexVectorDim + " of indices is " + indices.shape()[indexVectorDim] + ". These two numbers must be equal.");
            }
            for (int i = 0; i < startIndexMap.length; i++) {
                if (startIndexMap[i] < 0 || startIndexMap[i] >= operand.ndim()) {
                    throw typeError(node, "Invalid start_index_map; domain is [0, " + operand.ndim() + "), got: " + i + "->" + startIndexMap[i] + ".");
                }
            }
            checkNoDuplicates(startIndexMap, "gather", "start_index_map", node);
            checkSorted(collapsed, "gather", "collapsed_slice_dims", node);
            checkSortedInRange(collapsed, operand.ndim(), "gather", "collapsed_slice_dims", node);
            checkNoDuplicates(collapsed, "gather", "collapsed_slice_dims", node);
            if (operand.ndim() != sliceSizes.length) {
                throw typeError(node, "Gather op must have one slice size for every input dimension; got: len(slice_sizes)=" + sliceSizes.length
                                + ", input_shape.rank=" + operand.ndim());
            }
            if (sliceSizes.length != offsetDims.length + collapsed.length) {
                throw typeError(node, "All components of the offset index in a gather op must either be a offset dimension or explicitly collapsed; got len(slice_sizes)="
                                + sliceSizes.length + ", output_slice_sizes=" + repr(dn.field(0)) + ", collapsed_slice_dims=" + repr(dn.field(1)) + ".");
            }
            for (int i = 0; i < sliceSizes.length; i++) {
                if (sliceSizes[i] < 0 || operand.shape()[i] < sliceSizes[i]) {
                    throw typeError(node, "Slice size at index " + i + " in gather op is out of range, must be within [0, " + operand.shape()[i] + " + 1), got "
                                    + sliceSizes[i] + ".");
                }
            }
            for (int i = 0; i < collapsed.length; i++) {
                int bound = sliceSizes[collapsed[i]];
                if (bound != 1) {
                    throw typeError(node, "Gather op can only collapse slice dims with bound 1, but bound is " + bound + " for index " + collapsed[i] + " at position "
                                    + i + ".");
                }
            }
            Set<Integer> offsets = new HashSet<>();
            for (int d : offsetDims) {
                offsets.add(d);
            }
            Set<Integer> collapsedSet = new HashSet<>();
            for (int d : collapsed) {
                collapsedSet.add(d);
            }
            int[] out = new int[outputRank];
            int nextSlice = 0;
            int nextIndex = 0;
            for (int i = 0; i < outputRank; i++) {
                if (offsets.contains(i)) {
                    while (collapsedSet.contains(nextSlice)) {
                        nextSlice++;
                    }
                    out[i] = sliceSizes[nextSlice++];
                } else {
                    out[i] = indices.shape()[nextIndex++];
                }
            }
            return out;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            if (!avals[1].dtype().isInteger()) {
                throw valueError(node, "indices must have an integer type");
            }
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return avals[0].weakType();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(avals(args), params, node)[0];
            NDArray operand = PrimitiveSupport.convert(args[0], out.dtype());
            NDArray indices = args[1];
            GatherDimensionNumbers dn = gatherDims(params.get("dimension_numbers"));
            GatherScatterMode mode = GatherScatterMode.fromAny(params.get("mode"), node);
            long[] idx = indexLanes(indices);
            int k = indices.shape()[indices.ndim() - 1];
            int batchCount = k == 0 ? indices.size() == 0 ? 0 : Shapes.size(Arrays.copyOf(indices.shape(), indices.ndim() - 1)) : idx.length / k;
            Object fill = null;
            GatherScatter.Bounds bounds = GatherScatter.Bounds.CLAMP;
            if (mode == GatherScatterMode.FILL_OR_DROP) {
                bounds = GatherScatter.Bounds.FILL_OR_DROP;
                Object fillValue = params.getOrNull("fill_value");
                NDArray fillArray = fillValue == null || fillValue == PNone.NONE ? defaultFill(out.dtype()) : PrimitiveSupport.scalarOf(fillValue, out.dtype());
                fill = Layout.contiguousData(fillArray);
            }
            Object data = GatherScatter.gather(Layout.contiguousData(operand), operand.shape(), out.dtype().slotsPerElement(), idx, batchCount,
                            PrimitiveSupport.ints(params, "slice_sizes"), out.shape(), dn.offsetDims(), dn.collapsedSliceDims(), dn.startIndexMap(), bounds, fill);
            return new NDArray[]{result(out, data)};
        }
    }

    /** {@code gather}'s default fill: NaN, the most negative signed or largest unsigned value, or True. */
    private static NDArray defaultFill(DType dtype) {
        if (dtype.isInexact()) {
            return NDArray.scalar(dtype, Double.NaN, false);
        }
        if (dtype.isBool()) {
            return NDArray.scalarBool(true);
        }
        long v = switch (dtype) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> -1L;
        };
        return NDArray.scalar(dtype, v, false);
    }

    /** Index arrays as int64 values (unsigned ones beyond int64 saturate). */
    private static long[] indexLanes(NDArray indices) {
        long[] v = (long[]) Conversions.convert(indices.dtype(), Layout.contiguousData(indices), indices.size(), DType.INT64);
        if (indices.dtype() == DType.UINT64) {
            long[] out = v.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] < 0) {
                    out[i] = Long.MAX_VALUE;
                }
            }
            return out;
        }
        return v;
    }

    /** The five scatter primitives and how each combines an update with the operand. */
    enum ScatterKind {
        REPLACE("scatter"),
        ADD("scatter-add"),
        MUL("scatter-mul"),
        MIN("scatter-min"),
        MAX("scatter-max");

        final String primitiveName;

        ScatterKind(String primitiveName) {
            this.primitiveName = primitiveName;
        }
    }

    /** {@code scatter*[dimension_numbers=… indices_are_sorted=… unique_indices=… mode=… update_jaxpr=… update_consts=…]}. */
    static final class Scatter extends StandardPrimitive {
        private final ScatterKind kind;

        Scatter(ScatterKind kind) {
            super(kind.primitiveName);
            this.kind = kind;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            ShapedArray indices = avals[1];
            ShapedArray updates = avals[2];
            ScatterDimensionNumbers dn = scatterDims(params.get("dimension_numbers"));
            int[] updateWindowDims = dn.updateWindowDims();
            int[] insertedWindowDims = dn.insertedWindowDims();
            int[] scatterDimsToOperandDims = dn.scatterDimsToOperandDims();
            int indexVectorDim = indices.ndim() - 1;
            if (indexVectorDim < 0) {
                throw typeError(node, "Scatter index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is " + indices.ndim()
                                + " and scatter index leaf dimension is " + indexVectorDim + ".");
            }
            int[] expandedIndicesShape = indices.shape();
            int expectedUpdatesRank = expandedIndicesShape.length - 1 + updateWindowDims.length;
            if (updates.ndim() != expectedUpdatesRank) {
                throw typeError(node, "Updates tensor must be of rank " + expectedUpdatesRank + "; got " + updates.ndim() + ".");
            }
            checkSorted(updateWindowDims, "scatter", "update_window_dims", node);
            checkNoDuplicates(updateWindowDims, "scatter", "update_window_dims", node);
            checkSortedInRange(updateWindowDims, updates.ndim(), "scatter", "update_window_dims", node);
            checkSorted(insertedWindowDims, "scatter", "inserted_window_dims", node);
            checkNoDuplicates(insertedWindowDims, "scatter", "inserted_window_dims", node);
            checkSortedInRange(insertedWindowDims, operand.ndim(), "scatter", "inserted_window_dims", node);
            int windowSize = updateWindowDims.length + insertedWindowDims.length;
            if (operand.ndim() != windowSize) {
                throw typeError(node, "Scatter op has window of size " + windowSize + "; doesn't match operand of rank " + operand.ndim() + ".");
            }
            if (scatterDimsToOperandDims.length != indices.shape()[indexVectorDim]) {
                throw typeError(node, "Scatter op has " + scatterDimsToOperandDims.length + " elements in scatter_dims_to_operand_dims and the bound of dimension "
                                + "index_vector_dim=" + indexVectorDim + " of indices is " + indices.shape()[indexVectorDim] + ". These two numbers must be equal");
            }
            for (int i = 0; i < scatterDimsToOperandDims.length; i++) {
                int dim = scatterDimsToOperandDims[i];
                if (dim < 0 || dim >= operand.ndim()) {
                    throw typeError(node, "Invalid scatter_dims_to_operand_dims mapping; domain is [0, " + operand.ndim() + "), got: " + i + "->" + dim + ".");
                }
            }
            checkNoDuplicates(scatterDimsToOperandDims, "scatter", "scatter_dims_to_operand_dims", node);
            Set<Integer> inserted = new HashSet<>();
            for (int d : insertedWindowDims) {
                inserted.add(d);
            }
            int[] maxUpdateSliceSizes = new int[operand.ndim() - inserted.size()];
            int k = 0;
            for (int i = 0; i < operand.ndim(); i++) {
                if (!inserted.contains(i)) {
                    maxUpdateSliceSizes[k++] = operand.shape()[i];
                }
            }
            for (int i = 0; i < updateWindowDims.length; i++) {
                int updateWindowDim = updateWindowDims[i];
                if (maxUpdateSliceSizes[i] < updates.shape()[updateWindowDim]) {
                    throw typeError(node, "Bounds of the window dimensions of updates must not exceed the bounds of the corresponding dimensions of operand. For dimension "
                                    + updateWindowDim + ", updates bound is " + updates.shape()[updateWindowDim] + ", operand bound is " + maxUpdateSliceSizes[i] + ".");
                }
            }
            Set<Integer> windowDims = new HashSet<>();
            for (int d : updateWindowDims) {
                windowDims.add(d);
            }
            int scatterDimsSeen = 0;
            for (int i = 0; i < updates.ndim(); i++) {
                if (windowDims.contains(i)) {
                    continue;
                }
                if (scatterDimsSeen == indexVectorDim) {
                    scatterDimsSeen++;
                }
                if (updates.shape()[i] != expandedIndicesShape[scatterDimsSeen]) {
                    throw typeError(node, "Bounds of the scatter dimensions of updates must be the same as the bounds of the corresponding dimensions of scatter indices. "
                                    + "For scatter dimension " + i + ", updates bound is " + updates.shape()[i] + ", indices bound is "
                                    + expandedIndicesShape[scatterDimsSeen] + ".");
                }
                scatterDimsSeen++;
            }
            return operand.shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            if (!avals[1].dtype().isInteger()) {
                throw valueError(node, "indices must have an integer type");
            }
            ShapeRules.checkSameDtypes("scatter", new ShapedArray[]{avals[0], avals[2]}, node, PrimitiveSupport.x64(node));
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return avals[0].weakType();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(avals(args), params, node)[0];
            DType dtype = out.dtype();
            NDArray operand = PrimitiveSupport.convert(args[0], dtype);
            NDArray updates = PrimitiveSupport.convert(args[2], dtype);
            ScatterDimensionNumbers dn = scatterDims(params.get("dimension_numbers"));
            GatherScatterMode mode = GatherScatterMode.fromAny(params.get("mode"), node);
            GatherScatter.Bounds bounds = mode == GatherScatterMode.CLIP ? GatherScatter.Bounds.CLAMP : GatherScatter.Bounds.FILL_OR_DROP;
            Object updateJaxpr = params.getOrNull("update_jaxpr");
            boolean custom = kind == ScatterKind.REPLACE && updateJaxpr != null && updateJaxpr != PNone.NONE;
            Object operandLanes = custom ? Layout.contiguousData(operand) : Lanes.load(operand);
            Object updateLanes = custom ? Layout.contiguousData(updates) : Lanes.load(updates);
            int slots = LaneType.of(dtype) == LaneType.COMPLEX || custom && dtype.isComplex() ? 2 : 1;
            GatherScatter.Combiner combiner = custom ? jaxprCombiner(dtype, updateJaxpr, params.getOrNull("update_consts"), node) : ScatterCombiners.of(kind, dtype);
            Object data = GatherScatter.scatter(operandLanes, operand.shape(), slots, indexLanes(args[1]), updateLanes, updates.shape(), dn.updateWindowDims(),
                            dn.insertedWindowDims(), dn.scatterDimsToOperandDims(), bounds, combiner);
            return new NDArray[]{result(out, custom ? data : Lanes.encode(dtype, data, out.size()))};
        }

        /**
         * {@code scatter_apply}'s combiner: the {@code update_jaxpr} evaluated on the operand's
         * element and the update (on storage, one element at a time).
         */
        private static GatherScatter.Combiner jaxprCombiner(DType dtype, Object updateJaxpr, Object updateConsts, Node node) {
            List<Object> consts = updateConsts instanceof PTuple t ? List.of(t.items()) : List.of();
            int slots = dtype.slotsPerElement();
            return (target, into, updates, from) -> {
                Object old = dtype.allocate(1);
                System.arraycopy(target, into * slots, old, 0, slots);
                Object upd = dtype.allocate(1);
                System.arraycopy(updates, from * slots, upd, 0, slots);
                Object[] argsIn = {NDArray.of(dtype, Shapes.SCALAR, old, false), NDArray.of(dtype, Shapes.SCALAR, upd, false)};
                Object[] res = updateJaxpr instanceof ClosedJaxpr c ? JaxprEval.eval(c, argsIn, node) : JaxprEval.eval((Jaxpr) updateJaxpr, consts, argsIn, node);
                NDArray r = PrimitiveSupport.convert(Concrete.toArray(res[0], node), dtype);
                System.arraycopy(Layout.contiguousData(r), 0, target, into * slots, slots);
            };
        }
    }
}
