package org.jaxl.array.kernels;

import org.jaxl.array.DType;
import org.jaxl.array.Float16;

/**
 * Entry points of the elementwise kernels: operands are lanes (see {@link LaneType}) of
 * {@code n} elements each, results are new lanes. Chooses the loop for the operation and lane type
 * once, then runs it over the whole range (split across cores for large arrays).
 */
public final class Elementwise {
    private Elementwise() {
    }

    /** {@code op(x)} on lanes of {@code dtype}; the result has the same lane type. */
    public static Object unary(UnaryOp op, DType dtype, Object x, int n) {
        LaneType lt = LaneType.of(dtype);
        Object out = lt.allocate(n);
        int width = LaneType.intWidth(dtype);
        boolean unsigned = dtype.isUnsigned();
        switch (lt) {
            case INT -> Parallel.forRange(n, (from, to) -> IntKernels.unary(op, (int[]) x, (int[]) out, from, to, width, unsigned));
            case LONG -> Parallel.forRange(n, (from, to) -> LongKernels.unary(op, (long[]) x, (long[]) out, from, to, unsigned));
            case FLOAT -> Parallel.forRange(n, (from, to) -> FloatKernels.unary(op, (float[]) x, (float[]) out, from, to));
            case DOUBLE -> Parallel.forRange(n, (from, to) -> DoubleKernels.unary(op, (double[]) x, (double[]) out, from, to));
            case COMPLEX -> Parallel.forRange(n, (from, to) -> ComplexKernels.unary(op, (double[]) x, (double[]) out, from, to));
        }
        return out;
    }

    /** {@code is_finite} on floating-point lanes. */
    public static boolean[] isFinite(DType dtype, Object x, int n) {
        boolean[] out = new boolean[n];
        if (LaneType.of(dtype) == LaneType.FLOAT) {
            Parallel.forRange(n, (from, to) -> FloatKernels.isFinite((float[]) x, out, from, to));
        } else {
            Parallel.forRange(n, (from, to) -> DoubleKernels.isFinite((double[]) x, out, from, to));
        }
        return out;
    }

    /** {@code abs} of complex lanes: double lanes of the magnitudes. */
    public static double[] complexAbs(double[] x, int n) {
        double[] out = new double[n];
        Parallel.forRange(n, (from, to) -> ComplexKernels.abs(x, out, from, to));
        return out;
    }

    /** {@code real} or {@code imag} of complex lanes, as double lanes. */
    public static double[] complexPart(double[] x, int n, boolean imag) {
        double[] out = new double[n];
        int which = imag ? 1 : 0;
        Parallel.forRange(n, (from, to) -> ComplexKernels.part(x, out, from, to, which));
        return out;
    }

    /** The complex conjugate of complex lanes. */
    public static double[] conj(double[] x, int n) {
        double[] out = new double[2 * n];
        Parallel.forRange(n, (from, to) -> ComplexKernels.conj(x, out, from, to));
        return out;
    }

    /** {@code op(a, b)} on lanes of {@code dtype}; the result has the same lane type. */
    public static Object binary(BinaryOp op, DType dtype, Object a, Object b, int n) {
        if (op == BinaryOp.NEXTAFTER && (dtype == DType.FLOAT16 || dtype == DType.BFLOAT16)) {
            return nextAfterHalf(dtype, (float[]) a, (float[]) b, n);
        }
        LaneType lt = LaneType.of(dtype);
        Object out = lt.allocate(n);
        int width = LaneType.intWidth(dtype);
        boolean unsigned = dtype.isUnsigned();
        switch (lt) {
            case INT -> Parallel.forRange(n, (from, to) -> IntKernels.binary(op, (int[]) a, (int[]) b, (int[]) out, from, to, width, unsigned));
            case LONG -> Parallel.forRange(n, (from, to) -> LongKernels.binary(op, (long[]) a, (long[]) b, (long[]) out, from, to, unsigned));
            case FLOAT -> Parallel.forRange(n, (from, to) -> FloatKernels.binary(op, (float[]) a, (float[]) b, (float[]) out, from, to));
            case DOUBLE -> Parallel.forRange(n, (from, to) -> DoubleKernels.binary(op, (double[]) a, (double[]) b, (double[]) out, from, to));
            case COMPLEX -> Parallel.forRange(n, (from, to) -> ComplexKernels.binary(op, (double[]) a, (double[]) b, (double[]) out, from, to));
        }
        return out;
    }

