package org.jaxl.array;

/** Conversions between the 16-bit float formats (stored as raw {@code short} bits) and float. */
public final class Float16 {
    private Float16() {
    }

    public static float halfToFloat(short bits) {
        return Float.float16ToFloat(bits);
    }

    public static short floatToHalf(float f) {
        return Float.floatToFloat16(f);
    }

    public static float bfloat16ToFloat(short bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }

    /** Rounds to nearest even, keeping NaN a NaN. */
    public static short floatToBfloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            return (short) ((bits >>> 16) | 0x0040);
        }
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }
}
