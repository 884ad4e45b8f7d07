package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/** Unary {@code -}, {@code +} and {@code ~}. */
public final class UnaryNodes {
    private UnaryNodes() {
    }

    @NodeChild("operand")
    public abstract static class NegNode extends JaxlExpressionNode {
        @Specialization(guards = "a != MIN")
        protected static long doLong(long a) {
            return -a;
        }

        @Specialization
        protected static double doDouble(double a) {
            return -a;
        }

        protected static final long MIN = Long.MIN_VALUE;

        @Fallback
        @TruffleBoundary
        protected Object doGeneric(Object a) {
            return PyObjects.unary("-", a, this);
        }
    }

    @NodeChild("operand")
    public abstract static class PosNode extends JaxlExpressionNode {
        @Specialization
        protected static long doLong(long a) {
            return a;
        }

        @Specialization
        protected static double doDouble(double a) {
            return a;
        }

        @Fallback
        @TruffleBoundary
        protected Object doGeneric(Object a) {
            return PyObjects.unary("+", a, this);
        }
    }

    @NodeChild("operand")
    public abstract static class InvertNode extends JaxlExpressionNode {
        @Specialization
        protected static long doLong(long a) {
            return ~a;
        }

        @Fallback
        @TruffleBoundary
        protected Object doGeneric(Object a) {
            return PyObjects.unary("~", a, this);
        }
    }
}
