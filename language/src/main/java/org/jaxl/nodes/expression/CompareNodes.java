package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Comparison operators; {@code a < b < c} chains through {@link ChainNode}. */
public final class CompareNodes {
    private CompareNodes() {
    }


    public abstract static class EqNode extends BinaryNode {
        @Override
        protected String operator() {
            return "==";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a == b;
        }

        @Specialization(guards = "isExact(a)")
        protected static boolean doLongDouble(long a, double b) {
            return a == b;
        }

        @Specialization(guards = "isExact(b)")
        protected static boolean doDoubleLong(double a, long b) {
            return a == b;
        }

        @Specialization
        protected static boolean doBoolean(boolean a, boolean b) {
            return a == b;
        }

        @Specialization
        @TruffleBoundary
        protected static boolean doString(String a, String b) {
            return a.equals(b);
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(operator(), a, b);
        }

        @TruffleBoundary
        private Object compare(String op, Object a, Object b) {
            return PyObjects.richCompare(op, a, b, this);
        }
    }

    public abstract static class NeNode extends BinaryNode {
        @Override
        protected String operator() {
            return "!=";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a != b;
        }

        @Specialization
        protected static boolean doBoolean(boolean a, boolean b) {
            return a != b;
        }

        @Specialization
        @TruffleBoundary
        protected static boolean doString(String a, String b) {
            return !a.equals(b);
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(a, b);
        }

        @TruffleBoundary
        private Object compare(Object a, Object b) {
            return PyObjects.richCompare("!=", a, b, this);
        }
    }

    public abstract static class LtNode extends BinaryNode {
        @Override
        protected String operator() {
            return "<";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a < b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a < b;
        }

        @Specialization(guards = "isExact(a)")
        protected static boolean doLongDouble(long a, double b) {
            return a < b;
        }

        @Specialization(guards = "isExact(b)")
        protected static boolean doDoubleLong(double a, long b) {
            return a < b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(a, b);
        }

        @TruffleBoundary
        private Object compare(Object a, Object b) {
            return PyObjects.richCompare("<", a, b, this);
        }
    }

    public abstract static class LeNode extends BinaryNode {
        @Override
        protected String operator() {
            return "<=";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a <= b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a <= b;
        }

        @Specialization(guards = "isExact(a)")
        protected static boolean doLongDouble(long a, double b) {
            return a <= b;
        }

        @Specialization(guards = "isExact(b)")
        protected static boolean doDoubleLong(double a, long b) {
            return a <= b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(a, b);
        }

        @TruffleBoundary
        private Object compare(Object a, Object b) {
            return PyObjects.richCompare("<=", a, b, this);
        }
    }

    public abstract static class GtNode extends BinaryNode {
        @Override
        protected String operator() {
            return ">";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a > b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a > b;
        }

        @Specialization(guards = "isExact(a)")
        protected static boolean doLongDouble(long a, double b) {
            return a > b;
        }

        @Specialization(guards = "isExact(b)")
        protected static boolean doDoubleLong(double a, long b) {
            return a > b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(a, b);
        }

        @TruffleBoundary
        private Object compare(Object a, Object b) {
            return PyObjects.richCompare(">", a, b, this);
        }
    }

    public abstract static class GeNode extends BinaryNode {
        @Override
        protected String operator() {
            return ">=";
        }

        @Specialization
        protected static boolean doLong(long a, long b) {
            return a >= b;
        }

        @Specialization
        protected static boolean doDouble(double a, double b) {
            return a >= b;
        }

        @Specialization(guards = "isExact(a)")
        protected static boolean doLongDouble(long a, double b) {
            return a >= b;
        }

        @Specialization(guards = "isExact(b)")
        protected static boolean doDoubleLong(double a, long b) {
            return a >= b;
        }

        @Fallback
        protected Object doGeneric(Object a, Object b) {
            return compare(a, b);
        }

        @TruffleBoundary
        private Object compare(Object a, Object b) {
            return PyObjects.richCompare(">=", a, b, this);
        }
    }

    /** {@code in} and {@code not in}. */
    public abstract static class InNode extends BinaryNode {
        private final boolean negated;

        protected InNode(boolean negated) {
            this.negated = negated;
        }

        @Override
        protected String operator() {
            return negated ? "not in" : "in";
        }

        @Specialization
        protected boolean doGeneric(Object item, Object container) {
            return contains(item, container) != negated;
        }

        @TruffleBoundary
        private boolean contains(Object item, Object container) {
            return PyObjects.contains(container, item, this);
        }
    }

    /** {@code is} and {@code is not}: identity, with ints and floats compared by value as CPython's small-value caching makes them appear. */
    public abstract static class IsNode extends BinaryNode {
        private final boolean negated;

        protected IsNode(boolean negated) {
            this.negated = negated;
        }

        @Override
        protected String operator() {
            return negated ? "is not" : "is";
        }

        @Specialization
        protected boolean doGeneric(Object a, Object b) {
            return same(a, b) != negated;
        }

        private static boolean same(Object a, Object b) {
            if (a == b) {
                return true;
            }
            if (a instanceof Long x && b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            if (a instanceof Boolean x && b instanceof Boolean y) {
                return x.booleanValue() == y.booleanValue();
            }
            return false;
        }
    }

    /** {@code a op1 b op2 c …}: each middle operand evaluated once, stopping at the first false link. */
    public static final class ChainNode extends JaxlExpressionNode {
        @Children private final JaxlExpressionNode[] operands;
        @Children private final BinaryNode[] comparisons;

        public ChainNode(JaxlExpressionNode[] operands, BinaryNode[] comparisons) {
            this.operands = operands;
            this.comparisons = comparisons;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object left = operands[0].executeGeneric(frame);
            Object result = Boolean.TRUE;
            for (int i = 0; i < comparisons.length; i++) {
                Object right = operands[i + 1].executeGeneric(frame);
                result = comparisons[i].executeWith(left, right);
                if (i < comparisons.length - 1 && !truth(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }

        private static boolean truth(Object o) {
            return o instanceof Boolean b ? b : PyObjects.isTrue(o);
        }
    }
}
