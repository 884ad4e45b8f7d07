package org.jaxl.compiler;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The reduction that ends a fused loop ({@code reduce_sum}, {@code reduce_max}…): it combines
 * one register of the loop body into an accumulator array of the result's shape. Where the
 * loop's inner dimension is reduced, a run of it is reduced in vector accumulators first (in
 * blocks, so float sums keep their accuracy); where it is kept, vectors of the accumulator array
 * are combined in place. Float sums therefore associate differently from a sequential loop, as
 * XLA's vectorized reductions do.
 */
final class GroupReduction extends Node {
    /** The monoid a reduction primitive folds with. */
    enum Op {
        SUM,
        PROD,
        MAX,
        MIN,
        AND,
        OR
    }

    private final Op op;
    private final Lane lane;
    private final int width;
    private final int register;
    private final DType dtype;
    @CompilationFinal(dimensions = 1) private final int[] shape;
    private final boolean weakType;
    private final int slot;
    private final int size;
    /** Accumulator stride per outer loop dimension (0 along reduced dimensions). */
    @CompilationFinal(dimensions = 1) private final int[] outerStrides;
    private final boolean innerReduced;

    GroupReduction(Op op, Lane lane, int width, int register, DType dtype, int[] shape, boolean weakType, int slot, int[] outerStrides, boolean innerReduced) {
        this.op = op;
        this.lane = lane;
        this.width = width;
        this.register = register;
        this.dtype = dtype;
        this.shape = shape;
        this.weakType = weakType;
        this.slot = slot;
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        this.size = n;
        this.outerStrides = outerStrides;
        this.innerReduced = innerReduced;
    }

    /** Unsigned maxima and minima have no vector form here; everything else does. */
    static boolean vectorizable(Op op, Lane lane) {
        return !(lane.isUnsigned() && (op == Op.MAX || op == Op.MIN));
    }

    int register() {
        return register;
    }

    boolean innerReduced() {
        return innerReduced;
    }

    /** The accumulator array, every element the identity. */
    Object allocate() {
        return allocate(size);
    }

    Object allocate(int n) {
        Object out = switch (lane) {
            case F32 -> new float[n];
            case F64 -> new double[n];
            case I32, U32 -> new int[n];
            case I64, U64 -> new long[n];
            case BOOL -> new boolean[n];
        };
        if (op != Op.SUM && op != Op.OR) {
            Object identity = identityScalar();
            for (int i = 0; i < n; i++) {
                store(out, i, identity);
            }
        }
        return out;
    }

    @ExplodeLoop
    int base(int[] outerIndex) {
        int offset = 0;
        for (int d = 0; d < outerStrides.length; d++) {
            offset += outerIndex[d] * outerStrides[d];
        }
        return offset;
    }

    Object identityScalar() {
        return switch (lane) {
            case F32 -> op == Op.SUM ? 0f : op == Op.PROD ? 1f : op == Op.MAX ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            case F64 -> op == Op.SUM ? 0.0 : op == Op.PROD ? 1.0 : op == Op.MAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case I32 -> op == Op.SUM ? 0 : op == Op.PROD ? 1 : op == Op.MAX ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            case U32 -> op == Op.SUM || op == Op.MAX ? 0 : op == Op.PROD ? 1 : -1;
            case I64 -> op == Op.SUM ? 0L : op == Op.PROD ? 1L : op == Op.MAX ? Long.MIN_VALUE : Long.MAX_VALUE;
            case U64 -> op == Op.SUM || op == Op.MAX ? 0L : op == Op.PROD ? 1L : -1L;
            case BOOL -> op == Op.AND;
        };
    }

    Object identityVector() {
        return VectorOps.broadcast(lane, width, identityScalar());
    }

    Object combineScalar(Object acc, Object value) {
        ElemOp combine = switch (op) {
            case SUM -> ElemOp.ADD;
            case PROD -> ElemOp.MUL;
            case MAX -> ElemOp.MAX;
            case MIN -> ElemOp.MIN;
            case AND -> ElemOp.AND;
            case OR -> ElemOp.OR;
        };
        return ScalarOps.binary(combine, lane, acc, value);
    }

    Object combineVector(Object acc, Object value) {
        return switch (lane) {
            case F32 -> combine((FloatVector) acc, (FloatVector) value);
            case F64 -> combine((DoubleVector) acc, (DoubleVector) value);
            case I32, U32 -> ((IntVector) acc).lanewise(intOperator(), (IntVector) value);
            case I64, U64 -> ((LongVector) acc).lanewise(intOperator(), (LongVector) value);
            case BOOL -> op == Op.AND ? mask(acc).and(mask(value)) : mask(acc).or(mask(value));
        };
    }

