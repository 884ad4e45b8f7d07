package org.jaxl.compiler;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;

/**
 * A value of a fused loop that must exist as an array (a result of the jaxpr, or an operand of
 * something outside the loop): its storage is allocated once per call, filled in C order, and
 * stored in the variable's slot as an array.
 */
final class GroupOutput extends Node {
    private final int register;
    private final Lane lane;
    private final DType dtype;
    @CompilationFinal(dimensions = 1) private final int[] shape;
    private final boolean weakType;
    private final int slot;

    GroupOutput(int register, Lane lane, DType dtype, int[] shape, boolean weakType, int slot) {
        this.register = register;
        this.lane = lane;
        this.dtype = dtype;
        this.shape = shape;
        this.weakType = weakType;
        this.slot = slot;
    }

    int register() {
        return register;
    }

    Object allocate(int size) {
        return switch (lane) {
            case F32 -> new float[size];
            case F64 -> new double[size];
            case I32, U32 -> new int[size];
            case I64, U64 -> new long[size];
            case BOOL -> new boolean[size];
        };
    }

    void storeScalar(Object data, int i, Object value) {
        switch (lane) {
            case F32 -> ((float[]) data)[i] = (Float) value;
            case F64 -> ((double[]) data)[i] = (Double) value;
            case I32, U32 -> ((int[]) data)[i] = (Integer) value;
            case I64, U64 -> ((long[]) data)[i] = (Long) value;
            case BOOL -> ((boolean[]) data)[i] = (Boolean) value;
        }
    }

    void storeVector(Object data, int i, Object value) {
        switch (lane) {
            case F32 -> ((FloatVector) value).intoArray((float[]) data, i);
            case F64 -> ((DoubleVector) value).intoArray((double[]) data, i);
            case I32, U32 -> ((IntVector) value).intoArray((int[]) data, i);
            case I64, U64 -> ((LongVector) value).intoArray((long[]) data, i);
            case BOOL -> ((VectorMask<?>) value).intoArray((boolean[]) data, i);
        }
    }

    void write(VirtualFrame frame, Object data) {
        frame.setObject(slot, wrap(data));
    }

    NDArray wrap(Object data) {
        return NDArray.of(dtype, shape, data, weakType);
    }
}
