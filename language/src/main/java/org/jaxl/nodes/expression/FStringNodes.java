package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** f-strings: the joined parts and each formatted field. */
public final class FStringNodes {
    private FStringNodes() {
    }

    public static final class JoinNode extends JaxlExpressionNode {
        @Children private final JaxlExpressionNode[] parts;

        public JoinNode(JaxlExpressionNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            String[] strings = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                strings[i] = (String) parts[i].executeGeneric(frame);
            }
            return join(strings);
        }

        @TruffleBoundary
        private static String join(String[] strings) {
            return String.join("", strings);
        }
    }

    /** {@code {value!conversion:spec}}. */
    public static final class FormatNode extends JaxlExpressionNode {
        @Child private JaxlExpressionNode value;
        @Child private JaxlExpressionNode spec;
        private final char conversion;

        public FormatNode(JaxlExpressionNode value, char conversion, JaxlExpressionNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            String s = spec == null ? "" : (String) spec.executeGeneric(frame);
            return format(v, s);
        }

        @TruffleBoundary
        private Object format(Object v, String s) {
            Object converted = switch (conversion) {
                case 's' -> PyObjects.str(v);
                case 'r' -> PyObjects.repr(v);
                case 'a' -> PyObjects.ascii(v);
                default -> v;
            };
            return PyObjects.format(converted, s, this);
        }
    }
}
