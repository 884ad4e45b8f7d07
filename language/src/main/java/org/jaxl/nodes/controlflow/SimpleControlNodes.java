package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.runtime.PNone;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code return}, {@code break}, {@code continue} and {@code pass}. */
public final class SimpleControlNodes {
    private SimpleControlNodes() {
    }

    public static final class ReturnNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode value;

        public ReturnNode(JaxlExpressionNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ReturnException(value == null ? PNone.NONE : value.executeGeneric(frame));
        }
    }

    public static final class BreakNode extends JaxlStatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw BreakException.SINGLETON;
        }
    }

    public static final class ContinueNode extends JaxlStatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ContinueException.SINGLETON;
        }
    }

    public static final class PassNode extends JaxlStatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }
}
