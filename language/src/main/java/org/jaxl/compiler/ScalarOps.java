package org.jaxl.compiler;

/**
 * Element operations on one element of each operand, as boxed Java primitives (a fused loop's
 * registers; partial evaluation removes the boxes). The semantics are XLA's CPU semantics as the
 * eager kernels implement them: float results that would be subnormal flush to zero, integer
 * arithmetic wraps, {@code x / 0 == -1} and {@code x % 0 == x} for integers, shifts by the bit
 * width or more give 0 (or the sign), comparisons of unsigned lanes are unsigned.
 * <p>
 * For the functions {@link Float32Math} approximates, {@code twin} selects its scalar twin (the
 * tail of a vectorized loop must give what the vector lanes give); otherwise float32 functions
 * are computed in double and rounded once, as the eager kernels compute them.
 */
final class ScalarOps {
    private static final double LN2 = 0.6931471805599453;

    private ScalarOps() {
    }

    static Object unary(ElemOp op, Lane lane, boolean twin, Object x) {
        return switch (lane) {
            case F32 -> unaryF32(op, twin, (Float) x);
            case F64 -> unaryF64(op, (Double) x);
            case I32, U32 -> unaryI32(op, lane == Lane.U32, (Integer) x);
            case I64, U64 -> unaryI64(op, lane == Lane.U64, (Long) x);
            case BOOL -> unaryBool(op, (Boolean) x);
        };
    }

    static Object binary(ElemOp op, Lane lane, Object a, Object b) {
        return switch (lane) {
            case F32 -> binaryF32(op, (Float) a, (Float) b);
            case F64 -> binaryF64(op, (Double) a, (Double) b);
            case I32, U32 -> binaryI32(op, lane == Lane.U32, (Integer) a, (Integer) b);
            case I64, U64 -> binaryI64(op, lane == Lane.U64, (Long) a, (Long) b);
            case BOOL -> binaryBool(op, (Boolean) a, (Boolean) b);
        };
    }

    static boolean isFinite(Lane lane, Object x) {
        return lane == Lane.F32 ? Float.isFinite((Float) x) : Double.isFinite((Double) x);
    }

    /**
     * {@code convert_element_type}: integers wrap when narrowed, floats truncate toward zero and
     * saturate when converted to integers (NaN gives 0), subnormal float inputs read as zero.
     */
    static Object convert(Lane from, Lane to, Object x) {
        if (from == to) {
            return x;
        }
        if (from.isFloat()) {
            double v = from == Lane.F32 ? daz((float) (Float) x) : daz((double) (Double) x);
            return switch (to) {
                case BOOL -> v != 0;
                case I32 -> (int) v;
                case U32 -> (int) Math.max(0L, Math.min(0xffffffffL, (long) v));
                case I64 -> (long) v;
                case U64 -> doubleToUnsigned(v);
                case F32 -> ftz((float) v);
                case F64 -> v;
            };
        }
        long v = switch (from) {
            case BOOL -> (Boolean) x ? 1L : 0L;
            case I32 -> (long) (Integer) x;
            case U32 -> (Integer) x & 0xffffffffL;
            default -> (Long) x;
        };
        boolean unsigned64 = from == Lane.U64;
        return switch (to) {
            case BOOL -> v != 0;
            case I32, U32 -> (int) v;
            case I64, U64 -> v;
            case F32 -> unsigned64 && v < 0 ? (float) ((v >>> 1) | (v & 1)) * 2.0f : (float) v;
            case F64 -> unsigned64 && v < 0 ? (double) ((v >>> 1) | (v & 1)) * 2.0 : (double) v;
        };
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

    static float ftz(float r) {
        return Float32Math.ftz(r);
    }

    static double ftz(double r) {
        return Math.abs(r) < Double.MIN_NORMAL ? r * 0.0 : r;
    }

    /** Denormals-are-zero, for the operations XLA's CPU backend reads subnormal inputs of as zero. */
    static float daz(float x) {
        return Math.abs(x) < Float.MIN_NORMAL ? x * 0f : x;
    }

    static double daz(double x) {
        return Math.abs(x) < Double.MIN_NORMAL ? x * 0.0 : x;
    }

    private static Object unaryF32(ElemOp op, boolean twin, float x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Math.signum(daz(x));
            case FLOOR -> (float) Math.floor(daz(x));
            case CEIL -> (float) Math.ceil(daz(x));
            case ROUND_EVEN -> (float) Math.rint(daz(x));
            case SQRT -> (float) Math.sqrt(x);
            case EXP -> twin ? Float32Math.exp(x) : ftz((float) Math.exp(x));
            case LOG -> twin ? Float32Math.log(x) : ftz((float) Math.log(x));
            case TANH -> twin ? Float32Math.tanh(x) : ftz((float) Math.tanh(x));
            case LOGISTIC -> twin ? Float32Math.logistic(x) : ftz((float) (1.0 / (1.0 + Math.exp(-x))));
            case RSQRT -> twin ? 1f / (float) Math.sqrt(x) : ftz((float) (1.0 / Math.sqrt(x)));
            default -> ftz((float) transcendental(op, x));
        };
    }

