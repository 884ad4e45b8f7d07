package org.jaxl.nodes.statement;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.runtime.GlobalCell;
import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code del} of names, attributes and items. */
public final class DeleteNodes {
    private DeleteNodes() {
    }

    public static final class DeleteLocalNode extends JaxlStatementNode {
        private final int slot;
        private final String name;
        private final boolean cell;

        public DeleteLocalNode(int slot, String name, boolean cell) {
            this.slot = slot;
            this.name = name;
            this.cell = cell;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (cell) {
                PCell c = (PCell) frame.getObject(slot);
                if (c.value == null) {
                    throw unbound();
                }
                c.value = null;
                return;
            }
            if (frame.getValue(slot) == null) {
                throw unbound();
            }
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            frame.setObject(slot, null);
        }

        @TruffleBoundary
        private RuntimeException unbound() {
            return PyErrors.create(this, "UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
        }
    }

    public static final class DeleteGlobalNode extends JaxlStatementNode {
        private final GlobalCell cell;

        public DeleteGlobalNode(GlobalCell cell) {
            this.cell = cell;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (cell.value == null) {
                throw PyErrors.nameError(this, cell.getName());
            }
            cell.value = null;
        }
    }

    public static final class DeleteClassNameNode extends JaxlStatementNode {
        private final String name;

        public DeleteClassNameNode(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            delete((PDict) frame.getArguments()[1]);
        }

        @TruffleBoundary
        private void delete(PDict namespace) {
            if (namespace.remove(name) == null) {
                throw PyErrors.nameError(this, name);
            }
        }
    }

    public static final class DeleteAttributeNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode object;
        private final String name;

        public DeleteAttributeNode(JaxlExpressionNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            delete(object.executeGeneric(frame));
        }

        @TruffleBoundary
        private void delete(Object o) {
            PyObjects.delAttribute(o, name, this);
        }
    }

    public static final class DeleteItemNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode key;

        public DeleteItemNode(JaxlExpressionNode object, JaxlExpressionNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            delete(o, key.executeGeneric(frame));
        }

        @TruffleBoundary
        private void delete(Object o, Object k) {
            PyObjects.delItem(o, k, this);
        }
    }
}
