package org.jaxl.array.kernels;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;

/**
 * Moving elements between layouts: materializing any strided view (transposes, broadcasts with
 * zero strides, reversed or sliced views) as C-contiguous storage. Works on the raw storage of
 * any dtype: whole rows move with {@link System#arraycopy}, strided rows with one typed loop
 * chosen per row, never per element.
 */
public final class Layout {
    private Layout() {
    }

    /**
     * The elements of {@code a} in C order in storage of exactly {@code a.size()} elements:
     * {@code a.data()} itself when it already is that, else a copy.
     */
    public static Object contiguousData(NDArray a) {
        int slots = a.dtype().slotsPerElement();
        if (a.offset() == 0 && a.isContiguous() && java.lang.reflect.Array.getLength(a.data()) == a.size() * slots) {
            return a.data();
        }
        return copyStrided(a.dtype(), a.data(), a.offset(), a.shape(), a.strides());
    }

    /** {@code a} as a C-contiguous array (itself when it is one already). */
    public static NDArray contiguous(NDArray a) {
        Object data = contiguousData(a);
        return data == a.data() && a.offset() == 0 && a.isContiguous() ? a : NDArray.of(a.dtype(), a.shape(), data, a.weakType());
    }

    /**
     * Copies the elements that {@code shape}/{@code strides}/{@code offset} (in elements) address in
     * {@code data} into new C-ordered storage.
     */
    public static Object copyStrided(DType dtype, Object data, int offset, int[] shape, int[] strides) {
        int n = Shapes.size(shape);
        Object out = dtype.allocate(n);
        if (n == 0) {
            return out;
        }
        int slots = dtype.slotsPerElement();
        int rank = shape.length;
        if (rank == 0) {
            System.arraycopy(data, offset * slots, out, 0, slots);
            return out;
        }
        int inner = shape[rank - 1];
        int innerStride = strides[rank - 1];
        int[] index = new int[rank - 1];
        int base = offset;
        for (int pos = 0; pos < n; pos += inner) {
            copyRun(data, base, innerStride, out, pos, inner, slots);
            for (int d = rank - 2; d >= 0; d--) {
                base += strides[d];
                if (++index[d] < shape[d]) {
                    break;
                }
                base -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return out;
    }

    /**
     * Copies {@code count} elements starting at element {@code from} with element stride
     * {@code stride} in {@code src} to consecutive elements starting at {@code to} in {@code dst}.
     */
    static void copyRun(Object src, int from, int stride, Object dst, int to, int count, int slots) {
        if (stride == 1) {
            System.arraycopy(src, from * slots, dst, to * slots, count * slots);
            return;
        }
        if (slots == 2) {
            copyComplexRun(src, from, stride, dst, to, count);
            return;
        }
        switch (src) {
            case boolean[] s -> {
                boolean[] d = (boolean[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case byte[] s -> {
                byte[] d = (byte[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case short[] s -> {
                short[] d = (short[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case int[] s -> {
                int[] d = (int[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case long[] s -> {
                long[] d = (long[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case float[] s -> {
                float[] d = (float[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            case double[] s -> {
                double[] d = (double[]) dst;
                for (int i = 0; i < count; i++) {
                    d[to + i] = s[from + i * stride];
                }
            }
            default -> throw new IllegalArgumentException("not array storage: " + src.getClass());
        }
    }

    private static void copyComplexRun(Object src, int from, int stride, Object dst, int to, int count) {
        if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int i = 0; i < count; i++) {
                int j = 2 * (from + i * stride);
                d[2 * (to + i)] = s[j];
                d[2 * (to + i) + 1] = s[j + 1];
            }
        } else {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int i = 0; i < count; i++) {
                int j = 2 * (from + i * stride);
                d[2 * (to + i)] = s[j];
                d[2 * (to + i) + 1] = s[j + 1];
            }
        }
    }

    /** Fills elements {@code [from, to)} of {@code dst} with element {@code index} of {@code src} (same dtype). */
    public static void fill(Object src, int index, Object dst, int from, int to, int slots) {
        if (to <= from) {
            return;
        }
        System.arraycopy(src, index * slots, dst, from * slots, slots);
        int filled = 1;
        int total = to - from;
        while (filled < total) {
            int chunk = Math.min(filled, total - filled);
            System.arraycopy(dst, from * slots, dst, (from + filled) * slots, chunk * slots);
            filled += chunk;
        }
    }

    /**
     * A view of {@code a} broadcast to {@code shape} (as {@code broadcast_in_dim} with
     * {@code dims}): dimensions of size 1 that grow, and new dimensions, get stride 0.
     */
    public static NDArray broadcastView(NDArray a, int[] shape, int[] dims) {
        int[] strides = new int[shape.length];
        for (int i = 0; i < dims.length; i++) {
            strides[dims[i]] = a.shape()[i] == shape[dims[i]] ? a.strides()[i] : 0;
        }
        return NDArray.view(a, shape, strides, a.offset());
    }

    /** A view with the dimensions of {@code a} permuted ({@code out.shape[i] = a.shape[perm[i]]}). */
    public static NDArray transposeView(NDArray a, int[] perm) {
        int[] shape = new int[perm.length];
        int[] strides = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            shape[i] = a.shape()[perm[i]];
            strides[i] = a.strides()[perm[i]];
        }
        return NDArray.view(a, shape, strides, a.offset());
    }

    /** {@code a} with a new shape of the same size, sharing storage when {@code a} is contiguous. */
    public static NDArray reshape(NDArray a, int[] shape) {
        if (a.isContiguous()) {
            return NDArray.view(a, shape, Shapes.contiguousStrides(shape), a.offset());
        }
        return NDArray.of(a.dtype(), shape, contiguousData(a), a.weakType());
    }

    /** A view of {@code a} with the given dimensions reversed (negative strides). */
    public static NDArray reverseView(NDArray a, int[] dims) {
        int[] strides = a.strides().clone();
        int offset = a.offset();
        for (int d : dims) {
            if (a.shape()[d] > 0) {
                offset += (a.shape()[d] - 1) * strides[d];
            }
            strides[d] = -strides[d];
        }
        return NDArray.view(a, a.shape(), strides, offset);
    }

    /** A strided view: elements {@code start + i * step} along each dimension, {@code shape[d]} of them. */
    public static NDArray sliceView(NDArray a, int[] start, int[] step, int[] shape) {
        int offset = a.offset();
        int[] strides = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] > 0) {
                offset += start[d] * a.strides()[d];
            }
            strides[d] = a.strides()[d] * step[d];
        }
        return NDArray.view(a, shape, strides, offset);
    }

    /**
     * {@code lax.pad}: {@code operand} (contiguous storage of {@code shape}) placed into an array of
     * {@code outShape} filled with element 0 of {@code padValue}, element {@code i} of dimension
     * {@code d} landing at {@code lo[d] + i * (interior[d] + 1)}; positions outside the output
     * (negative padding) are dropped.
     */
    public static Object pad(DType dtype, Object operand, int[] shape, Object padValue, int[] lo, int[] interior, int[] outShape) {
        int slots = dtype.slotsPerElement();
        int outSize = Shapes.size(outShape);
        Object out = dtype.allocate(outSize);
        fill(padValue, 0, out, 0, outSize, slots);
        int n = Shapes.size(shape);
        if (n == 0 || outSize == 0) {
            return out;
        }
        int rank = shape.length;
        if (rank == 0) {
            System.arraycopy(operand, 0, out, 0, slots);
            return out;
        }
        int[] outStrides = Shapes.contiguousStrides(outShape);
        int inner = shape[rank - 1];
        int innerStep = interior[rank - 1] + 1;
        int[] index = new int[rank - 1];
        for (int pos = 0; pos < n; pos += inner) {
            int base = 0;
            boolean inside = true;
            for (int d = 0; d < rank - 1; d++) {
                int o = lo[d] + index[d] * (interior[d] + 1);
                if (o < 0 || o >= outShape[d]) {
                    inside = false;
                    break;
                }
                base += o * outStrides[d];
            }
            if (inside && innerStep == 1) {
                int jFrom = Math.max(0, -lo[rank - 1]);
                int jTo = Math.min(inner, outShape[rank - 1] - lo[rank - 1]);
                if (jTo > jFrom) {
                    System.arraycopy(operand, (pos + jFrom) * slots, out, (base + lo[rank - 1] + jFrom) * slots, (jTo - jFrom) * slots);
                }
            } else if (inside) {
                for (int j = 0; j < inner; j++) {
                    int o = lo[rank - 1] + j * innerStep;
                    if (o >= 0 && o < outShape[rank - 1]) {
                        System.arraycopy(operand, (pos + j) * slots, out, (base + o) * slots, slots);
                    }
                }
            }
            for (int d = rank - 2; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return out;
    }

    /** {@code lax.concatenate} of contiguous storages with the given shapes along {@code dim}. */
    public static Object concatenate(DType dtype, Object[] parts, int[][] shapes, int dim, int[] outShape) {
        int slots = dtype.slotsPerElement();
        Object out = dtype.allocate(Shapes.size(outShape));
        int outer = 1;
        for (int d = 0; d < dim; d++) {
            outer *= outShape[d];
        }
        int inner = 1;
        for (int d = dim + 1; d < outShape.length; d++) {
            inner *= outShape[d];
        }
        int outBlock = outShape[dim] * inner;
        int offset = 0;
        for (int k = 0; k < parts.length; k++) {
            int block = shapes[k][dim] * inner;
            for (int o = 0; o < outer && block > 0; o++) {
                System.arraycopy(parts[k], o * block * slots, out, (o * outBlock + offset) * slots, block * slots);
            }
            offset += block;
        }
        return out;
    }
}
