package org.jaxl.array.kernels;

/**
 * Elementwise loops over {@code float} lanes (float32, and the 16-bit floats widened to float).
 * The cheap operations have float loops the JIT vectorizes; the others compute in double
 * ({@link DoubleKernels}) and round once, which is at least as accurate as XLA's float32
 * approximations. Flush-to-zero as in {@link DoubleKernels}.
 */
final class FloatKernels {
    private FloatKernels() {
    }

    static float ftz(float r) {
        return Math.abs(r) < Float.MIN_NORMAL ? r * 0f : r;
    }

    static float daz(float x) {
        return Math.abs(x) < Float.MIN_NORMAL ? x * 0f : x;
    }

    static void unary(UnaryOp op, float[] x, float[] o, int from, int to) {
        if (FloatVectorKernels.unary(op, x, o, from, to)) {
            return;
        }
        switch (op) {
            case SIGN -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.signum(daz(x[i]));
                }
            }
            case FLOOR -> {
                for (int i = from; i < to; i++) {
                    o[i] = (float) Math.floor(daz(x[i]));
                }
            }
            case CEIL -> {
                for (int i = from; i < to; i++) {
                    o[i] = (float) Math.ceil(daz(x[i]));
                }
            }
            case ROUND_TO_NEAREST_EVEN -> {
                for (int i = from; i < to; i++) {
                    o[i] = (float) Math.rint(daz(x[i]));
                }
            }
            default -> viaDouble(op, x, o, from, to);
        }
    }

    private static void viaDouble(UnaryOp op, float[] x, float[] o, int from, int to) {
        int n = to - from;
        double[] wide = new double[n];
        for (int i = 0; i < n; i++) {
            wide[i] = x[from + i];
        }
        DoubleKernels.unary(op, wide, wide, 0, n);
        for (int i = 0; i < n; i++) {
            o[from + i] = ftz((float) wide[i]);
        }
    }

    static void binary(BinaryOp op, float[] a, float[] b, float[] o, int from, int to) {
        if (FloatVectorKernels.binary(op, a, b, o, from, to)) {
            return;
        }
        switch (op) {
            case REM -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] % b[i];
                }
            }
            case NEXTAFTER -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.nextAfter(a[i], b[i]);
                }
            }
            default -> {
                int n = to - from;
                double[] wa = new double[n];
                double[] wb = new double[n];
                for (int i = 0; i < n; i++) {
                    wa[i] = a[from + i];
                    wb[i] = b[from + i];
                }
                DoubleKernels.binary(op, wa, wb, wa, 0, n);
                for (int i = 0; i < n; i++) {
                    o[from + i] = ftz((float) wa[i]);
                }
            }
        }
    }

    static void compare(CompareOp op, float[] a, float[] b, boolean[] o, int from, int to) {
        if (FloatVectorKernels.compare(op, a, b, o, from, to)) {
            return;
        }
        switch (op) {
            case EQ_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) == totalOrderKey(b[i]);
                }
            }
            case LT_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) < totalOrderKey(b[i]);
                }
            }
            case LE_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) <= totalOrderKey(b[i]);
                }
            }
            default -> throw new IllegalStateException(op + " runs in the vector loops");
        }
    }

    static void isFinite(float[] x, boolean[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            o[i] = Float.isFinite(x[i]);
        }
    }

    /** A signed integer that orders floats as IEEE's totalOrder does. */
    static int totalOrderKey(float x) {
        int bits = Float.floatToRawIntBits(x);
        return bits ^ ((bits >> 31) >>> 1);
    }
}
