package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PSet;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Tuple, list, set and dict displays, with {@code *x} and {@code **d} unpacking. */
public final class ContainerNodes {
    private ContainerNodes() {
    }

    /** Evaluates the elements of a display; starred elements are expanded. */
    abstract static class ElementsNode extends JaxlExpressionNode {
        @Children protected final JaxlExpressionNode[] elements;
        private final boolean[] starred;
        private final boolean anyStarred;

        ElementsNode(JaxlExpressionNode[] elements, boolean[] starred) {
            this.elements = elements;
            this.starred = starred;
            boolean any = false;
            for (boolean s : starred) {
                any |= s;
            }
            this.anyStarred = any;
        }

        @ExplodeLoop
        protected Object[] evaluate(VirtualFrame frame) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].executeGeneric(frame);
            }
            return anyStarred ? expand(values, starred, this) : values;
        }

        @TruffleBoundary
        static Object[] expand(Object[] values, boolean[] starred, JaxlExpressionNode node) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (starred[i]) {
                    for (Object x : PyObjects.toArray(values[i], node)) {
                        out.add(x);
                    }
                } else {
                    out.add(values[i]);
                }
            }
            return out.toArray();
        }
    }

    public static final class TupleNode extends ElementsNode {
        public TupleNode(JaxlExpressionNode[] elements, boolean[] starred) {
            super(elements, starred);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return PTuple.of(evaluate(frame));
        }
    }

    public static final class ListNode extends ElementsNode {
        public ListNode(JaxlExpressionNode[] elements, boolean[] starred) {
            super(elements, starred);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new PList(evaluate(frame));
        }
    }

    /**
     * A set display. CPython compiles a display of three or more constants to an update from a
     * constant frozenset, which its compiler builds twice (the second time from the first one's
     * iteration order, when it merges constants); {@code viaFrozenSet} builds it the same way,
     * since that can give a different iteration order than adding the elements one by one.
     */
    public static final class SetNode extends ElementsNode {
        private final boolean viaFrozenSet;

        public SetNode(JaxlExpressionNode[] elements, boolean[] starred, boolean viaFrozenSet) {
            super(elements, starred);
            this.viaFrozenSet = viaFrozenSet;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return makeSet(evaluate(frame), viaFrozenSet);
        }

        @TruffleBoundary
        private static PSet makeSet(Object[] items, boolean viaFrozenSet) {
            PSet s = new PSet(viaFrozenSet);
            for (Object x : items) {
                s.add(x);
            }
            if (!viaFrozenSet) {
                return s;
            }
            PSet merged = new PSet(true);
            for (Object x : s.items()) {
                merged.add(x);
            }
            return merged.copy(false);
        }
    }

    /** A dict display; a null key node marks {@code **mapping}. */
    public static final class DictNode extends JaxlExpressionNode {
        @Children private final JaxlExpressionNode[] keys;
        @Children private final JaxlExpressionNode[] values;

        public DictNode(JaxlExpressionNode[] keys, JaxlExpressionNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            PDict d = new PDict();
            for (int i = 0; i < values.length; i++) {
                if (keys[i] == null) {
                    merge(d, values[i].executeGeneric(frame), this);
                } else {
                    Object k = keys[i].executeGeneric(frame);
                    put(d, k, values[i].executeGeneric(frame));
                }
            }
            return d;
        }

        @TruffleBoundary
        private static void put(PDict d, Object k, Object v) {
            PyObjects.hash(k);
            d.put(k, v);
        }

        @TruffleBoundary
        static void merge(PDict d, Object mapping, JaxlExpressionNode node) {
            if (mapping instanceof PDict m) {
                for (Object[] e : m.entries()) {
                    d.put(e[0], e[1]);
                }
                return;
            }
            Object keysFn = PyObjects.getAttributeOrNull(mapping, "keys");
            if (keysFn == null) {
                throw PyErrors.typeError(node, "'" + PyObjects.typeName(mapping) + "' object is not a mapping");
            }
            for (Object k : PyObjects.toArray(PyObjects.call(keysFn), node)) {
                d.put(k, PyObjects.getItem(mapping, k, node));
            }
        }
    }
}
