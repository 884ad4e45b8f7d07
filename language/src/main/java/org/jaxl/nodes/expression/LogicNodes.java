package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code and}, {@code or}, {@code not} and the conditional expression. */
public final class LogicNodes {
    private LogicNodes() {
    }

    private static boolean truth(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return truthSlow(o);
    }

    @TruffleBoundary
    private static boolean truthSlow(Object o) {
        return PyObjects.isTrue(o);
    }

    /** {@code a and b and …}: the first false operand, or the last. */
    public static final class AndNode extends JaxlExpressionNode {
        @Children private final JaxlExpressionNode[] operands;

        public AndNode(JaxlExpressionNode[] operands) {
            this.operands = operands;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object v = null;
            for (int i = 0; i < operands.length; i++) {
                v = operands[i].executeGeneric(frame);
                if (i < operands.length - 1 && !truth(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    /** {@code a or b or …}: the first true operand, or the last. */
    public static final class OrNode extends JaxlExpressionNode {
        @Children private final JaxlExpressionNode[] operands;

        public OrNode(JaxlExpressionNode[] operands) {
            this.operands = operands;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object v = null;
            for (int i = 0; i < operands.length; i++) {
                v = operands[i].executeGeneric(frame);
                if (i < operands.length - 1 && truth(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class NotNode extends JaxlExpressionNode {
        @Child private TruthNode operand;

        public NotNode(TruthNode operand) {
            this.operand = operand;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return !operand.executeCondition(frame);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return executeBoolean(frame);
        }
    }

    /** {@code body if test else orElse}. */
    public static final class IfExpNode extends JaxlExpressionNode {
        @Child private TruthNode test;
        @Child private JaxlExpressionNode body;
        @Child private JaxlExpressionNode orElse;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public IfExpNode(TruthNode test, JaxlExpressionNode body, JaxlExpressionNode orElse) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return profile.profile(test.executeCondition(frame)) ? body.executeGeneric(frame) : orElse.executeGeneric(frame);
        }
    }
}