    private static Object unaryF64(ElemOp op, double x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Math.signum(daz(x));
            case FLOOR -> Math.floor(daz(x));
            case CEIL -> Math.ceil(daz(x));
            case ROUND_EVEN -> Math.rint(daz(x));
            case SQRT -> Math.sqrt(x);
            default -> ftz(transcendental(op, x));
        };
    }

    /** The functions the eager kernels compute in double precision. */
    private static double transcendental(ElemOp op, double x) {
        return switch (op) {
            case ROUND_AWAY -> roundAwayFromZero(daz(x));
            case EXP -> Math.exp(x);
            case EXP2 -> Math.pow(2.0, x);
            case LOG -> Math.log(x);
            case LOG1P -> Math.log1p(x);
            case EXPM1 -> Math.expm1(x);
            case TANH -> Math.tanh(x);
            case LOGISTIC -> 1.0 / (1.0 + Math.exp(-x));
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case ASINH -> asinh(x);
            case ACOSH -> acosh(x);
            case ATANH -> atanh(x);
            case RSQRT -> 1.0 / Math.sqrt(x);
            case CBRT -> Math.cbrt(x);
            default -> throw new IllegalStateException(op + " on floating-point lanes");
        };
    }

    private static Object unaryI32(ElemOp op, boolean unsigned, int x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> unsigned ? (x != 0 ? 1 : 0) : Integer.signum(x);
            case NOT -> ~x;
            case POPCNT -> Integer.bitCount(x);
            case CLZ -> Integer.numberOfLeadingZeros(x);
            default -> throw new IllegalStateException(op + " on int32 lanes");
        };
    }

    private static Object unaryI64(ElemOp op, boolean unsigned, long x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> unsigned ? (x != 0 ? 1L : 0L) : Long.signum(x);
            case NOT -> ~x;
            case POPCNT -> (long) Long.bitCount(x);
            case CLZ -> (long) Long.numberOfLeadingZeros(x);
            default -> throw new IllegalStateException(op + " on int64 lanes");
        };
    }

    private static Object unaryBool(ElemOp op, boolean x) {
        if (op == ElemOp.NOT) {
            return !x;
        }
        throw new IllegalStateException(op + " on bool lanes");
    }

    private static Object binaryF32(ElemOp op, float a, float b) {
        return switch (op) {
            case ADD -> ftz(a + b);
            case SUB -> ftz(a - b);
            case MUL -> ftz(a * b);
            case DIV -> ftz(a / b);
            case REM -> a % b;
            case MAX -> ftz(Math.max(a, b));
            case MIN -> ftz(Math.min(a, b));
            case POW -> ftz((float) Math.pow(a, b));
            case ATAN2 -> ftz((float) Math.atan2(a, b));
            case NEXTAFTER -> Math.nextAfter(a, b);
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalStateException(op + " on float32 lanes");
        };
    }

    private static Object binaryF64(ElemOp op, double a, double b) {
        return switch (op) {
            case ADD -> ftz(a + b);
            case SUB -> ftz(a - b);
            case MUL -> ftz(a * b);
            case DIV -> ftz(a / b);
            case REM -> a % b;
            case MAX -> ftz(Math.max(a, b));
            case MIN -> ftz(Math.min(a, b));
            case POW -> ftz(Math.pow(a, b));
            case ATAN2 -> ftz(Math.atan2(a, b));
            case NEXTAFTER -> Math.nextAfter(a, b);
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalStateException(op + " on float64 lanes");
        };
    }

    private static Object binaryI32(ElemOp op, boolean unsigned, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? -1 : unsigned ? Integer.divideUnsigned(a, b) : a / b;
            case REM -> b == 0 ? a : unsigned ? Integer.remainderUnsigned(a, b) : a % b;
            case MAX -> (unsigned ? Integer.compareUnsigned(a, b) >= 0 : a >= b) ? a : b;
            case MIN -> (unsigned ? Integer.compareUnsigned(a, b) <= 0 : a <= b) ? a : b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHIFT_LEFT -> Integer.compareUnsigned(b, 32) >= 0 ? 0 : a << b;
            case SHIFT_RIGHT_LOGICAL -> Integer.compareUnsigned(b, 32) >= 0 ? 0 : a >>> b;
            case SHIFT_RIGHT_ARITHMETIC -> a >> (Integer.compareUnsigned(b, 32) >= 0 ? 31 : b);
            default -> compare(op, unsigned ? Integer.compareUnsigned(a, b) : Integer.compare(a, b));
        };
    }

    private static Object binaryI64(ElemOp op, boolean unsigned, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? -1L : unsigned ? Long.divideUnsigned(a, b) : a / b;
            case REM -> b == 0 ? a : unsigned ? Long.remainderUnsigned(a, b) : a % b;
            case MAX -> (unsigned ? Long.compareUnsigned(a, b) >= 0 : a >= b) ? a : b;
            case MIN -> (unsigned ? Long.compareUnsigned(a, b) <= 0 : a <= b) ? a : b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHIFT_LEFT -> Long.compareUnsigned(b, 64) >= 0 ? 0L : a << b;
            case SHIFT_RIGHT_LOGICAL -> Long.compareUnsigned(b, 64) >= 0 ? 0L : a >>> b;
            case SHIFT_RIGHT_ARITHMETIC -> a >> (Long.compareUnsigned(b, 64) >= 0 ? 63 : b);
            default -> compare(op, unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b));
        };
    }

    private static Object binaryBool(ElemOp op, boolean a, boolean b) {
        return switch (op) {
            case AND, MIN -> a & b;
            case OR, MAX -> a | b;
            case XOR -> a ^ b;
            default -> compare(op, Boolean.compare(a, b));
        };
    }

    /** A comparison from the sign of {@code cmp} (which compared the operands in the lane's order). */
    private static boolean compare(ElemOp op, int cmp) {
        return switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            default -> throw new IllegalStateException(op + " is not a comparison");
        };
    }

    /** Rounds half away from zero ({@code lax.RoundingMethod.AWAY_FROM_ZERO}); exact in double. */
    private static double roundAwayFromZero(double x) {
        double a = Math.abs(x);
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1.0;
        }
        return Math.copySign(r, x);
    }

    /** fdlibm's asinh. */
    private static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    /** fdlibm's acosh. */
    private static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** fdlibm's atanh. */
    private static double atanh(double x) {
        double a = Math.abs(x);
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }
}