    /** A comparison of two lane arrays of {@code dtype}, as bool storage. */
    public static boolean[] compare(CompareOp op, DType dtype, Object a, Object b, int n) {
        boolean[] out = new boolean[n];
        boolean unsigned = dtype.isUnsigned();
        boolean unsigned32 = dtype == DType.UINT32;
        switch (LaneType.of(dtype)) {
            case INT -> Parallel.forRange(n, (from, to) -> IntKernels.compare(op, (int[]) a, (int[]) b, out, from, to, unsigned32));
            case LONG -> Parallel.forRange(n, (from, to) -> LongKernels.compare(op, (long[]) a, (long[]) b, out, from, to, unsigned));
            case FLOAT -> Parallel.forRange(n, (from, to) -> FloatKernels.compare(op, (float[]) a, (float[]) b, out, from, to));
            case DOUBLE -> Parallel.forRange(n, (from, to) -> DoubleKernels.compare(op, (double[]) a, (double[]) b, out, from, to));
            case COMPLEX -> Parallel.forRange(n, (from, to) -> ComplexKernels.compare(op, (double[]) a, (double[]) b, out, from, to));
        }
        return out;
    }

    /**
     * {@code x ** y} for a static integer {@code y} by JAX's {@code _integer_pow}: square and
     * multiply, then a reciprocal for negative powers, rounding to the dtype after each step.
     */
    public static Object integerPow(DType dtype, Object x, int n, long y) {
        if (y == 0) {
            return ones(dtype, n);
        }
        boolean reciprocal = y < 0;
        long remaining = Math.abs(y);
        Object acc = null;
        Object base = x;
        while (remaining > 0) {
            if ((remaining & 1) != 0) {
                acc = acc == null ? base : roundTo(dtype, binary(BinaryOp.MUL, dtype, acc, base, n));
            }
            remaining >>= 1;
            if (remaining > 0) {
                base = roundTo(dtype, binary(BinaryOp.MUL, dtype, base, base, n));
            }
        }
        if (reciprocal) {
            acc = roundTo(dtype, binary(BinaryOp.DIV, dtype, ones(dtype, n), acc, n));
        }
        return acc == x ? copy(LaneType.of(dtype), x, n) : acc;
    }

    /** Lanes of {@code n} ones. */
    public static Object ones(DType dtype, int n) {
        Object out = LaneType.of(dtype).allocate(n);
        switch (out) {
            case int[] o -> java.util.Arrays.fill(o, 1);
            case long[] o -> java.util.Arrays.fill(o, 1L);
            case float[] o -> java.util.Arrays.fill(o, 1f);
            case double[] o -> {
                if (dtype.isComplex()) {
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = 1.0;
                    }
                } else {
                    java.util.Arrays.fill(o, 1.0);
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private static Object copy(LaneType lt, Object x, int n) {
        Object out = lt.allocate(n);
        System.arraycopy(x, 0, out, 0, java.lang.reflect.Array.getLength(out));
        return out;
    }

    /** Rounds float lanes of the 16-bit float types (and complex64 lanes) to their dtype, in place. */
    static Object roundTo(DType dtype, Object lanes) {
        switch (dtype) {
            case FLOAT16 -> {
                float[] v = (float[]) lanes;
                for (int i = 0; i < v.length; i++) {
                    v[i] = Float.float16ToFloat(Float.floatToFloat16(v[i]));
                }
            }
            case BFLOAT16 -> {
                float[] v = (float[]) lanes;
                for (int i = 0; i < v.length; i++) {
                    v[i] = Float16.bfloat16ToFloat(Float16.floatToBfloat16(v[i]));
                }
            }
            case COMPLEX64 -> {
                double[] v = (double[]) lanes;
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) v[i];
                }
            }
            default -> {
            }
        }
        return lanes;
    }

    /** {@code nextafter} stepping in the 16-bit formats' own spacing. */
    private static float[] nextAfterHalf(DType dtype, float[] a, float[] b, int n) {
        boolean half = dtype == DType.FLOAT16;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            float x = a[i];
            float y = b[i];
            if (Float.isNaN(x) || Float.isNaN(y)) {
                out[i] = Float.NaN;
            } else if (x == y) {
                out[i] = y;
            } else {
                int bits;
                if (x == 0) {
                    bits = (y < 0 ? 0x8000 : 0) | 1;
                } else {
                    int xb = half ? Float.floatToFloat16(x) & 0xffff : Float16.floatToBfloat16(x) & 0xffff;
                    bits = (x < y) == (x > 0) ? xb + 1 : xb - 1;
                }
                out[i] = half ? Float.float16ToFloat((short) bits) : Float16.bfloat16ToFloat((short) bits);
            }
        }
        return out;
    }
}
