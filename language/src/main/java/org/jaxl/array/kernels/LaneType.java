package org.jaxl.array.kernels;

import org.jaxl.array.DType;

/**
 * The Java array type a kernel computes in for a dtype ("lanes"). Narrow integers and bool are
 * widened to {@code int} (signed types sign-extended, unsigned ones zero-extended, bool as 0/1),
 * 64-bit integers stay {@code long}, the 16-bit floats are widened to {@code float} (computed in
 * float and rounded on store, as XLA's CPU backend does), and complex numbers of either width are
 * computed as interleaved {@code (re, im)} doubles. {@code int32}, {@code uint32}, {@code int64},
 * {@code uint64}, {@code float32} and {@code float64} compute directly on their storage.
 */
public enum LaneType {
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    COMPLEX;

    public static LaneType of(DType dtype) {
        return switch (dtype) {
            case BOOL, INT8, INT16, INT32, UINT8, UINT16, UINT32 -> INT;
            case INT64, UINT64 -> LONG;
            case FLOAT16, BFLOAT16, FLOAT32 -> FLOAT;
            case FLOAT64 -> DOUBLE;
            case COMPLEX64, COMPLEX128 -> COMPLEX;
        };
    }

    /** Allocates lanes for {@code n} elements. */
    public Object allocate(int n) {
        return switch (this) {
            case INT -> new int[n];
            case LONG -> new long[n];
            case FLOAT -> new float[n];
            case DOUBLE -> new double[n];
            case COMPLEX -> new double[2 * n];
        };
    }

    /** Bit width of the integer type a dtype's int lanes hold (1 for bool). */
    public static int intWidth(DType dtype) {
        return dtype == DType.BOOL ? 1 : dtype.itemSize() * 8;
    }
}
