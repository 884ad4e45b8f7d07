package org.jaxl.nodes.local;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Variables shared with nested functions: cells in this frame and free variables of the closure. */
public final class CellNodes {
    private CellNodes() {
    }

    /** Creates the cells of a function's captured locals at entry; parameters start with their argument. */
    public static final class InitCellsNode extends JaxlStatementNode {
        private final int[] slots;
        /** For each slot, the argument index of the parameter it holds, or -1. */
        private final int[] argumentIndex;

        public InitCellsNode(int[] slots, int[] argumentIndex) {
            this.slots = slots;
            this.argumentIndex = argumentIndex;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            for (int i = 0; i < slots.length; i++) {
                Object initial = argumentIndex[i] >= 0 ? args[argumentIndex[i]] : null;
                frame.setObject(slots[i], new PCell(initial));
            }
        }
    }

    /** Reads a captured local of this function through its cell. */
    public static final class ReadCellNode extends JaxlExpressionNode {
        private final int slot;
        private final String name;

        public ReadCellNode(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = ((PCell) frame.getObject(slot)).value;
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw PyErrors.create(this, "UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
            }
            return v;
        }

        /** The cell itself, for building the closure of a nested function. */
        public PCell readCell(VirtualFrame frame) {
            return (PCell) frame.getObject(slot);
        }
    }

    /** Writes a captured local of this function. */
    public static final class WriteCellNode extends JaxlExpressionNode implements WriteTarget {
        private final int slot;
        @Child private JaxlExpressionNode value;

        public WriteCellNode(int slot, JaxlExpressionNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            executeWrite(frame, v);
            return v;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object v) {
            ((PCell) frame.getObject(slot)).value = v;
        }
    }

    /** Reads a free variable: a cell of an enclosing function, held in this function's closure. */
    public static final class ReadFreeNode extends JaxlExpressionNode {
        private final int index;
        private final String name;

        public ReadFreeNode(int index, String name) {
            this.index = index;
            this.name = name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = readCell(frame).value;
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw PyErrors.create(this, "NameError", "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
            }
            return v;
        }

        public PCell readCell(VirtualFrame frame) {
            return ((PFunction) frame.getArguments()[0]).getClosure()[index];
        }
    }

    /** Assigns a {@code nonlocal} variable. */
    public static final class WriteFreeNode extends JaxlExpressionNode implements WriteTarget {
        private final int index;
        @Child private JaxlExpressionNode value;

        public WriteFreeNode(int index, JaxlExpressionNode value) {
            this.index = index;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            executeWrite(frame, v);
            return v;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object v) {
            ((PFunction) frame.getArguments()[0]).getClosure()[index].value = v;
        }
    }
}
