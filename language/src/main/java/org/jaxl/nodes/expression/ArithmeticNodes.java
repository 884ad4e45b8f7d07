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

        @Specialization(guards = "isPositive(a)")
        protected static double doDouble(double a, double b) {
            return Math.pow(a, b);
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
