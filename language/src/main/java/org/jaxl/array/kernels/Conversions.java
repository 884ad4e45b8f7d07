package org.jaxl.array.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.jaxl.array.DType;
import org.jaxl.array.Float16;

/**
 * Element type conversions with XLA's CPU semantics: integers wrap when narrowed, floats convert
 * to integers by truncation toward zero, saturating at the target's range, with NaN giving 0;
 * every rounding to a narrower float is correctly rounded to nearest even; subnormal float32 and
 * float64 inputs read as zero and results that would be subnormal are flushed (see
 * {@link DoubleKernels}). Also {@code bitcast_convert_type} (little-endian, as XLA's CPU backend)
 * and {@code reduce_precision}.
 */
public final class Conversions {
    private Conversions() {
    }

    /** Converts {@code n} elements of contiguous storage {@code data} of {@code from} to storage of {@code to}. */
    public static Object convert(DType from, Object data, int n, DType to) {
        if (from == to) {
            return data;
        }
        Object direct = directConversion(from, data, n, to);
        if (direct != null) {
            return direct;
        }
        if (from.isComplex()) {
            double[] c = (double[]) Lanes.decode(from, data, n);
            if (to.isComplex()) {
                return Lanes.encode(to, c, n);
            }
            if (to == DType.BOOL) {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = c[2 * i] != 0 || c[2 * i + 1] != 0;
                }
                return out;
            }
            double[] re = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = c[2 * i];
            }
            return fromDoubles(re, n, to);
        }
        if (from.isFloating()) {
            return fromDoubles(readDoubles(from, data, n), n, to);
        }
        return fromLongs(readLongs(from, data, n), from == DType.UINT64, n, to);
    }

    /** Tight loops for the conversions programs make most often. */
    private static Object directConversion(DType from, Object data, int n, DType to) {
        if (from == DType.INT32 && to == DType.FLOAT32) {
            int[] s = (int[]) data;
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = s[i];
            }
            return out;
        }
        if (from == DType.FLOAT32 && to == DType.INT32) {
            float[] s = (float[]) data;
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = (int) s[i];
            }
            return out;
        }
        if (from == DType.FLOAT32 && to == DType.FLOAT64) {
            float[] s = (float[]) data;
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = FloatKernels.daz(s[i]);
            }
            return out;
        }
        if (from == DType.FLOAT64 && to == DType.FLOAT32) {
            double[] s = (double[]) data;
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = FloatKernels.ftz((float) s[i]);
            }
            return out;
        }
        if (from == DType.BOOL && (to == DType.FLOAT32 || to == DType.INT32)) {
            boolean[] s = (boolean[]) data;
            if (to == DType.FLOAT32) {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] ? 1f : 0f;
                }
                return out;
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = s[i] ? 1 : 0;
            }
            return out;
        }
        return null;
    }

    /** Integer or bool storage as longs: signed types sign-extended, unsigned ones zero-extended (uint64 raw). */
    private static long[] readLongs(DType from, Object data, int n) {
        long[] out = new long[n];
        switch (from) {
            case INT64, UINT64 -> System.arraycopy(data, 0, out, 0, n);
            case UINT32 -> {
                int[] s = (int[]) data;
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] & 0xffffffffL;
                }
            }
            default -> {
                int[] s = (int[]) Lanes.decode(from, data, n);
                for (int i = 0; i < n; i++) {
                    out[i] = s[i];
                }
            }
        }
        return out;
    }

    /** Floating-point storage as exactly widened doubles, subnormal float32/float64 inputs as zero. */
    private static double[] readDoubles(DType from, Object data, int n) {
        double[] out = new double[n];
        switch (from) {
            case FLOAT64 -> {
                double[] s = (double[]) data;
                for (int i = 0; i < n; i++) {
                    out[i] = DoubleKernels.daz(s[i]);
                }
            }
            case FLOAT32 -> {
                float[] s = (float[]) data;
                for (int i = 0; i < n; i++) {
                    out[i] = FloatKernels.daz(s[i]);
                }
            }
            default -> {
                float[] s = (float[]) Lanes.decode(from, data, n);
                for (int i = 0; i < n; i++) {
                    out[i] = s[i];
                }
            }
        }
        return out;
    }

    private static Object fromLongs(long[] v, boolean unsigned64, int n, DType to) {
        switch (to) {
            case BOOL -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != 0;
                }
                return out;
            }
            case INT8, UINT8 -> {
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) v[i];
                }
                return out;
            }
            case INT16, UINT16 -> {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (short) v[i];
                }
                return out;
            }
            case INT32, UINT32 -> {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (int) v[i];
                }
                return out;
            }
            case INT64, UINT64 -> {
                return v;
            }
            case FLOAT32 -> {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = unsigned64 ? unsignedToFloat(v[i]) : (float) v[i];
                }
                return out;
            }
            default -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = unsigned64 ? unsignedToDouble(v[i]) : (double) v[i];
                }
                return fromDoubles(d, n, to);
            }
        }
    }

    private static Object fromDoubles(double[] v, int n, DType to) {
        switch (to) {
            case BOOL -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != 0;
                }
                return out;
            }
            case INT8, UINT8 -> {
                long min = to == DType.INT8 ? Byte.MIN_VALUE : 0;
                long max = to == DType.INT8 ? Byte.MAX_VALUE : 0xff;
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) saturate(v[i], min, max);
                }
                return out;
            }
            case INT16, UINT16 -> {
                long min = to == DType.INT16 ? Short.MIN_VALUE : 0;
                long max = to == DType.INT16 ? Short.MAX_VALUE : 0xffff;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (short) saturate(v[i], min, max);
                }
                return out;
            }
            case INT32, UINT32 -> {
                long min = to == DType.INT32 ? Integer.MIN_VALUE : 0;
                long max = to == DType.INT32 ? Integer.MAX_VALUE : 0xffffffffL;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (int) saturate(v[i], min, max);
                }
                return out;
            }
            case INT64 -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (long) v[i];
                }
                return out;
            }
            case UINT64 -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = doubleToUnsigned(v[i]);
                }
                return out;
            }
            case FLOAT16 -> {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = doubleToHalf(v[i]);
                }
                return out;
            }
            case BFLOAT16 -> {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = doubleToBfloat16(v[i]);
                }
                return out;
            }
            case FLOAT32 -> {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = FloatKernels.ftz((float) v[i]);
                }
                return out;
            }
            case FLOAT64 -> {
                return v;
            }
            default -> {
                double[] c = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    c[2 * i] = v[i];
                }
                return Lanes.encode(to, c, n);
            }
        }
    }

    /** Truncation toward zero saturating at {@code [min, max]}; NaN gives 0. */
    private static long saturate(double v, long min, long max) {
        long t = (long) v;
        return t < min ? min : t > max ? max : t;
    }

    private static long doubleToUnsigned(double v) {
        if (!(v > 0)) {
            return 0;
        }
        if (v >= 0x1p64) {
            return -1L;
        }
        if (v >= 0x1p63) {
            return (long) (v - 0x1p63) ^ Long.MIN_VALUE;
        }
        return (long) v;
    }

    /** The uint64 whose bits are {@code v}, correctly rounded to double. */
    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // halve keeping a sticky bit so the one rounding happens in the conversion
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    static float unsignedToFloat(long v) {
        if (v >= 0) {
            return v;
        }
        return (float) ((v >>> 1) | (v & 1)) * 2.0f;
    }

    /**
     * Rounds a double to float by "round to odd" (truncate, then set the last bit if inexact), so
     * that a second rounding to a format with fewer bits is correct.
     */
    private static float roundToOdd(double d) {
        float f = (float) d;
        if ((double) f != d && !Float.isInfinite(f) && (Float.floatToRawIntBits(f) & 1) == 0) {
            f = (double) f > d ? Math.nextDown(f) : Math.nextUp(f);
        }
        return f;
    }

    /** Correctly rounded double to float16 bits. */
    public static short doubleToHalf(double d) {
        return Float.floatToFloat16(roundToOdd(d));
    }

    /** Correctly rounded double to bfloat16 bits, subnormal results flushed to zero. */
    public static short doubleToBfloat16(double d) {
        return Float16.floatToBfloat16(FloatKernels.ftz(roundToOdd(d)));
    }

    /**
     * {@code bitcast_convert_type}: reinterprets the little-endian bytes of {@code n} elements of
     * {@code from} as elements of {@code to}.
     */
    public static Object bitcast(DType from, Object data, int n, DType to) {
        int bytes = n * from.itemSize();
        ByteBuffer buf = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        switch (data) {
            case byte[] s -> buf.put(s);
            case short[] s -> buf.asShortBuffer().put(s);
            case int[] s -> buf.asIntBuffer().put(s);
            case long[] s -> buf.asLongBuffer().put(s);
            case float[] s -> buf.asFloatBuffer().put(s);
            case double[] s -> buf.asDoubleBuffer().put(s);
            default -> throw new IllegalArgumentException("bitcast of " + from);
        }
        buf.rewind();
        int m = bytes / to.itemSize();
        Object out = to.allocate(m);
        switch (out) {
            case byte[] o -> buf.get(o);
            case short[] o -> buf.asShortBuffer().get(o);
            case int[] o -> buf.asIntBuffer().get(o);
            case long[] o -> buf.asLongBuffer().get(o);
            case float[] o -> buf.asFloatBuffer().get(o);
            case double[] o -> buf.asDoubleBuffer().get(o);
            default -> throw new IllegalArgumentException("bitcast to " + to);
        }
        return out;
    }

    /**
     * XLA's {@code ReducePrecision}: rounds the mantissa to {@code mantissaBits} (nearest even),
     * then maps exponents beyond the reduced range to infinity and below it to zero; NaN stays NaN.
     */
    public static Object reducePrecision(DType dtype, Object data, int n, int exponentBits, int mantissaBits) {
        switch (dtype) {
            case FLOAT32 -> {
                float[] s = (float[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    long bits = reduceBits(Float.floatToRawIntBits(s[i]) & 0xffffffffL, 32, 8, 23, exponentBits, mantissaBits);
                    out[i] = Float.isNaN(s[i]) ? s[i] : Float.intBitsToFloat((int) bits);
                }
                return out;
            }
            case FLOAT64 -> {
                double[] s = (double[]) data;
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    long bits = reduceBits(Double.doubleToRawLongBits(s[i]), 64, 11, 52, exponentBits, mantissaBits);
                    out[i] = Double.isNaN(s[i]) ? s[i] : Double.longBitsToDouble(bits);
                }
                return out;
            }
            case FLOAT16, BFLOAT16 -> {
                boolean half = dtype == DType.FLOAT16;
                short[] s = (short[]) data;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    long raw = s[i] & 0xffff;
                    long bits = reduceBits(raw, 16, half ? 5 : 8, half ? 10 : 7, exponentBits, mantissaBits);
                    boolean nan = half ? Float.isNaN(Float.float16ToFloat(s[i])) : Float.isNaN(Float16.bfloat16ToFloat(s[i]));
                    out[i] = nan ? s[i] : (short) bits;
                }
                return out;
            }
            default -> throw new IllegalArgumentException("reduce_precision of " + dtype);
        }
    }

    private static long reduceBits(long x, int nbits, int srcExponentBits, int srcMantissaBits, int exponentBits, int mantissaBits) {
        long mask = nbits == 64 ? -1L : (1L << nbits) - 1;
        if (mantissaBits < srcMantissaBits) {
            int shift = srcMantissaBits - mantissaBits;
            long lastMantissaBitMask = 1L << shift;
            long baseRoundingBias = (lastMantissaBitMask >>> 1) - 1;
            long lastMantissaBit = (x & lastMantissaBitMask) >>> shift;
            long truncationMask = ~(lastMantissaBitMask - 1);
            x = (x + lastMantissaBit + baseRoundingBias) & truncationMask & mask;
        }
        if (exponentBits < srcExponentBits) {
            long signBitMask = 1L << (nbits - 1);
            long expBitsMask = ((1L << srcExponentBits) - 1) << srcMantissaBits;
            long exponentBias = (1L << (srcExponentBits - 1)) - 1;
            long reducedExponentBias = (1L << (exponentBits - 1)) - 1;
            long reducedMaxExponent = exponentBias + reducedExponentBias;
            long reducedMinExponent = exponentBias - reducedExponentBias;
            long exponent = x & expBitsMask;
            long signedZero = x & signBitMask;
            if (Long.compareUnsigned(exponent, reducedMaxExponent << srcMantissaBits) > 0) {
                x = signedZero | expBitsMask;
            } else if (Long.compareUnsigned(exponent, reducedMinExponent << srcMantissaBits) <= 0) {
                x = signedZero;
            }
        }
        return x;
    }
}
