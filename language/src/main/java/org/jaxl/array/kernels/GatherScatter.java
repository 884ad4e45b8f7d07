package org.jaxl.array.kernels;

import org.jaxl.array.Shapes;

/**
 * XLA's {@code Gather} and {@code Scatter} with JAX's conventions (the index vector is the last
 * dimension of the indices), and the box copies behind {@code dynamic_slice} and
 * {@code dynamic_update_slice}. Operate on contiguous storage of any dtype.
 */
public final class GatherScatter {
    private GatherScatter() {
    }

    /** How out-of-bounds start indices are treated. */
    public enum Bounds {
        /** Clamp so that the whole window is in bounds (XLA's native behaviour). */
        CLAMP,
        /** Gather: fill windows not wholly in bounds; scatter: drop them. */
        FILL_OR_DROP
    }

    /**
     * Gathers windows of {@code sliceSizes} from {@code operand} (contiguous, of {@code shape})
     * at the starts in {@code indices} (int64, shape {@code [batch..., k]} flattened to
     * {@code batchCount * k}).
     *
     * @param outShape          the result's shape
     * @param offsetDims        result dimensions that index within a window
     * @param collapsedDims     operand dimensions of window size 1 that the result drops
     * @param startIndexMap     the operand dimension each index component starts
     * @param fill              the fill element (storage of one element) for dropped windows, or null
     */
    public static Object gather(Object operand, int[] shape, int slots, long[] indices, int batchCount, int[] sliceSizes, int[] outShape, int[] offsetDims,
                    int[] collapsedDims, int[] startIndexMap, Bounds bounds, Object fill) {
        int rank = shape.length;
        int k = startIndexMap.length;
        int outSize = Shapes.size(outShape);
        Object out = java.lang.reflect.Array.newInstance(operand.getClass().getComponentType(), outSize * slots);
        if (outSize == 0) {
            return out;
        }
        int[] opStrides = Shapes.contiguousStrides(shape);
        int[] outStrides = Shapes.contiguousStrides(outShape);
        boolean[] isOffset = new boolean[outShape.length];
        for (int d : offsetDims) {
            isOffset[d] = true;
        }
        // result strides of the batch positions (non-offset result dims, in order)
        int[] batchDims = new int[outShape.length - offsetDims.length];
        int nb = 0;
        for (int d = 0; d < outShape.length; d++) {
            if (!isOffset[d]) {
                batchDims[nb++] = d;
            }
        }
        // window dims: operand dims not collapsed, each with its result dim
        boolean[] collapsed = new boolean[rank];
        for (int d : collapsedDims) {
            collapsed[d] = true;
        }
        int[] boxShape = new int[rank];
        int[] boxOutStrides = new int[rank];
        int j = 0;
        for (int d = 0; d < rank; d++) {
            boxShape[d] = sliceSizes[d];
            if (!collapsed[d]) {
                boxOutStrides[d] = outStrides[offsetDims[j++]];
            }
        }
        int[] batchShape = new int[nb];
        for (int i = 0; i < nb; i++) {
            batchShape[i] = outShape[batchDims[i]];
        }
        int[] batchIndex = new int[nb];
        int[] start = new int[rank];
        for (int g = 0; g < batchCount; g++) {
            int outBase = 0;
            for (int i = 0; i < nb; i++) {
                outBase += batchIndex[i] * outStrides[batchDims[i]];
            }
            boolean inBounds = startOf(indices, g, k, startIndexMap, shape, sliceSizes, start);
            if (!inBounds && bounds == Bounds.FILL_OR_DROP) {
                fillBox(fill, out, outBase, boxShape, boxOutStrides, slots);
            } else {
                int opBase = 0;
                for (int d = 0; d < rank; d++) {
                    opBase += start[d] * opStrides[d];
                }
                copyBox(operand, opBase, opStrides, out, outBase, boxOutStrides, boxShape, slots);
            }
            for (int i = nb - 1; i >= 0; i--) {
                if (++batchIndex[i] < batchShape[i]) {
                    break;
                }
                batchIndex[i] = 0;
            }
        }
        return out;
    }

    /**
     * The window start for index row {@code g}, clamped into bounds; returns whether it was
     * already wholly in bounds.
     */
    private static boolean startOf(long[] indices, int g, int k, int[] startIndexMap, int[] shape, int[] sizes, int[] start) {
        java.util.Arrays.fill(start, 0);
        boolean inBounds = true;
        for (int c = 0; c < k; c++) {
            int d = startIndexMap[c];
            long v = indices[g * k + c];
            long max = shape[d] - sizes[d];
            if (v < 0 || v > max) {
                inBounds = false;
            }
            start[d] = (int) Math.max(0, Math.min(max, v));
        }
        return inBounds;
    }

