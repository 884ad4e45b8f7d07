package org.jaxl.array;

/**
 * Typed access to the primitive Java arrays behind {@link NDArray}, by storage element index.
 * These are the slow, generic accessors (printing, conversions, interop); kernels work on the
 * primitive arrays directly.
 */
public final class Storage {
    private Storage() {
    }

    public static int length(DType dtype, Object data) {
        return java.lang.reflect.Array.getLength(data) / dtype.slotsPerElement();
    }

    public static double getDouble(DType dtype, Object data, int i) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[i] ? 1.0 : 0.0;
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xff;
            case INT16 -> ((short[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xffff;
            case INT32 -> ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xffffffffL;
            case INT64 -> ((long[]) data)[i];
            case UINT64 -> unsignedLongToDouble(((long[]) data)[i]);
            case FLOAT16 -> Float16.halfToFloat(((short[]) data)[i]);
            case BFLOAT16 -> Float16.bfloat16ToFloat(((short[]) data)[i]);
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            case COMPLEX64 -> ((float[]) data)[2 * i];
            case COMPLEX128 -> ((double[]) data)[2 * i];
        };
    }

    public static double getImag(DType dtype, Object data, int i) {
        return switch (dtype) {
            case COMPLEX64 -> ((float[]) data)[2 * i + 1];
            case COMPLEX128 -> ((double[]) data)[2 * i + 1];
            default -> 0.0;
        };
    }

    public static long getLong(DType dtype, Object data, int i) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xff;
            case INT16 -> ((short[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xffff;
            case INT32 -> ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xffffffffL;
            case INT64, UINT64 -> ((long[]) data)[i];
            default -> (long) getDouble(dtype, data, i);
        };
    }

    public static boolean getBoolean(DType dtype, Object data, int i) {
        if (dtype == DType.BOOL) {
            return ((boolean[]) data)[i];
        }
        if (dtype.isInteger()) {
            return getLong(dtype, data, i) != 0;
        }
        return getDouble(dtype, data, i) != 0.0 || getImag(dtype, data, i) != 0.0;
    }

    /** Stores {@code v} converted as a C cast would (wrapping integers, rounding floats). */
    public static void setDouble(DType dtype, Object data, int i, double v) {
        switch (dtype) {
            case BOOL -> ((boolean[]) data)[i] = v != 0.0;
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) doubleToLong(v);
            case INT16, UINT16 -> ((short[]) data)[i] = (short) doubleToLong(v);
            case INT32, UINT32 -> ((int[]) data)[i] = (int) doubleToLong(v);
            case INT64 -> ((long[]) data)[i] = (long) v;
            case UINT64 -> ((long[]) data)[i] = doubleToUnsignedLong(v);
            case FLOAT16 -> ((short[]) data)[i] = Float16.floatToHalf((float) v);
            case BFLOAT16 -> ((short[]) data)[i] = Float16.floatToBfloat16((float) v);
            case FLOAT32 -> ((float[]) data)[i] = (float) v;
            case FLOAT64 -> ((double[]) data)[i] = v;
            case COMPLEX64 -> {
                ((float[]) data)[2 * i] = (float) v;
                ((float[]) data)[2 * i + 1] = 0f;
            }
            case COMPLEX128 -> {
                ((double[]) data)[2 * i] = v;
                ((double[]) data)[2 * i + 1] = 0.0;
            }
        }
    }

    public static void setComplex(DType dtype, Object data, int i, double re, double im) {
        switch (dtype) {
            case COMPLEX64 -> {
                ((float[]) data)[2 * i] = (float) re;
                ((float[]) data)[2 * i + 1] = (float) im;
            }
            case COMPLEX128 -> {
                ((double[]) data)[2 * i] = re;
                ((double[]) data)[2 * i + 1] = im;
            }
            default -> setDouble(dtype, data, i, re);
        }
    }

    /** Stores {@code v} converted as a C cast would (integers wrap). */
    public static void setLong(DType dtype, Object data, int i, long v) {
        switch (dtype) {
            case BOOL -> ((boolean[]) data)[i] = v != 0;
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) v;
            case INT16, UINT16 -> ((short[]) data)[i] = (short) v;
            case INT32, UINT32 -> ((int[]) data)[i] = (int) v;
            case INT64, UINT64 -> ((long[]) data)[i] = v;
            default -> setDouble(dtype, data, i, dtype == DType.FLOAT64 || dtype == DType.COMPLEX128 ? (double) v : (float) v);
        }
    }

    public static void copyElement(DType dtype, Object from, int i, Object to, int j) {
        int slots = dtype.slotsPerElement();
        System.arraycopy(from, i * slots, to, j * slots, slots);
    }

    public static double unsignedLongToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    /** Float-to-integer as XLA converts: NaN to 0, saturating at the int64 range, then wrapped by the caller's narrowing cast. */
    private static long doubleToLong(double v) {
        return (long) v;
    }

    private static long doubleToUnsignedLong(double v) {
        if (Double.isNaN(v) || v <= 0) {
            return 0;
        }
        if (v >= 0x1p63) {
            return (long) (v - 0x1p63) + Long.MIN_VALUE;
        }
        return (long) v;
    }
}
