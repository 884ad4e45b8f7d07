package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.shape;
import static org.jaxl.primitives.PrimitiveSupport.typeError;
import static org.jaxl.primitives.PrimitiveSupport.valueError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.array.kernels.Sorting;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code sort} (several operands, the first {@code num_keys} compared) and {@code top_k}. */
public final class SortPrimitives {
    private SortPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new Sort());
        PrimitiveRegistry.register(new TopK());
    }

    /** {@code sort[dimension=… is_stable=… num_keys=…]}: multiple results, one per operand. */
    static final class Sort extends Primitive {
        Sort() {
            super("sort", true);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            for (ShapedArray a : avals) {
                if (!Arrays.equals(a.shape(), avals[0].shape())) {
                    StringBuilder shapes = new StringBuilder();
                    for (int i = 0; i < avals.length; i++) {
                        shapes.append(i > 0 ? " " : "").append(shape(avals[i].shape()));
                    }
                    throw typeError(node, "Arguments to sort must have equal shapes, got: " + shapes);
                }
            }
            return avals.clone();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] out = abstractEval(SlicingPrimitives.avals(args), params, node);
            int dimension = PrimitiveSupport.toInt(params.get("dimension"));
            int numKeys = PrimitiveSupport.toInt(params.get("num_keys"));
            int[] shape = args[0].shape();
            int n = Shapes.size(shape);
            List<long[]> columns = new ArrayList<>();
            for (int k = 0; k < numKeys; k++) {
                columns.addAll(Arrays.asList(Sorting.sortKeys(args[k].dtype(), Lanes.load(args[k]), n)));
            }
            long[][] keys = columns.toArray(new long[0][]);
            Object[] sources = new Object[args.length];
            Object[] results = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                sources[i] = Layout.contiguousData(args[i]);
                results[i] = args[i].dtype().allocate(n);
            }
            int size = shape[dimension];
            int stride = Shapes.contiguousStrides(shape)[dimension];
            for (int start = 0; start < n && size > 0; start++) {
                // one slice per position whose index along the sorted dimension is 0
                if ((start / stride) % size != 0) {
                    continue;
                }
                int[] perm = Sorting.permutation(keys, start, stride, size, false);
                for (int i = 0; i < args.length; i++) {
                    Sorting.permute(sources[i], results[i], perm, start, stride, args[i].dtype().slotsPerElement());
                }
            }
            NDArray[] outs = new NDArray[args.length];
            for (int i = 0; i < args.length; i++) {
                outs[i] = PrimitiveSupport.result(out[i], results[i]);
            }
            return outs;
        }
    }

    /** {@code top_k[k=…]}: the k largest elements along the last axis and their int32 indices. */
    static final class TopK extends Primitive {
        TopK() {
            super("top_k", true);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            int k = PrimitiveSupport.toInt(params.get("k"));
            if (operand.dtype().isComplex()) {
                throw valueError(node, "top_k is not compatible with complex inputs.");
            }
            if (k < 0) {
                throw valueError(node, "k argument to top_k must be nonnegative, got " + k);
            }
            if (operand.ndim() == 0) {
                throw typeError(node, "top_k operand must have >= 1 dimension, got " + shape(operand.shape()));
            }
            int[] shape = operand.shape().clone();
            if (shape[shape.length - 1] < k) {
                throw valueError(node, "k argument to top_k must be no larger than minor dimension; " + k + " vs " + PrimitiveSupport.listStr(shape));
            }
            shape[shape.length - 1] = k;
            return new ShapedArray[]{new ShapedArray(shape, operand.dtype(), operand.weakType()), new ShapedArray(shape, DType.INT32, operand.weakType())};
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] out = abstractEval(SlicingPrimitives.avals(args), params, node);
            NDArray operand = args[0];
            int k = PrimitiveSupport.toInt(params.get("k"));
            int n = operand.shape()[operand.ndim() - 1];
            int rows = n == 0 ? 0 : operand.size() / n;
            long[][] keys = {Sorting.rankKeys(operand.dtype(), Lanes.load(operand), operand.size())};
            Object source = Layout.contiguousData(operand);
            int slots = operand.dtype().slotsPerElement();
            Object values = operand.dtype().allocate(rows * k);
            int[] indices = new int[rows * k];
            for (int r = 0; r < rows; r++) {
                int[] perm = Sorting.permutation(keys, r * n, 1, n, true);
                for (int j = 0; j < k; j++) {
                    System.arraycopy(source, perm[j] * slots, values, (r * k + j) * slots, slots);
                    indices[r * k + j] = perm[j] - r * n;
                }
            }
            return new NDArray[]{PrimitiveSupport.result(out[0], values), PrimitiveSupport.result(out[1], indices)};
        }
    }
}
