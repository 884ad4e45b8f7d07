package org.jaxl.array.kernels;

import org.jaxl.array.DType;

/**
 * Reductions over the middle axis of contiguous lanes viewed as {@code [pre, red, post]}
 * (the reduced axes gathered into one block), argmax/argmin, and cumulative reductions along one
 * axis. Floating-point sums and products accumulate in double and round once; integer ones wrap;
 * maximum and minimum propagate NaN. Unsigned integers compare as unsigned.
 */
public final class Reductions {
    private Reductions() {
    }

    /** Reduces {@code [pre, red, post]} lanes of {@code dtype} to {@code [pre, post]} lanes. */
    public static Object reduce(ReduceOp op, DType dtype, Object lanes, int pre, int red, int post) {
        int m = pre * post;
        switch (LaneType.of(dtype)) {
            case FLOAT: {
                float[] x = (float[]) lanes;
                double[] acc = dtype == DType.FLOAT32 ? reduceFloats(op, x, pre, red, post) : reduceHalf(op, dtype, x, pre, red, post);
                float[] out = new float[m];
                for (int i = 0; i < m; i++) {
                    out[i] = FloatKernels.ftz((float) acc[i]);
                }
                return out;
            }
            case DOUBLE: {
                double[] acc = reduceDoubles(op, (double[]) lanes, pre, red, post);
                for (int i = 0; i < m; i++) {
                    acc[i] = DoubleKernels.ftz(acc[i]);
                }
                return acc;
            }
            case INT: {
                int[] x = (int[]) lanes;
                boolean unsigned32 = dtype == DType.UINT32;
                long[] acc = reduceIntegers(op, dtype, pre, red, post, unsigned32 ? (i) -> x[i] & 0xffffffffL : (i) -> x[i], false);
                int[] out = new int[m];
                for (int i = 0; i < m; i++) {
                    out[i] = (int) acc[i];
                }
                return out;
            }
            case LONG: {
                long[] x = (long[]) lanes;
                boolean unsigned = dtype == DType.UINT64;
                return reduceIntegers(op, dtype, pre, red, post, (i) -> x[i], unsigned);
            }
            default:
                return reduceComplex(op, (double[]) lanes, pre, red, post);
        }
    }

    @FunctionalInterface
    private interface LongReader {
        long get(int i);
    }

