package org.jaxl.compiler;

import org.jaxl.array.DType;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * How a fused loop holds one element of a dtype: the Java primitive of a scalar step and the
 * Vector API species of a vector step. Only these dtypes fuse; the narrow integers, the 16-bit
 * floats and the complex types run through their primitives' eager kernels.
 */
enum Lane {
    BOOL(0),
    I32(32),
    U32(32),
    I64(64),
    U64(64),
    F32(32),
    F64(64);

    static final VectorSpecies<Integer> INT_SPECIES = IntVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> LONG_SPECIES = LongVector.SPECIES_PREFERRED;
    static final VectorSpecies<Float> FLOAT_SPECIES = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Double> DOUBLE_SPECIES = DoubleVector.SPECIES_PREFERRED;

    /** Bits per element in vector registers; 0 for bool, whose vectors are masks of the loop's width. */
    final int width;

    Lane(int width) {
        this.width = width;
    }

    /** The lane of a dtype, or null when the dtype does not fuse. */
    static Lane of(DType dtype) {
        return switch (dtype) {
            case BOOL -> BOOL;
            case INT32 -> I32;
            case UINT32 -> U32;
            case INT64 -> I64;
            case UINT64 -> U64;
            case FLOAT32 -> F32;
            case FLOAT64 -> F64;
            default -> null;
        };
    }

    /** The dtype whose elements this lane holds (the first, where two share it). */
    DType dtype() {
        return switch (this) {
            case BOOL -> DType.BOOL;
            case I32 -> DType.INT32;
            case U32 -> DType.UINT32;
            case I64 -> DType.INT64;
            case U64 -> DType.UINT64;
            case F32 -> DType.FLOAT32;
            case F64 -> DType.FLOAT64;
        };
    }

    boolean isFloat() {
        return this == F32 || this == F64;
    }

    boolean isInt() {
        return this == I32 || this == U32 || this == I64 || this == U64;
    }

    boolean isUnsigned() {
        return this == U32 || this == U64;
    }

    /** Elements per vector for loops whose lanes are {@code width} bits wide. */
    static int vectorLength(int width) {
        return width == 64 ? LONG_SPECIES.length() : INT_SPECIES.length();
    }
}
