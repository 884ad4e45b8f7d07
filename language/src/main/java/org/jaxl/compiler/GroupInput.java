package org.jaxl.compiler;

import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;

/**
 * How a fused loop reads one of its inputs. A constant scalar is folded into the code; a
 * uniform input (one element, broadcast over the loop) is read once per call from its slot,
 * where it may be a 0-d array or a Python scalar argument; an array input is read element by
 * element (or vector by vector) at {@code base + j * innerStride} of its storage, where the
 * base follows the outer loop indices through the input's strides (0 along broadcast
 * dimensions) and the inner stride is 1, or 0 for an input broadcast along the inner dimension.
 */
final class GroupInput extends Node {
    enum Kind {
        CONSTANT,
        UNIFORM,
        ARRAY
    }

    private final Kind kind;
    private final Lane lane;
    private final int width;
    private final int slot;
    /** The value of a constant input, or the storage of a constant array input. */
    private final Object constant;
    /** Storage stride per outer loop dimension. */
    @CompilationFinal(dimensions = 1) private final int[] outerStrides;
    private final int innerStride;

    private GroupInput(Kind kind, Lane lane, int width, int slot, Object constant, int[] outerStrides, int innerStride) {
        this.kind = kind;
        this.lane = lane;
        this.width = width;
        this.slot = slot;
        this.constant = constant;
        this.outerStrides = outerStrides;
        this.innerStride = innerStride;
    }

    static GroupInput constant(Lane lane, int width, Object value) {
        return new GroupInput(Kind.CONSTANT, lane, width, -1, value, null, 0);
    }

    static GroupInput uniform(Lane lane, int width, int slot) {
        return new GroupInput(Kind.UNIFORM, lane, width, slot, null, null, 0);
    }

    /** An array input read from {@code slot}, or from {@code constantData} when the slot is -1. */
    static GroupInput array(Lane lane, int width, int slot, Object constantData, int[] outerStrides, int innerStride) {
        return new GroupInput(Kind.ARRAY, lane, width, slot, constantData, outerStrides, innerStride);
    }

    Kind kind() {
        return kind;
    }

    /** Per call: the input's value (constant, uniform) or its contiguous storage (array). */
    Object prepare(VirtualFrame frame) {
        switch (kind) {
            case CONSTANT:
                return constant;
            case UNIFORM:
                return uniformValue(frame.getObject(slot));
            default:
                return slot < 0 ? constant : storage((NDArray) frame.getObject(slot));
        }
    }

    /**
     * Stand-in for {@link #prepare}'s result while {@link FusedLoopNode#resolveCode} runs the
     * loop body once: zero-filled storage of {@code n} elements for an array input.
     */
    Object sample(int n) {
        return switch (kind) {
            case CONSTANT -> constant;
            case UNIFORM -> uniformValue(NDArray.of(lane.dtype(), Shapes.SCALAR, lane.dtype().allocate(1), false));
            case ARRAY -> lane.dtype().allocate(n);
        };
    }

    /** Storage offset of the outer loop position {@code outerIndex} (one index per outer dimension). */
    @ExplodeLoop
    int base(int[] outerIndex) {
        if (kind != Kind.ARRAY) {
            return 0;
        }
        int offset = 0;
        for (int d = 0; d < outerStrides.length; d++) {
            offset += outerIndex[d] * outerStrides[d];
        }
        return offset;
    }

    Object scalar(Object prepared, int base, int j) {
        if (kind != Kind.ARRAY) {
            return prepared;
        }
        int i = base + j * innerStride;
        return switch (lane) {
            case F32 -> ((float[]) prepared)[i];
            case F64 -> ((double[]) prepared)[i];
            case I32, U32 -> ((int[]) prepared)[i];
            case I64, U64 -> ((long[]) prepared)[i];
            case BOOL -> ((boolean[]) prepared)[i];
        };
    }

    Object vector(Object prepared, int base, int j) {
        if (kind != Kind.ARRAY || innerStride == 0) {
            return VectorOps.broadcast(lane, width, scalar(prepared, base, j));
        }
        int i = base + j;
        return switch (lane) {
            case F32 -> FloatVector.fromArray(Lane.FLOAT_SPECIES, (float[]) prepared, i);
            case F64 -> DoubleVector.fromArray(Lane.DOUBLE_SPECIES, (double[]) prepared, i);
            case I32, U32 -> IntVector.fromArray(Lane.INT_SPECIES, (int[]) prepared, i);
            case I64, U64 -> LongVector.fromArray(Lane.LONG_SPECIES, (long[]) prepared, i);
            case BOOL -> width == 64 ? VectorMask.fromArray(Lane.LONG_SPECIES, (boolean[]) prepared, i) : VectorMask.fromArray(Lane.INT_SPECIES, (boolean[]) prepared, i);
        };
    }

    /** The one element of a uniform input: a 0-d (or size-1) array, or a Python scalar argument. */
    private Object uniformValue(Object value) {
        if (value instanceof NDArray a) {
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
            case F32 -> (float) (double) (Double) value;
            case F64 -> (double) (Double) value;
            case I32, U32 -> (int) (long) (Long) value;
            case I64, U64 -> (long) (Long) value;
            case BOOL -> (boolean) (Boolean) value;
        };
    }

    /** The storage of an array in C order from index 0, copying views (broadcasts, transposes, slices). */
    @TruffleBoundary
    private static Object storage(NDArray array) {
        return array.contiguous().data();
    }
}
