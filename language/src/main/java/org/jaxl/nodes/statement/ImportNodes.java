package org.jaxl.nodes.statement;

import org.jaxl.JaxlContext;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** {@code import a.b.c [as x]} and {@code from m import names}. */
public final class ImportNodes {
    private ImportNodes() {
    }

    /** Imports {@code a}, {@code a.b}, {@code a.b.c} in turn, setting each submodule as an attribute of its parent. */
    @TruffleBoundary
    static PModule importDotted(String dotted, Node node) {
        JaxlContext context = JaxlContext.get(node);
        String[] parts = dotted.split("\\.");
        PModule parent = null;
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(part);
            PModule m = context.importModule(name.toString(), node);
            if (parent != null) {
                parent.set(part, m);
            }
            parent = m;
        }
        return parent;
    }

    /** One name of an {@code import} statement. */
    public static final class ImportNode extends JaxlStatementNode {
        private final String dotted;
        /** True for {@code import a.b as x} (binds the leaf), false for {@code import a.b} (binds {@code a}). */
        private final boolean bindLeaf;
        @Child private WriteTarget target;

        public ImportNode(String dotted, boolean bindLeaf, WriteTarget target) {
            this.dotted = dotted;
            this.bindLeaf = bindLeaf;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            target.executeWrite(frame, load());
        }

        @TruffleBoundary
        private PModule load() {
            PModule leaf = importDotted(dotted, this);
            if (bindLeaf) {
                return leaf;
            }
            return JaxlContext.get(this).getLoadedModule(dotted.split("\\.")[0]);
        }
    }

    /** {@code from module import a as x, b}. */
    public static final class ImportFromNode extends JaxlStatementNode {
        private final String module;
        private final String[] names;
        @Children private final WriteTarget[] targets;

        public ImportFromNode(String module, String[] names, WriteTarget[] targets) {
            this.module = module;
            this.names = names;
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object[] values = load();
            for (int i = 0; i < targets.length; i++) {
                targets[i].executeWrite(frame, values[i]);
            }
        }

        @TruffleBoundary
        private Object[] load() {
            PModule m = importDotted(module, this);
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Object v = m.get(names[i]);
                if (v == null) {
                    try {
                        v = importDotted(module + "." + names[i], this);
                    } catch (org.jaxl.runtime.PException e) {
                        String where = m.getFile() == null ? "unknown location" : m.getFile();
                        throw PyErrors.create(this, "ImportError", "cannot import name '" + names[i] + "' from '" + module + "' (" + where + ")");
                    }
                }
                values[i] = v;
            }
            return values;
        }
    }

    /** {@code from module import *}: binds the module's public names (or its {@code __all__}) as globals. */
    public static final class ImportStarNode extends JaxlStatementNode {
        private final String module;
        private final PModule into;

        public ImportStarNode(String module, PModule into) {
            this.module = module;
            this.into = into;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            load();
        }

        @TruffleBoundary
        private void load() {
            PModule m = importDotted(module, this);
            Object all = m.get("__all__");
            if (all instanceof PList || all instanceof PTuple) {
                for (Object n : PyObjects.toArray(all, this)) {
                    into.set((String) n, PyObjects.getAttribute(m, (String) n, this));
                }
                return;
            }
            for (String n : m.names()) {
                if (!n.startsWith("_")) {
                    into.set(n, m.get(n));
                }
            }
        }
    }
}
