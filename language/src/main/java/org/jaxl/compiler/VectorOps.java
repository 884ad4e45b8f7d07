package org.jaxl.compiler;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.IS_NAN;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The vector forms of {@link ScalarOps}: one Vector API value per operand, lane for lane the
 * same results. Booleans are masks of the loop's integer species ({@code VectorMask<Integer>}
 * in 32-bit loops, {@code VectorMask<Long>} in 64-bit ones), cast where a float vector needs
 * them. Only operations whose Vector API form runs at C2 speed in partially evaluated code are
 * offered ({@link #supportsUnary}, {@link #supportsBinary}, {@link #supportsConvert}); a loop
 * with any other operation runs scalar.
 */
@SuppressWarnings("unchecked")
final class VectorOps {
    private VectorOps() {
    }

    static boolean supportsUnary(ElemOp op, Lane lane) {
        return switch (lane) {
            case F32 -> switch (op) {
                case NEG, ABS, SIGN, SQRT, RSQRT, EXP, LOG, TANH, LOGISTIC -> true;
                default -> false;
            };
            case F64 -> op == ElemOp.NEG || op == ElemOp.ABS || op == ElemOp.SIGN || op == ElemOp.SQRT;
            case I32, U32, I64, U64 -> op == ElemOp.NEG || op == ElemOp.ABS || op == ElemOp.NOT;
            case BOOL -> op == ElemOp.NOT;
        };
    }

    static boolean supportsBinary(ElemOp op, Lane lane) {
        if (op.isComparison()) {
            return true;
        }
        return switch (op) {
            case ADD, SUB, MUL, MAX, MIN -> lane != Lane.BOOL || op == ElemOp.MAX || op == ElemOp.MIN;
            case DIV -> lane.isFloat();
            case AND, OR, XOR -> !lane.isFloat();
            default -> false;
        };
    }

    /** Conversions between lanes of one width (and bool), except float to integer, whose vector form is slow in PE'd code. */
    static boolean supportsConvert(Lane from, Lane to) {
        if (from == to || from == Lane.BOOL || to == Lane.BOOL) {
            return true;
        }
        if (from.width != to.width) {
            return false;
        }
        return from.isInt() && to.isInt() || from == Lane.I32 && to == Lane.F32 || from == Lane.I64 && to == Lane.F64;
    }

    static Object unary(ElemOp op, Lane lane, Object x) {
        return switch (lane) {
            case F32 -> unaryF32(op, (FloatVector) x);
            case F64 -> unaryF64(op, (DoubleVector) x);
            case I32, U32 -> unaryI32(op, (IntVector) x);
            case I64, U64 -> unaryI64(op, (LongVector) x);
            case BOOL -> ((VectorMask<?>) x).not();
        };
    }

    static Object binary(ElemOp op, Lane lane, Object a, Object b) {
        return switch (lane) {
            case F32 -> binaryF32(op, (FloatVector) a, (FloatVector) b);
            case F64 -> binaryF64(op, (DoubleVector) a, (DoubleVector) b);
            case I32, U32 -> binaryI32(op, lane == Lane.U32, (IntVector) a, (IntVector) b);
            case I64, U64 -> binaryI64(op, lane == Lane.U64, (LongVector) a, (LongVector) b);
            case BOOL -> binaryMask(op, (VectorMask<Object>) a, (VectorMask<Object>) b);
        };
    }

    static Object isFinite(Lane lane, Object x) {
        if (lane == Lane.F32) {
            return ((FloatVector) x).abs().compare(LE, Float.MAX_VALUE).cast(Lane.INT_SPECIES);
        }
        return ((DoubleVector) x).abs().compare(LE, Double.MAX_VALUE).cast(Lane.LONG_SPECIES);
    }

    /** {@code cases[1]} where the mask is set, else {@code cases[0]} (select_n with a bool predicate). */
    static Object select(Lane lane, Object mask, Object onFalse, Object onTrue) {
        return switch (lane) {
            case F32 -> ((FloatVector) onFalse).blend((FloatVector) onTrue, ((VectorMask<?>) mask).cast(Lane.FLOAT_SPECIES));
            case F64 -> ((DoubleVector) onFalse).blend((DoubleVector) onTrue, ((VectorMask<?>) mask).cast(Lane.DOUBLE_SPECIES));
            case I32, U32 -> ((IntVector) onFalse).blend((IntVector) onTrue, (VectorMask<Integer>) mask);
            case I64, U64 -> ((LongVector) onFalse).blend((LongVector) onTrue, (VectorMask<Long>) mask);
            case BOOL -> {
                VectorMask<Object> m = (VectorMask<Object>) mask;
                yield ((VectorMask<Object>) onTrue).and(m).or(((VectorMask<Object>) onFalse).andNot(m));
            }
        };
    }

    static Object convert(Lane from, Lane to, int width, Object x) {
        if (from == to || from.isInt() && to.isInt()) {
            return x;
        }
        if (from == Lane.BOOL) {
            return fromMask(to, width, x);
        }
        return switch (from) {
            case F32 -> to == Lane.BOOL ? nonZero((FloatVector) x) : x;
            case F64 -> to == Lane.BOOL ? nonZero((DoubleVector) x) : x;
            case I32, U32 -> to == Lane.BOOL ? ((IntVector) x).compare(NE, 0) : ((IntVector) x).convert(VectorOperators.I2F, 0);
            case I64, U64 -> to == Lane.BOOL ? ((LongVector) x).compare(NE, 0) : ((LongVector) x).convert(VectorOperators.L2D, 0);
            default -> throw new IllegalStateException("conversion from " + from);
        };
    }

    /** Vectors of a value in every lane, or a mask of it for bool. */
    static Object broadcast(Lane lane, int width, Object value) {
        return switch (lane) {
            case F32 -> FloatVector.broadcast(Lane.FLOAT_SPECIES, (Float) value);
            case F64 -> DoubleVector.broadcast(Lane.DOUBLE_SPECIES, (Double) value);
            case I32, U32 -> IntVector.broadcast(Lane.INT_SPECIES, (Integer) value);
            case I64, U64 -> LongVector.broadcast(Lane.LONG_SPECIES, (Long) value);
            case BOOL -> width == 64 ? Lane.LONG_SPECIES.maskAll((Boolean) value) : Lane.INT_SPECIES.maskAll((Boolean) value);
        };
    }

    static FloatVector ftz(FloatVector r) {
        return Float32Math.ftz(r);
    }

    static DoubleVector ftz(DoubleVector r) {
        return r.blend(r.mul(0.0), r.abs().compare(LT, Double.MIN_NORMAL));
    }

    private static Object unaryF32(ElemOp op, FloatVector x) {
        return switch (op) {
            case NEG -> x.neg();
            case ABS -> x.abs();
            case SIGN -> x.mul(0f).blend(1f, x.compare(GE, Float.MIN_NORMAL)).blend(-1f, x.compare(LE, -Float.MIN_NORMAL));
            case SQRT -> x.sqrt();
            case RSQRT -> FloatVector.broadcast(Lane.FLOAT_SPECIES, 1f).div(x.sqrt());
            case EXP -> Float32Math.exp(x);
            case LOG -> Float32Math.log(x);
            case TANH -> Float32Math.tanh(x);
            case LOGISTIC -> Float32Math.logistic(x);
            default -> throw new IllegalStateException(op + " has no float32 vector form");
        };
    }

    private static Object unaryF64(ElemOp op, DoubleVector x) {
        return switch (op) {
            case NEG -> x.neg();
            case ABS -> x.abs();
            case SIGN -> x.mul(0.0).blend(1.0, x.compare(GE, Double.MIN_NORMAL)).blend(-1.0, x.compare(LE, -Double.MIN_NORMAL));
            case SQRT -> x.sqrt();
            default -> throw new IllegalStateException(op + " has no float64 vector form");
        };
    }

    private static Object unaryI32(ElemOp op, IntVector x) {
        return switch (op) {
            case NEG -> x.neg();
            case ABS -> x.abs();
            case NOT -> x.not();
            default -> throw new IllegalStateException(op + " has no int32 vector form");
        };
    }

    private static Object unaryI64(ElemOp op, LongVector x) {
        return switch (op) {
            case NEG -> x.neg();
            case ABS -> x.abs();
            case NOT -> x.not();
            default -> throw new IllegalStateException(op + " has no int64 vector form");
        };
    }

    private static Object binaryF32(ElemOp op, FloatVector a, FloatVector b) {
        return switch (op) {
            case ADD -> ftz(a.add(b));
            case SUB -> ftz(a.sub(b));
            case MUL -> ftz(a.mul(b));
            case DIV -> ftz(a.div(b));
            case MAX -> ftz(a.max(b));
            case MIN -> ftz(a.min(b));
            default -> a.compare(comparison(op, false), b).cast(Lane.INT_SPECIES);
        };
    }

    private static Object binaryF64(ElemOp op, DoubleVector a, DoubleVector b) {
        return switch (op) {
            case ADD -> ftz(a.add(b));
            case SUB -> ftz(a.sub(b));
            case MUL -> ftz(a.mul(b));
            case DIV -> ftz(a.div(b));
            case MAX -> ftz(a.max(b));
            case MIN -> ftz(a.min(b));
            default -> a.compare(comparison(op, false), b).cast(Lane.LONG_SPECIES);
        };
    }

    private static Object binaryI32(ElemOp op, boolean unsigned, IntVector a, IntVector b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case AND -> a.and(b);
            case OR -> a.or(b);
            case XOR -> a.lanewise(VectorOperators.XOR, b);
            case MAX -> unsigned ? a.blend(b, a.compare(VectorOperators.ULT, b)) : a.max(b);
            case MIN -> unsigned ? a.blend(b, a.compare(VectorOperators.UGT, b)) : a.min(b);
            default -> a.compare(comparison(op, unsigned), b);
        };
    }

    private static Object binaryI64(ElemOp op, boolean unsigned, LongVector a, LongVector b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case AND -> a.and(b);
            case OR -> a.or(b);
            case XOR -> a.lanewise(VectorOperators.XOR, b);
            case MAX -> unsigned ? a.blend(b, a.compare(VectorOperators.ULT, b)) : a.max(b);
            case MIN -> unsigned ? a.blend(b, a.compare(VectorOperators.UGT, b)) : a.min(b);
            default -> a.compare(comparison(op, unsigned), b);
        };
    }

    private static Object binaryMask(ElemOp op, VectorMask<Object> a, VectorMask<Object> b) {
        return switch (op) {
            case AND, MIN -> a.and(b);
            case OR, MAX -> a.or(b);
            case XOR, NE -> a.xor(b);
            case EQ -> a.eq(b);
            case LT -> b.andNot(a);
            case LE -> a.not().or(b);
            case GT -> a.andNot(b);
            case GE -> a.or(b.not());
            default -> throw new IllegalStateException(op + " on bool lanes");
        };
    }

    private static VectorOperators.Comparison comparison(ElemOp op, boolean unsigned) {
        return switch (op) {
            case EQ -> VectorOperators.EQ;
            case NE -> VectorOperators.NE;
            case LT -> unsigned ? VectorOperators.ULT : VectorOperators.LT;
            case LE -> unsigned ? VectorOperators.ULE : VectorOperators.LE;
            case GT -> unsigned ? VectorOperators.UGT : VectorOperators.GT;
            case GE -> unsigned ? VectorOperators.UGE : VectorOperators.GE;
            default -> throw new IllegalStateException(op + " is not a comparison");
        };
    }

    /** XLA reads subnormal inputs of a float-to-bool conversion as zero: nonzero means normal, infinite or NaN. */
    private static Object nonZero(FloatVector x) {
        return x.abs().compare(GE, Float.MIN_NORMAL).or(x.test(IS_NAN)).cast(Lane.INT_SPECIES);
    }

    private static Object nonZero(DoubleVector x) {
        return x.abs().compare(GE, Double.MIN_NORMAL).or(x.test(IS_NAN)).cast(Lane.LONG_SPECIES);
    }

    private static Object fromMask(Lane to, int width, Object mask) {
        VectorMask<?> m = (VectorMask<?>) mask;
        return switch (to) {
            case F32 -> FloatVector.zero(Lane.FLOAT_SPECIES).blend(1f, m.cast(Lane.FLOAT_SPECIES));
            case F64 -> DoubleVector.zero(Lane.DOUBLE_SPECIES).blend(1.0, m.cast(Lane.DOUBLE_SPECIES));
            case I32, U32 -> IntVector.zero(Lane.INT_SPECIES).blend(1, m.cast(Lane.INT_SPECIES));
            case I64, U64 -> LongVector.zero(Lane.LONG_SPECIES).blend(1L, m.cast(Lane.LONG_SPECIES));
            case BOOL -> width == 64 ? m.cast(Lane.LONG_SPECIES) : m.cast(Lane.INT_SPECIES);
        };
    }
}