    Object reduceLanes(Object acc) {
        return switch (lane) {
            case F32 -> ((FloatVector) acc).reduceLanes(floatOperator());
            case F64 -> ((DoubleVector) acc).reduceLanes(floatOperator());
            case I32, U32 -> ((IntVector) acc).reduceLanes(intOperator());
            case I64, U64 -> ((LongVector) acc).reduceLanes(intOperator());
            case BOOL -> op == Op.AND ? mask(acc).allTrue() : mask(acc).anyTrue();
        };
    }

    void accumulateScalar(Object out, int i, Object value) {
        store(out, i, combineScalar(load(out, i), value));
    }

    void accumulateVector(Object out, int i, Object value) {
        switch (lane) {
            case F32 -> combine(FloatVector.fromArray(Lane.FLOAT_SPECIES, (float[]) out, i), (FloatVector) value).intoArray((float[]) out, i);
            case F64 -> combine(DoubleVector.fromArray(Lane.DOUBLE_SPECIES, (double[]) out, i), (DoubleVector) value).intoArray((double[]) out, i);
            case I32, U32 -> IntVector.fromArray(Lane.INT_SPECIES, (int[]) out, i).lanewise(intOperator(), (IntVector) value).intoArray((int[]) out, i);
            case I64, U64 -> LongVector.fromArray(Lane.LONG_SPECIES, (long[]) out, i).lanewise(intOperator(), (LongVector) value).intoArray((long[]) out, i);
            case BOOL -> {
                VectorMask<?> current = width == 64 ? VectorMask.fromArray(Lane.LONG_SPECIES, (boolean[]) out, i) : VectorMask.fromArray(Lane.INT_SPECIES, (boolean[]) out, i);
                ((VectorMask<?>) combineVector(current, value)).intoArray((boolean[]) out, i);
            }
        }
    }

    /** Flushes subnormal float results to zero, as every float operation of XLA's CPU backend does. */
    void finish(Object out) {
        if (lane == Lane.F32) {
            float[] f = (float[]) out;
            for (int i = 0; i < f.length; i++) {
                f[i] = ScalarOps.ftz(f[i]);
            }
        } else if (lane == Lane.F64) {
            double[] d = (double[]) out;
            for (int i = 0; i < d.length; i++) {
                d[i] = ScalarOps.ftz(d[i]);
            }
        }
    }

    void write(VirtualFrame frame, Object out) {
        frame.setObject(slot, wrap(out));
    }

    NDArray wrap(Object out) {
        return NDArray.of(dtype, shape, out, weakType);
    }

    private FloatVector combine(FloatVector a, FloatVector b) {
        return a.lanewise(floatOperator(), b);
    }

    private DoubleVector combine(DoubleVector a, DoubleVector b) {
        return a.lanewise(floatOperator(), b);
    }

    private VectorOperators.Associative floatOperator() {
        return switch (op) {
            case SUM -> VectorOperators.ADD;
            case PROD -> VectorOperators.MUL;
            case MAX -> VectorOperators.MAX;
            default -> VectorOperators.MIN;
        };
    }

    private VectorOperators.Associative intOperator() {
        return switch (op) {
            case SUM -> VectorOperators.ADD;
            case PROD -> VectorOperators.MUL;
            case MAX -> VectorOperators.MAX;
            case MIN -> VectorOperators.MIN;
            case AND -> VectorOperators.AND;
            case OR -> VectorOperators.OR;
        };
    }

    @SuppressWarnings("unchecked")
    private static VectorMask<Object> mask(Object value) {
        return (VectorMask<Object>) value;
    }

    private Object load(Object out, int i) {
        return switch (lane) {
            case F32 -> ((float[]) out)[i];
            case F64 -> ((double[]) out)[i];
            case I32, U32 -> ((int[]) out)[i];
            case I64, U64 -> ((long[]) out)[i];
            case BOOL -> ((boolean[]) out)[i];
        };
    }

    private void store(Object out, int i, Object value) {
        switch (lane) {
            case F32 -> ((float[]) out)[i] = (Float) value;
            case F64 -> ((double[]) out)[i] = (Double) value;
            case I32, U32 -> ((int[]) out)[i] = (Integer) value;
            case I64, U64 -> ((long[]) out)[i] = (Long) value;
            case BOOL -> ((boolean[]) out)[i] = (Boolean) value;
        }
    }
}
