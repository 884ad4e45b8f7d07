package org.jaxl.nodes.local;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.GlobalCell;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/** Module globals (with the builtins as fallback) and class-body namespaces. */
public final class GlobalNodes {
    private GlobalNodes() {
    }

    /** Reads a global; the module's and the builtins' cells are resolved when the node is built. */
    public static final class ReadGlobalNode extends JaxlExpressionNode {
        private final GlobalCell cell;
        private final GlobalCell builtinCell;

        public ReadGlobalNode(GlobalCell cell, GlobalCell builtinCell) {
            this.cell = cell;
            this.builtinCell = builtinCell;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = cell.value;
            if (v == null) {
                v = builtinCell.value;
                if (v == null) {
                    CompilerDirectives.transferToInterpreter();
                    throw PyErrors.nameError(this, cell.getName());
                }
            }
            return v;
        }

        @Override
        public boolean hasTag(Class<? extends Tag> tag) {
            return tag == StandardTags.ReadVariableTag.class || super.hasTag(tag);
        }
    }

    /** Assigns a global. */
    public static final class WriteGlobalNode extends JaxlExpressionNode implements WriteTarget {
        private final GlobalCell cell;
        @Child private JaxlExpressionNode value;

        public WriteGlobalNode(GlobalCell cell, JaxlExpressionNode value) {
            this.cell = cell;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            cell.value = v;
            return v;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object v) {
            cell.value = v;
        }

        @Override
        public boolean hasTag(Class<? extends Tag> tag) {
            return tag == StandardTags.WriteVariableTag.class || super.hasTag(tag);
        }
    }

    /** Reads a name in a class body: the class namespace first, then the fallback (global or free variable). */
    public static final class ReadClassNameNode extends JaxlExpressionNode {
        private final String name;
        @Child private JaxlExpressionNode fallback;

        public ReadClassNameNode(String name, JaxlExpressionNode fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = ((PDict) frame.getArguments()[1]).get(name);
            return v != null ? v : fallback.executeGeneric(frame);
        }
    }

    /** Assigns a name in a class body's namespace. */
    public static final class WriteClassNameNode extends JaxlExpressionNode implements WriteTarget {
        private final String name;
        @Child private JaxlExpressionNode value;

        public WriteClassNameNode(String name, JaxlExpressionNode value) {
            this.name = name;
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
            ((PDict) frame.getArguments()[1]).put(name, v);
        }
    }
}
