package org.jaxl.compiler;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Single elements of fusible dtypes as scalar loops keep them: unboxed in frame slots of the
 * element's Java primitive type between iterations, boxed (see {@link Instr}) while a
 * {@link ScalarProgram} runs, and as arrays (or Python scalar arguments) outside the loop.
 */
final class ScalarValues {
    private ScalarValues() {
    }

    static Object read(VirtualFrame frame, int slot, Lane lane) {
        return switch (lane) {
            case F32 -> frame.getFloat(slot);
            case F64 -> frame.getDouble(slot);
            case I32, U32 -> frame.getInt(slot);
            case I64, U64 -> frame.getLong(slot);
            case BOOL -> frame.getBoolean(slot);
        };
    }

    static void write(VirtualFrame frame, int slot, Lane lane, Object value) {
        switch (lane) {
            case F32 -> frame.setFloat(slot, (Float) value);
            case F64 -> frame.setDouble(slot, (Double) value);
            case I32, U32 -> frame.setInt(slot, (Integer) value);
            case I64, U64 -> frame.setLong(slot, (Long) value);
            case BOOL -> frame.setBoolean(slot, (Boolean) value);
        }
    }

    /** The element of a one-element operand: an array, or a Python scalar argument of a unit. */
    static Object element(Object operand, Lane lane) {
        if (operand instanceof NDArray a) {
            Object data = a.data();
            int i = a.offset();
            return switch (lane) {
                case F32 -> ((float[]) data)[i];
                case F64 -> ((double[]) data)[i];
                case I32, U32 -> ((int[]) data)[i];
                case I64, U64 -> ((long[]) data)[i];
                case BOOL -> ((boolean[]) data)[i];
            };
        }
        return switch (lane) {
            case F32 -> (float) (double) (Double) operand;
            case F64 -> (double) (Double) operand;
            case I32, U32 -> (int) (long) (Long) operand;
            case I64, U64 -> (long) (Long) operand;
            case BOOL -> (boolean) (Boolean) operand;
        };
    }

    /** Element {@code i} of an array's storage. */
    static Object load(Object data, int i, Lane lane) {
        return switch (lane) {
            case F32 -> ((float[]) data)[i];
            case F64 -> ((double[]) data)[i];
            case I32, U32 -> ((int[]) data)[i];
            case I64, U64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i];
        };
    }

    static void store(Object data, int i, Lane lane, Object value) {
        switch (lane) {
            case F32 -> ((float[]) data)[i] = (Float) value;
            case F64 -> ((double[]) data)[i] = (Double) value;
            case I32, U32 -> ((int[]) data)[i] = (Integer) value;
            case I64, U64 -> ((long[]) data)[i] = (Long) value;
            case BOOL -> ((boolean[]) data)[i] = (Boolean) value;
        }
    }

    /** An array of {@code shape} (one element) holding {@code value}. */
    static NDArray array(Object value, Lane lane, DType dtype, int[] shape, boolean weakType) {
        Object data = dtype.allocate(1);
        store(data, 0, lane, value);
        return NDArray.of(dtype, shape, data, weakType);
    }
}
