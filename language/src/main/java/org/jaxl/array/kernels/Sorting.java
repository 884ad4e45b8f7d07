package org.jaxl.array.kernels;

import org.jaxl.array.DType;

/**
 * {@code sort} and {@code top_k}: stable sorts of index permutations along one axis. Sort keys
 * compare as JAX's default comparator does (floats in total order after turning -0 into 0 and
 * every NaN into one positive NaN, complex numbers by real then imaginary part, unsigned
 * integers as unsigned); top_k ranks floats by IEEE total order of their raw bits, largest
 * first, ties by position.
 */
public final class Sorting {
    private Sorting() {
    }

    /**
     * Sort keys of one lane array as longs ordering like the comparator: one column for real
     * and integer dtypes, two (real, imaginary) for complex ones.
     */
    public static long[][] sortKeys(DType dtype, Object lanes, int n) {
        return switch (LaneType.of(dtype)) {
            case INT -> {
                int[] v = (int[]) lanes;
                long[] k = new long[n];
                for (int i = 0; i < n; i++) {
                    k[i] = dtype == DType.UINT32 ? v[i] & 0xffffffffL : v[i];
                }
                yield new long[][]{k};
            }
            case LONG -> {
                long[] v = (long[]) lanes;
                long[] k = new long[n];
                for (int i = 0; i < n; i++) {
                    k[i] = dtype == DType.UINT64 ? v[i] ^ Long.MIN_VALUE : v[i];
                }
                yield new long[][]{k};
            }
            case FLOAT, DOUBLE -> {
                long[] k = new long[n];
                for (int i = 0; i < n; i++) {
                    k[i] = canonicalKey(lanes instanceof float[] f ? f[i] : ((double[]) lanes)[i]);
                }
                yield new long[][]{k};
            }
            case COMPLEX -> {
                double[] v = (double[]) lanes;
                long[] re = new long[n];
                long[] im = new long[n];
                for (int i = 0; i < n; i++) {
                    re[i] = canonicalKey(v[2 * i]);
                    im[i] = canonicalKey(v[2 * i + 1]);
                }
                yield new long[][]{re, im};
            }
        };
    }

    private static long canonicalKey(double x) {
        double c = Double.isNaN(x) ? Double.NaN : x == 0 ? 0.0 : x;
        return DoubleKernels.totalOrderKey(c);
    }

    /** top_k's ranking keys: raw IEEE total order for floats, values for integers. */
    public static long[] rankKeys(DType dtype, Object lanes, int n) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = switch (lanes) {
                case int[] v -> dtype == DType.UINT32 ? v[i] & 0xffffffffL : v[i];
                case long[] v -> dtype == DType.UINT64 ? v[i] ^ Long.MIN_VALUE : v[i];
                case float[] v -> FloatKernels.totalOrderKey(v[i]);
                default -> DoubleKernels.totalOrderKey(((double[]) lanes)[i]);
            };
        }
        return k;
    }

    /**
     * The stable sorting permutation of the {@code count} elements at {@code base + i * stride}
     * compared by the key columns in order (descending when {@code descending}).
     */
    public static int[] permutation(long[][] keys, int base, int stride, int count, boolean descending) {
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = base + i * stride;
        }
        int[] tmp = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int lo = 0; lo < count - width; lo += 2 * width) {
                merge(keys, idx, tmp, lo, lo + width, Math.min(lo + 2 * width, count), descending);
            }
        }
        return idx;
    }

    private static void merge(long[][] keys, int[] idx, int[] tmp, int lo, int mid, int hi, boolean descending) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            int c = compare(keys, idx[j], idx[i]);
            // take from the right run only when strictly before: stability
            if (descending ? c > 0 : c < 0) {
                tmp[k++] = idx[j++];
            } else {
                tmp[k++] = idx[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = idx[i++];
        }
        while (j < hi) {
            tmp[k++] = idx[j++];
        }
        System.arraycopy(tmp, lo, idx, lo, hi - lo);
    }

    private static int compare(long[][] keys, int a, int b) {
        for (long[] column : keys) {
            int c = Long.compare(column[a], column[b]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Copies the elements of {@code src} named by {@code from} to {@code dst} at {@code base + i * stride}. */
    public static void permute(Object src, Object dst, int[] from, int base, int stride, int slots) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(src, from[i] * slots, dst, (base + i * stride) * slots, slots);
        }
    }
}