    private static double identity(ReduceOp op) {
        return switch (op) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
            default -> throw new IllegalArgumentException(op + " of floating-point values");
        };
    }

    /**
     * float32 reductions: rows (the reduced block last) by the vector loops, columns by
     * accumulating whole rows of the output into double accumulators.
     */
    private static double[] reduceFloats(ReduceOp op, float[] x, int pre, int red, int post) {
        double[] acc = new double[pre * post];
        if (post == 1 && op != ReduceOp.PROD) {
            Parallel.forRange(pre, Parallel.THRESHOLD / Math.max(1, red), (from, to) -> {
                for (int p = from; p < to; p++) {
                    acc[p] = FloatVectorKernels.reduceRow(op, x, p * red, p * red + red);
                }
            });
            return acc;
        }
        java.util.Arrays.fill(acc, identity(op));
        Parallel.forRange(pre, Parallel.THRESHOLD / Math.max(1, red * post), (from, to) -> {
            for (int p = from; p < to; p++) {
                int out = p * post;
                for (int i = 0; i < red; i++) {
                    int in = (p * red + i) * post;
                    switch (op) {
                        case SUM -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] += x[in + q];
                            }
                        }
                        case PROD -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] *= x[in + q];
                            }
                        }
                        case MAX -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] = Math.max(acc[out + q], x[in + q]);
                            }
                        }
                        default -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] = Math.min(acc[out + q], x[in + q]);
                            }
                        }
                    }
                }
            }
        });
        return acc;
    }

    /** float64 reductions, laid out as {@link #reduceFloats}. */
    private static double[] reduceDoubles(ReduceOp op, double[] x, int pre, int red, int post) {
        double[] acc = new double[pre * post];
        if (post == 1 && op != ReduceOp.PROD) {
            Parallel.forRange(pre, Parallel.THRESHOLD / Math.max(1, red), (from, to) -> {
                for (int p = from; p < to; p++) {
                    acc[p] = DoubleVectorKernels.reduceRow(op, x, p * red, p * red + red);
                }
            });
            return acc;
        }
        java.util.Arrays.fill(acc, identity(op));
        Parallel.forRange(pre, Parallel.THRESHOLD / Math.max(1, red * post), (from, to) -> {
            for (int p = from; p < to; p++) {
                int out = p * post;
                for (int i = 0; i < red; i++) {
                    int in = (p * red + i) * post;
                    switch (op) {
                        case SUM -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] += x[in + q];
                            }
                        }
                        case PROD -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] *= x[in + q];
                            }
                        }
                        case MAX -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] = Math.max(acc[out + q], x[in + q]);
                            }
                        }
                        default -> {
                            for (int q = 0; q < post; q++) {
                                acc[out + q] = Math.min(acc[out + q], x[in + q]);
                            }
                        }
                    }
                }
            }
        });
        return acc;
    }

    /**
     * Sums and products of the 16-bit floats round to the dtype after every step, as XLA
     * accumulates in the operand type (jnp.sum upcasts before reaching this primitive).
     */
    private static double[] reduceHalf(ReduceOp op, DType dtype, float[] x, int pre, int red, int post) {
        if (op != ReduceOp.SUM && op != ReduceOp.PROD) {
            return reduceFloats(op, x, pre, red, post);
        }
        double[] acc = new double[pre * post];
        for (int k = 0; k < pre * post; k++) {
            int base = (k / post) * red * post + k % post;
            float a = op == ReduceOp.SUM ? 0f : 1f;
            for (int i = 0; i < red; i++) {
                float v = x[base + i * post];
                a = roundHalf(dtype, op == ReduceOp.SUM ? a + v : a * v);
            }
            acc[k] = a;
        }
        return acc;
    }

    private static float roundHalf(DType dtype, float v) {
        return dtype == DType.FLOAT16 ? Float.float16ToFloat(Float.floatToFloat16(v)) : org.jaxl.array.Float16.bfloat16ToFloat(org.jaxl.array.Float16.floatToBfloat16(v));
    }

    private static long[] reduceIntegers(ReduceOp op, DType dtype, int pre, int red, int post, LongReader x, boolean unsigned64) {
        long flip = unsigned64 ? Long.MIN_VALUE : 0;
        long init = switch (op) {
            case SUM, OR, XOR -> 0;
            case PROD -> 1;
            case AND -> -1;
            case MAX -> minValue(dtype) ^ flip;
            case MIN -> maxValue(dtype) ^ flip;
            default -> throw new IllegalArgumentException(op + " of integers");
        };
        long[] acc = new long[pre * post];
        Parallel.forRange(pre * post, Parallel.THRESHOLD / Math.max(1, red), (from, to) -> {
            for (int k = from; k < to; k++) {
                int p = k / post;
                int q = k % post;
                int base = p * red * post + q;
                long a = init;
                switch (op) {
                    case SUM -> {
                        for (int i = 0; i < red; i++) {
                            a += x.get(base + i * post);
                        }
                    }
                    case PROD -> {
                        for (int i = 0; i < red; i++) {
                            a *= x.get(base + i * post);
                        }
                    }
                    case AND -> {
                        for (int i = 0; i < red; i++) {
                            a &= x.get(base + i * post);
                        }
                    }
                    case OR -> {
                        for (int i = 0; i < red; i++) {
                            a |= x.get(base + i * post);
                        }
                    }
                    case XOR -> {
                        for (int i = 0; i < red; i++) {
                            a ^= x.get(base + i * post);
                        }
                    }
                    case MAX -> {
                        for (int i = 0; i < red; i++) {
                            a = Math.max(a, x.get(base + i * post) ^ flip);
                        }
                    }
                    default -> {
                        for (int i = 0; i < red; i++) {
                            a = Math.min(a, x.get(base + i * post) ^ flip);
                        }
                    }
                }
                acc[k] = op == ReduceOp.MAX || op == ReduceOp.MIN ? a ^ flip : a;
            }
        });
        return acc;
    }

    /** The smallest value of an integer (or bool) dtype as its lane value (uint64 as raw bits). */
    static long minValue(DType dtype) {
        return switch (dtype) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
    }

    /** The largest value of an integer (or bool) dtype (uint32 zero-extended, uint64 as raw bits). */
    static long maxValue(DType dtype) {
        return switch (dtype) {
            case BOOL -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case UINT8 -> 0xff;
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xffff;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xffffffffL;
            case INT64 -> Long.MAX_VALUE;
            default -> -1L;
        };
    }

    private static double[] reduceComplex(ReduceOp op, double[] x, int pre, int red, int post) {
        double[] out = new double[2 * pre * post];
        for (int p = 0; p < pre; p++) {
            for (int q = 0; q < post; q++) {
                int k = p * post + q;
                double re = op == ReduceOp.PROD ? 1 : 0;
                double im = 0;
                for (int i = 0; i < red; i++) {
                    int j = 2 * ((p * red + i) * post + q);
                    double a = x[j];
                    double b = x[j + 1];
                    switch (op) {
                        case SUM -> {
                            re += a;
                            im += b;
                        }
                        case PROD -> {
                            double r = re * a - im * b;
                            im = re * b + im * a;
                            re = r;
                        }
                        case MAX, MIN -> {
                            boolean better = i == 0 || (op == ReduceOp.MAX ? (a == re ? b > im : a > re) : (a == re ? b < im : a < re));
                            if (better) {
                                re = a;
                                im = b;
                            }
                        }
                        default -> throw new IllegalArgumentException(op + " of complex values");
                    }
                }
                out[2 * k] = re;
                out[2 * k + 1] = im;
            }
        }
        return out;
    }

    /**
     * argmax ({@code max} true) or argmin over the middle axis: the index of the first NaN if
     * there is one, else of the first extreme value.
     */
    public static long[] argExtreme(boolean max, DType dtype, Object lanes, int pre, int red, int post) {
        long[] out = new long[pre * post];
        LaneType lt = LaneType.of(dtype);
        for (int p = 0; p < pre; p++) {
            for (int q = 0; q < post; q++) {
                int base = p * red * post + q;
                int best = 0;
                if (lt == LaneType.FLOAT || lt == LaneType.DOUBLE) {
                    double bestValue = realAt(lanes, base);
                    for (int i = 1; i < red && !Double.isNaN(bestValue); i++) {
                        double v = realAt(lanes, base + i * post);
                        if (Double.isNaN(v) || (max ? v > bestValue : v < bestValue)) {
                            best = i;
                            bestValue = v;
                        }
                    }
                } else {
                    long flip = dtype == DType.UINT64 ? Long.MIN_VALUE : 0;
                    long bestValue = integerAt(dtype, lanes, base) ^ flip;
                    for (int i = 1; i < red; i++) {
                        long v = integerAt(dtype, lanes, base + i * post) ^ flip;
                        if (max ? v > bestValue : v < bestValue) {
                            best = i;
                            bestValue = v;
                        }
                    }
                }
                out[p * post + q] = best;
            }
        }
        return out;
    }

    private static double realAt(Object lanes, int i) {
        return lanes instanceof float[] f ? f[i] : ((double[]) lanes)[i];
    }

    private static long integerAt(DType dtype, Object lanes, int i) {
        if (lanes instanceof int[] v) {
            return dtype == DType.UINT32 ? v[i] & 0xffffffffL : v[i];
        }
        return ((long[]) lanes)[i];
    }

    /**
     * Cumulative reduction along the middle axis of {@code [pre, n, post]} lanes, from the end
     * when {@code reverse}; the result has the operand's lanes and layout.
     */
    public static Object cumulative(ReduceOp op, DType dtype, Object lanes, int pre, int n, int post, boolean reverse) {
        LaneType lt = LaneType.of(dtype);
        Object out = lt.allocate(pre * n * post);
        for (int p = 0; p < pre; p++) {
            for (int q = 0; q < post; q++) {
                int base = p * n * post + q;
                int start = reverse ? n - 1 : 0;
                int step = reverse ? -1 : 1;
                switch (lt) {
                    case FLOAT, DOUBLE -> {
                        double acc = 0;
                        for (int k = 0, i = start; k < n; k++, i += step) {
                            int j = base + i * post;
                            double v = realAt(lanes, j);
                            acc = k == 0 ? v : combine(op, acc, v);
                            if (out instanceof float[] f) {
                                f[j] = FloatKernels.ftz((float) acc);
                            } else {
                                ((double[]) out)[j] = DoubleKernels.ftz(acc);
                            }
                        }
                    }
                    case INT, LONG -> {
                        long flip = dtype == DType.UINT64 ? Long.MIN_VALUE : 0;
                        long acc = 0;
                        for (int k = 0, i = start; k < n; k++, i += step) {
                            int j = base + i * post;
                            long v = integerAt(dtype, lanes, j);
                            acc = k == 0 ? v : switch (op) {
                                case SUM -> acc + v;
                                case PROD -> acc * v;
                                case MAX -> Math.max(acc ^ flip, v ^ flip) ^ flip;
                                case MIN -> Math.min(acc ^ flip, v ^ flip) ^ flip;
                                default -> throw new IllegalArgumentException(op + " of integers");
                            };
                            if (out instanceof int[] o) {
                                o[j] = (int) acc;
                            } else {
                                ((long[]) out)[j] = acc;
                            }
                        }
                    }
                    case COMPLEX -> {
                        double[] x = (double[]) lanes;
                        double[] o = (double[]) out;
                        double re = 0;
                        double im = 0;
                        for (int k = 0, i = start; k < n; k++, i += step) {
                            int j = base + i * post;
                            double a = x[2 * j];
                            double b = x[2 * j + 1];
                            if (k == 0) {
                                re = a;
                                im = b;
                            } else if (op == ReduceOp.SUM) {
                                re += a;
                                im += b;
                            } else if (op == ReduceOp.PROD) {
                                double r = re * a - im * b;
                                im = re * b + im * a;
                                re = r;
                            } else {
                                throw new IllegalArgumentException(op + " of complex values");
                            }
                            o[2 * j] = re;
                            o[2 * j + 1] = im;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double combine(ReduceOp op, double acc, double v) {
        return switch (op) {
            case SUM -> acc + v;
            case PROD -> acc * v;
            case MAX -> Math.max(acc, v);
            case MIN -> Math.min(acc, v);
            case LOGADDEXP -> logAddExp(acc, v);
            default -> throw new IllegalArgumentException(op + " of floating-point values");
        };
    }

    /** {@code log(exp(a) + exp(b))} without overflow; equal infinities stay infinite. */
    static double logAddExp(double a, double b) {
        double hi = Math.max(a, b);
        if (Double.isNaN(hi)) {
            return hi;
        }
        if (Double.isInfinite(hi) && a == b) {
            return hi;
        }
        double lo = Math.min(a, b);
        return hi + Math.log1p(Math.exp(lo - hi));
    }
}
