package org.jaxl.nodes.expression;

import org.jaxl.runtime.PyArith;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** The arithmetic and bitwise operators, each specialized on longs and doubles. */
public final class ArithmeticNodes {
    private ArithmeticNodes() {
    }

    public abstract static class AddNode extends BinaryNode {
        @Override
        protected String operator() {
            return "+";
        }

        @Specialization(rewriteOn = ArithmeticException.class)
        protected static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        /** After an overflow: a long while the sum fits, else a big int. */
        @Specialization(replaces = "doLong")
        protected Object doLongOverflow(long a, long b) {
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                return generic(a, b);
            }
            return r;
        }

        @Specialization
        protected static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        protected static double doLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization
        protected static double doDoubleLong(double a, long b) {
            return a + b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class SubNode extends BinaryNode {
        @Override
        protected String operator() {
            return "-";
        }

        @Specialization(rewriteOn = ArithmeticException.class)
        protected static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        /** After an overflow: a long while the difference fits, else a big int. */
        @Specialization(replaces = "doLong")
        protected Object doLongOverflow(long a, long b) {
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) {
                return generic(a, b);
            }
            return r;
        }

        @Specialization
        protected static double doDouble(double a, double b) {
            return a - b;
        }

        @Specialization
        protected static double doLongDouble(long a, double b) {
            return a - b;
        }

        @Specialization
        protected static double doDoubleLong(double a, long b) {
            return a - b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class MulNode extends BinaryNode {
        @Override
        protected String operator() {
            return "*";
        }

        @Specialization(rewriteOn = ArithmeticException.class)
        protected static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        /** After an overflow: a long while the product fits, else a big int. */
        @Specialization(replaces = "doLong")
        protected Object doLongOverflow(long a, long b) {
            long high = Math.multiplyHigh(a, b);
            long low = a * b;
            if (high != (low >> 63)) {
                return generic(a, b);
            }
            return low;
        }

        @Specialization
        protected static double doDouble(double a, double b) {
            return a * b;
        }

        @Specialization
        protected static double doLongDouble(long a, double b) {
            return a * b;
        }

        @Specialization
        protected static double doDoubleLong(double a, long b) {
            return a * b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    /** {@code /}: always a float for numbers. */
    public abstract static class TrueDivNode extends BinaryNode {
        @Override
        protected String operator() {
            return "/";
        }

        @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
        protected static double doLong(long a, long b) {
            return (double) a / (double) b;
        }

        @Specialization(guards = "isNonZero(b)")
        protected static double doDouble(double a, double b) {
            return a / b;
        }

        @Specialization(guards = "isNonZero(b)")
        protected static double doLongDouble(long a, double b) {
            return a / b;
        }

        @Specialization(guards = {"b != 0", "fitsDouble(b)"})
        protected static double doDoubleLong(double a, long b) {
            return a / b;
        }

        protected static boolean fitsDouble(long v) {
            return Math.abs(v) < (1L << 53);
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    /** {@code //}: floor division. */
    public abstract static class FloorDivNode extends BinaryNode {
        @Override
        protected String operator() {
            return "//";
        }

        @Specialization(guards = {"b != 0", "notOverflowing(a, b)"})
        protected static long doLong(long a, long b) {
            return Math.floorDiv(a, b);
        }

        @Specialization(guards = "isNonZero(b)")
        protected static double doDouble(double a, double b) {
            return PyArith.floorDivide(a, b);
        }

        protected static boolean notOverflowing(long a, long b) {
            return a != Long.MIN_VALUE || b != -1;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    /** {@code %}: modulo with the divisor's sign (and string formatting, via the generic path). */
    public abstract static class ModNode extends BinaryNode {
        @Override
        protected String operator() {
            return "%";
        }

        @Specialization(guards = "b != 0")
        protected static long doLong(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization(guards = "isNonZero(b)")
        protected static double doDouble(double a, double b) {
            return PyArith.floatMod(a, b);
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    /** {@code **}. */
    public abstract static class PowNode extends BinaryNode {
        @Override
        protected String operator() {
            return "**";
        }

        /** Small non-negative exponents; a result beyond 64 bits goes to the generic path and stays there. */
        @Specialization(guards = {"b >= 0", "b <= 62"}, rewriteOn = ArithmeticException.class)
        protected static long doLong(long a, long b) {
            long result = 1;
            long base = a;
            long e = b;
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return result;
        }

        /** After an overflow: a long while the power fits, else a big int. */
        @Specialization(guards = {"b >= 0", "b <= 62"}, replaces = "doLong")
        protected Object doLongOverflow(long a, long b) {
            try {
                return doLong(a, b);
            } catch (ArithmeticException e) {
                return generic(a, b);
            }
        }

        @Specialization(guards = "isPositive(a)")
        protected double doDouble(double a, double b) {
            double r = Math.pow(a, b);
            if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
                // The generic path raises CPython's OverflowError.
                generic(a, b);
            }
            return r;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    /** {@code @}: only meaningful for arrays and user classes. */
    public abstract static class MatMulNode extends BinaryNode {
        @Override
        protected String operator() {
            return "@";
        }

        @Specialization
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class LShiftNode extends BinaryNode {
        @Override
        protected String operator() {
            return "<<";
        }

        @Specialization(guards = {"b >= 0", "b < 63", "noOverflow(a, b)"})
        protected static long doLong(long a, long b) {
            return a << b;
        }

        protected static boolean noOverflow(long a, long b) {
            return (a << b) >> b == a;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class RShiftNode extends BinaryNode {
        @Override
        protected String operator() {
            return ">>";
        }

        @Specialization(guards = "b >= 0")
        protected static long doLong(long a, long b) {
            return a >> Math.min(b, 63);
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class BitAndNode extends BinaryNode {
        @Override
        protected String operator() {
            return "&";
        }

        @Specialization
        protected static long doLong(long a, long b) {
            return a & b;
        }

        @Specialization
        protected static boolean doBoolean(boolean a, boolean b) {
            return a & b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class BitOrNode extends BinaryNode {
        @Override
        protected String operator() {
            return "|";
        }

        @Specialization
        protected static long doLong(long a, long b) {
            return a | b;
        }

        @Specialization
        protected static boolean doBoolean(boolean a, boolean b) {
            return a | b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }

    public abstract static class BitXorNode extends BinaryNode {
        @Override
        protected String operator() {
            return "^";
        }

        @Specialization
        protected static long doLong(long a, long b) {
            return a ^ b;
        }

        @Specialization
        protected static boolean doBoolean(boolean a, boolean b) {
            return a ^ b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return generic(a, b);
        }
    }
}