    /** Copies an N-d box of {@code box} elements between strided positions of two storages. */
    public static void copyBox(Object src, int srcBase, int[] srcStrides, Object dst, int dstBase, int[] dstStrides, int[] box, int slots) {
        int rank = box.length;
        int total = Shapes.size(box);
        if (total == 0) {
            return;
        }
        if (rank == 0) {
            System.arraycopy(src, srcBase * slots, dst, dstBase * slots, slots);
            return;
        }
        int inner = box[rank - 1];
        int srcInner = srcStrides[rank - 1];
        int dstInner = dstStrides[rank - 1];
        int[] index = new int[rank - 1];
        int s = srcBase;
        int t = dstBase;
        for (int done = 0; done < total; done += inner) {
            if (srcInner == 1 && dstInner == 1) {
                System.arraycopy(src, s * slots, dst, t * slots, inner * slots);
            } else if (dstInner == 1) {
                Layout.copyRun(src, s, srcInner, dst, t, inner, slots);
            } else {
                for (int i = 0; i < inner; i++) {
                    System.arraycopy(src, (s + i * srcInner) * slots, dst, (t + i * dstInner) * slots, slots);
                }
            }
            for (int d = rank - 2; d >= 0; d--) {
                s += srcStrides[d];
                t += dstStrides[d];
                if (++index[d] < box[d]) {
                    break;
                }
                s -= srcStrides[d] * box[d];
                t -= dstStrides[d] * box[d];
                index[d] = 0;
            }
        }
    }

    private static void fillBox(Object fill, Object dst, int dstBase, int[] box, int[] dstStrides, int slots) {
        int rank = box.length;
        int total = Shapes.size(box);
        int[] index = new int[rank];
        for (int done = 0; done < total; done++) {
            int t = dstBase;
            for (int d = 0; d < rank; d++) {
                t += index[d] * dstStrides[d];
            }
            System.arraycopy(fill, 0, dst, t * slots, slots);
            for (int d = rank - 1; d >= 0; d--) {
                if (++index[d] < box[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
    }

    /** How a scatter combines an update with the operand's element. */
    @FunctionalInterface
    public interface Combiner {
        /** Combines element {@code from} of {@code updates} into element {@code into} of {@code target}. */
        void combine(Object target, int into, Object updates, int from);
    }

    /**
     * Scatters {@code updates} into a copy of {@code operand} (both contiguous): each update
     * window goes to the start its index row names, combined by {@code combiner}; windows not
     * wholly in bounds are dropped (after clamping the start, for {@link Bounds#CLAMP}).
     */
    public static Object scatter(Object operand, int[] shape, int slots, long[] indices, Object updates, int[] updateShape, int[] updateWindowDims,
                    int[] insertedWindowDims, int[] scatterDimsToOperandDims, Bounds bounds, Combiner combiner) {
        int rank = shape.length;
        int n = Shapes.size(shape);
        Object out = java.lang.reflect.Array.newInstance(operand.getClass().getComponentType(), n * slots);
        System.arraycopy(operand, 0, out, 0, n * slots);
        int updateSize = Shapes.size(updateShape);
        if (updateSize == 0) {
            return out;
        }
        int k = scatterDimsToOperandDims.length;
        int[] opStrides = Shapes.contiguousStrides(shape);
        boolean[] isWindow = new boolean[updateShape.length];
        for (int d : updateWindowDims) {
            isWindow[d] = true;
        }
        boolean[] inserted = new boolean[rank];
        for (int d : insertedWindowDims) {
            inserted[d] = true;
        }
        // operand dim of each update window dim, and the window size per operand dim
        int[] windowSizes = new int[rank];
        java.util.Arrays.fill(windowSizes, 1);
        int[] windowOperandDim = new int[updateShape.length];
        int w = 0;
        for (int d = 0; d < rank; d++) {
            if (!inserted[d]) {
                int ud = updateWindowDims[w++];
                windowOperandDim[ud] = d;
                windowSizes[d] = updateShape[ud];
            }
        }
        int[] updIndex = new int[updateShape.length];
        int[] start = new int[rank];
        int[] pos = new int[rank];
        for (int u = 0; u < updateSize; u++) {
            int g = 0;
            for (int d = 0; d < updateShape.length; d++) {
                if (!isWindow[d]) {
                    g = g * updateShape[d] + updIndex[d];
                }
            }
            boolean inBounds = startOf(indices, g, k, scatterDimsToOperandDims, shape, windowSizes, start);
            if (inBounds || bounds == Bounds.CLAMP) {
                System.arraycopy(start, 0, pos, 0, rank);
                for (int d = 0; d < updateShape.length; d++) {
                    if (isWindow[d]) {
                        pos[windowOperandDim[d]] += updIndex[d];
                    }
                }
                int target = 0;
                for (int d = 0; d < rank; d++) {
                    target += pos[d] * opStrides[d];
                }
                combiner.combine(out, target, updates, u);
            }
            for (int d = updateShape.length - 1; d >= 0; d--) {
                if (++updIndex[d] < updateShape[d]) {
                    break;
                }
                updIndex[d] = 0;
            }
        }
        return out;
    }
}
