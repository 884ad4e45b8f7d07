package org.jaxl.primitives;

import org.jaxl.array.DType;
import org.jaxl.array.kernels.GatherScatter.Combiner;
import org.jaxl.array.kernels.LaneType;

/**
 * How each scatter combines an update into the operand's lanes: replace, add, multiply, minimum,
 * maximum (integers wrap and compare by their signedness, floats propagate NaN in min/max,
 * complex min/max compare lexicographically).
 */
final class ScatterCombiners {
    private ScatterCombiners() {
    }

    static Combiner of(SlicingPrimitives.ScatterKind kind, DType dtype) {
        LaneType lt = LaneType.of(dtype);
        boolean unsigned32 = dtype == DType.UINT32;
        boolean unsigned64 = dtype == DType.UINT64;
        return switch (lt) {
            case INT -> (t, i, u, j) -> {
                int[] o = (int[]) t;
                int v = ((int[]) u)[j];
                o[i] = switch (kind) {
                    case REPLACE -> v;
                    case ADD -> o[i] + v;
                    case MUL -> o[i] * v;
                    case MIN -> (unsigned32 ? Integer.compareUnsigned(o[i], v) <= 0 : o[i] <= v) ? o[i] : v;
                    case MAX -> (unsigned32 ? Integer.compareUnsigned(o[i], v) >= 0 : o[i] >= v) ? o[i] : v;
                };
            };
            case LONG -> (t, i, u, j) -> {
                long[] o = (long[]) t;
                long v = ((long[]) u)[j];
                o[i] = switch (kind) {
                    case REPLACE -> v;
                    case ADD -> o[i] + v;
                    case MUL -> o[i] * v;
                    case MIN -> (unsigned64 ? Long.compareUnsigned(o[i], v) <= 0 : o[i] <= v) ? o[i] : v;
                    case MAX -> (unsigned64 ? Long.compareUnsigned(o[i], v) >= 0 : o[i] >= v) ? o[i] : v;
                };
            };
            case FLOAT -> (t, i, u, j) -> {
                float[] o = (float[]) t;
                float v = ((float[]) u)[j];
                o[i] = switch (kind) {
                    case REPLACE -> v;
                    case ADD -> o[i] + v;
                    case MUL -> o[i] * v;
                    case MIN -> Math.min(o[i], v);
                    case MAX -> Math.max(o[i], v);
                };
            };
            case DOUBLE -> (t, i, u, j) -> {
                double[] o = (double[]) t;
                double v = ((double[]) u)[j];
                o[i] = switch (kind) {
                    case REPLACE -> v;
                    case ADD -> o[i] + v;
                    case MUL -> o[i] * v;
                    case MIN -> Math.min(o[i], v);
                    case MAX -> Math.max(o[i], v);
                };
            };
            case COMPLEX -> complex(kind, dtype == DType.COMPLEX64);
        };
    }

    /** Complex lanes are doubles; complex64 results round to float after every update, as XLA computes in float. */
    private static Combiner complex(SlicingPrimitives.ScatterKind kind, boolean single) {
        return (t, i, u, j) -> {
            double[] o = (double[]) t;
            double[] w = (double[]) u;
            double a = o[2 * i];
            double b = o[2 * i + 1];
            double c = w[2 * j];
            double d = w[2 * j + 1];
            switch (kind) {
                case REPLACE -> {
                    o[2 * i] = c;
                    o[2 * i + 1] = d;
                }
                case ADD -> {
                    o[2 * i] = a + c;
                    o[2 * i + 1] = b + d;
                }
                case MUL -> {
                    if (single) {
                        // float products are exact in double; round each as float arithmetic does
                        o[2 * i] = (float) (float) (a * c) - (float) (b * d);
                        o[2 * i + 1] = (float) (float) (a * d) + (float) (b * c);
                    } else {
                        o[2 * i] = a * c - b * d;
                        o[2 * i + 1] = a * d + b * c;
                    }
                }
                case MIN, MAX -> {
                    boolean keep = kind == SlicingPrimitives.ScatterKind.MIN ? (a == c ? b <= d : a < c) : (a == c ? b >= d : a > c);
                    if (!keep) {
                        o[2 * i] = c;
                        o[2 * i + 1] = d;
                    }
                }
            }
            if (single) {
                o[2 * i] = (float) o[2 * i];
                o[2 * i + 1] = (float) o[2 * i + 1];
            }
        };
    }
}
