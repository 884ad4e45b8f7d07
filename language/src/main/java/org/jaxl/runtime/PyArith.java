package org.jaxl.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Python's arithmetic on its built-in numbers: ints ({@code Long}, or {@code BigInteger} once
 * they outgrow 64 bits; {@code Boolean} counts as an int), floats ({@code Double}) and
 * {@link PComplex}. These are the generic paths; nodes specialize the common long/double cases.
 * Every method returns null when the operands are not built-in numbers, so the caller can go on
 * to the operator's dunder methods.
 */
public final class PyArith {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyArith() {
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double || o instanceof PComplex;
    }

    /** Narrows to Long when the value fits, as every int result must be. */
    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        if (b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0) {
            return b.longValue();
        }
        return b;
    }

    @TruffleBoundary
    public static BigInteger big(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf((Long) o);
    }

    public static long asLong(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : (Long) o;
    }

    /** int or float to double, with Python's OverflowError for huge ints. */
    @TruffleBoundary
    public static double toDouble(Object o, Node node) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow(node, "int too large to convert to float");
        }
        return d;
    }

    private static PComplex toComplex(Object o, Node node) {
        if (o instanceof PComplex c) {
            return c;
        }
        return new PComplex(toDouble(o, node), 0.0);
    }

    /** Python's binary arithmetic operator {@code op} on built-in numbers, or null. */
    @TruffleBoundary
    public static Object binary(String op, Object a, Object b, Node node) {
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        if (a instanceof PComplex || b instanceof PComplex) {
            return complexOp(op, toComplex(a, node), toComplex(b, node), node);
        }
        if (a instanceof Double || b instanceof Double) {
            if (op.equals("<<") || op.equals(">>") || op.equals("&") || op.equals("|") || op.equals("^")) {
                return null;
            }
            return floatOp(op, toDouble(a, node), toDouble(b, node), node);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case "&":
                    return x & y;
                case "|":
                    return x | y;
                case "^":
                    return x ^ y;
                default:
                    break;
            }
        }
        return intOp(op, big(a), big(b), node);
    }

    @TruffleBoundary
    static Object intOp(String op, BigInteger x, BigInteger y, Node node) {
        switch (op) {
            case "+":
                return normalize(x.add(y));
            case "-":
                return normalize(x.subtract(y));
            case "*":
                return normalize(x.multiply(y));
            case "/":
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision(node, "division by zero");
                }
                return trueDivide(x, y, node);
            case "//":
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision(node, "integer division or modulo by zero");
                }
                return normalize(floorDiv(x, y));
            case "%":
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision(node, "integer modulo by zero");
                }
                return normalize(x.subtract(floorDiv(x, y).multiply(y)));
            case "**":
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw PyErrors.zeroDivision(node, "0.0 cannot be raised to a negative power");
                    }
                    return Math.pow(x.doubleValue(), y.doubleValue());
                }
                if (y.bitLength() > 31) {
                    if (x.abs().equals(BigInteger.ONE)) {
                        return normalize(x.signum() < 0 && y.testBit(0) ? x : BigInteger.ONE);
                    }
                    if (x.signum() == 0) {
                        return 0L;
                    }
                    throw PyErrors.create(node, "MemoryError", null);
                }
                return normalize(x.pow(y.intValue()));
            case "<<":
                if (y.signum() < 0) {
                    throw PyErrors.valueError(node, "negative shift count");
                }
                if (y.bitLength() > 31) {
                    if (x.signum() == 0) {
                        return 0L;
                    }
                    throw PyErrors.overflow(node, "too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            case ">>":
                if (y.signum() < 0) {
                    throw PyErrors.valueError(node, "negative shift count");
                }
                return normalize(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : x.shiftRight(y.intValue()));
            case "&":
                return normalize(x.and(y));
            case "|":
                return normalize(x.or(y));
            case "^":
                return normalize(x.xor(y));
            default:
                return null;
        }
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** int / int as CPython computes it: correctly rounded even for huge ints. */
    private static double trueDivide(BigInteger x, BigInteger y, Node node) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double d = new BigDecimal(x).divide(new BigDecimal(y), java.math.MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow(node, "integer division result too large for a float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object floatOp(String op, double x, double y, Node node) {
        switch (op) {
            case "+":
                return x + y;
            case "-":
                return x - y;
            case "*":
                return x * y;
            case "/":
                if (y == 0.0) {
                    throw PyErrors.zeroDivision(node, "float division by zero");
                }
                return x / y;
            case "//":
                if (y == 0.0) {
                    throw PyErrors.zeroDivision(node, "float floor division by zero");
                }
                return floorDivide(x, y);
            case "%":
                if (y == 0.0) {
                    throw PyErrors.zeroDivision(node, "float modulo");
                }
                return floatMod(x, y);
            case "**":
                return floatPow(x, y, node);
            default:
                return null;
        }
    }

    /** Python's float {@code //}: {@code floor((x - x % y) / y)} as CPython's float_floor_div computes it. */
    public static double floorDivide(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return floordiv;
    }

    /** Python's float {@code %}: the result has the sign of the divisor. */
    public static double floatMod(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    @TruffleBoundary
    public static Object floatPow(double x, double y, Node node) {
        if (x == 0.0 && y < 0) {
            throw PyErrors.zeroDivision(node, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            return complexPow(new PComplex(x, 0), new PComplex(y, 0), node);
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErrors.overflow(node, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static Object complexOp(String op, PComplex a, PComplex b, Node node) {
        switch (op) {
            case "+":
                return new PComplex(a.real() + b.real(), a.imag() + b.imag());
            case "-":
                return new PComplex(a.real() - b.real(), a.imag() - b.imag());
            case "*":
                return new PComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
            case "/": {
                double d = b.real() * b.real() + b.imag() * b.imag();
                if (d == 0.0) {
                    throw PyErrors.zeroDivision(node, "complex division by zero");
                }
                return new PComplex((a.real() * b.real() + a.imag() * b.imag()) / d, (a.imag() * b.real() - a.real() * b.imag()) / d);
            }
            case "**":
                return complexPow(a, b, node);
            default:
                return null;
        }
    }

    private static PComplex complexPow(PComplex a, PComplex b, Node node) {
        if (b.real() == 0 && b.imag() == 0) {
            return new PComplex(1, 0);
        }
        if (a.real() == 0 && a.imag() == 0) {
            if (b.imag() != 0 || b.real() < 0) {
                throw PyErrors.zeroDivision(node, "0.0 to a negative or complex power");
            }
            return new PComplex(0, 0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        return new PComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** Unary {@code -}, {@code +}, {@code ~} on built-in numbers, or null. */
    @TruffleBoundary
    public static Object unary(String op, Object a) {
        if (a instanceof Double d) {
            return switch (op) {
                case "-" -> -d;
                case "+" -> d;
                default -> null;
            };
        }
        if (a instanceof PComplex c) {
            return switch (op) {
                case "-" -> new PComplex(-c.real(), -c.imag());
                case "+" -> c;
                default -> null;
            };
        }
        if (!isInt(a)) {
            return null;
        }
        BigInteger x = big(a);
        return switch (op) {
            case "-" -> normalize(x.negate());
            case "+" -> normalize(x);
            case "~" -> normalize(x.not());
            default -> null;
        };
    }

    /**
     * Compares two built-in real numbers exactly (an int and a float compare by value, not after
     * rounding the int): negative, zero or positive; NaN compares as unordered, reported as null.
     */
    @TruffleBoundary
    public static Integer compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return null;
            }
            return Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
        }
        if (a instanceof Double x) {
            return negate(compareIntFloat(big(b), x));
        }
        if (b instanceof Double y) {
            return compareIntFloat(big(a), y);
        }
        return big(a).compareTo(big(b));
    }

    private static Integer negate(Integer c) {
        return c == null ? null : -c;
    }

    private static Integer compareIntFloat(BigInteger i, double f) {
        if (Double.isNaN(f)) {
            return null;
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? -1 : 1;
        }
        return new BigDecimal(i).compareTo(new BigDecimal(f));
    }

    /** CPython's modulus for numeric hashes, the Mersenne prime 2^61 - 1. */
    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;

    /**
     * Python's {@code hash} of a number, exactly as CPython computes it: equal numbers of any type
     * hash alike (an int reduced modulo 2^61 - 1, a float through its exact rational value).
     */
    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof Long l) {
            return hashLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            long h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            return avoidMinusOne(b.signum() < 0 ? -h : h);
        }
        if (o instanceof Double d) {
            return hashDouble(d);
        }
        PComplex c = (PComplex) o;
        // CPython: hash(real) + 1000003 * hash(imag), in unsigned arithmetic.
        return avoidMinusOne(hashDouble(c.real()) + 1000003L * hashDouble(c.imag()));
    }

    private static long hashLong(long v) {
        // For negative v, -v read as unsigned is |v| even for Long.MIN_VALUE.
        long h = v >= 0 ? v % HASH_MODULUS : -Long.remainderUnsigned(-v, HASH_MODULUS);
        return avoidMinusOne(h);
    }

    private static long avoidMinusOne(long h) {
        return h == -1 ? -2 : h;
    }

    /** CPython's {@code _Py_HashDouble} (NaN hashes to 0 here; CPython uses the object's identity). */
    private static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v) || v == 0.0) {
            return 0;
        }
        int exp = Math.getExponent(v);
        if (exp < Double.MIN_EXPONENT) {
            exp = Math.getExponent(v * 0x1p54) - 54;
        }
        int e = exp + 1;
        double m = Math.scalb(v, -e);
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | (x >>> (HASH_BITS - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | (x >>> (HASH_BITS - e));
        return avoidMinusOne(x * sign);
    }
}
