package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Constants of the source text. */
public final class LiteralNodes {
    private LiteralNodes() {
    }

    public static final class LongLiteralNode extends JaxlExpressionNode {
        private final long value;

        public LongLiteralNode(long value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class DoubleLiteralNode extends JaxlExpressionNode {
        private final double value;

        public DoubleLiteralNode(double value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class BooleanLiteralNode extends JaxlExpressionNode {
        private final boolean value;

        public BooleanLiteralNode(boolean value) {
            this.value = value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    /** Any other immutable constant: a string, None, Ellipsis, a big int, a complex. */
    public static final class ObjectLiteralNode extends JaxlExpressionNode {
        private final Object value;

        public ObjectLiteralNode(Object value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }
}
