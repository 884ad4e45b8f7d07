package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.controlflow.IteratorNextNode;
import org.jaxl.nodes.controlflow.IteratorNextNodeGen;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PRange;
import org.jaxl.runtime.PSet;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * List, set and dict comprehensions and generator expressions, run inline in the enclosing
 * frame (as CPython 3.12 inlines them) with the iteration variables in slots of their own. A
 * generator expression is evaluated eagerly into a list and handed out as an iterator.
 */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    /** What a comprehension builds. */
    public enum Kind {
        LIST,
        SET,
        DICT,
        GENERATOR
    }

    /** Evaluates a comprehension: creates the result, runs the loops, returns the result. */
    public static final class ComprehensionNode extends JaxlExpressionNode {
        private final Kind kind;
        private final int resultSlot;
        @Child private JaxlStatementNode loops;

        public ComprehensionNode(Kind kind, int resultSlot, JaxlStatementNode loops) {
            this.kind = kind;
            this.resultSlot = resultSlot;
            this.loops = loops;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object result = switch (kind) {
                case LIST, GENERATOR -> new PList();
                case SET -> new PSet();
                case DICT -> new PDict();
            };
            frame.setObject(resultSlot, result);
            loops.executeVoid(frame);
            frame.setObject(resultSlot, null);
            if (kind == Kind.GENERATOR) {
                PList l = (PList) result;
                return new PIterator.ArrayIterator(l.toArray(), l.size(), "generator");
            }
            return result;
        }
    }

    /** One {@code for target in iter if cond…} clause around the inner clause or the element. */
    public static final class ForClauseNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode iterable;
        @Child private WriteTarget target;
        @Children private final TruthNode[] conditions;
        @Child private JaxlStatementNode inner;
        @Child private IteratorNextNode next = IteratorNextNodeGen.create();

        public ForClauseNode(JaxlExpressionNode iterable, WriteTarget target, TruthNode[] conditions, JaxlStatementNode inner) {
            this.iterable = iterable;
            this.target = target;
            this.conditions = conditions;
            this.inner = inner;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object value = iterable.executeGeneric(frame);
            PIterator it;
            if (value instanceof PRange r) {
                it = new PIterator.RangeIterator(r);
            } else if (value instanceof PList l) {
                it = new PIterator.ListIterator(l);
            } else if (value instanceof PTuple t) {
                it = new PIterator.ArrayIterator(t.items(), t.size(), "tuple_iterator");
            } else {
                it = iter(value);
            }
            for (Object item = next.execute(it); item != null; item = next.execute(it)) {
                target.executeWrite(frame, item);
                if (passes(frame)) {
                    inner.executeVoid(frame);
                }
            }
        }

        @ExplodeLoop
        private boolean passes(VirtualFrame frame) {
            for (TruthNode c : conditions) {
                if (!c.executeCondition(frame)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private PIterator iter(Object value) {
            return PyObjects.iter(value, this);
        }
    }

    /** The innermost part: adds the element (or key/value) to the result in the frame. */
    public static final class AppendNode extends JaxlStatementNode {
        private final int resultSlot;
        @Child private JaxlExpressionNode element;
        @Child private JaxlExpressionNode value;

        public AppendNode(int resultSlot, JaxlExpressionNode element, JaxlExpressionNode value) {
            this.resultSlot = resultSlot;
            this.element = element;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object result = frame.getObject(resultSlot);
            Object e = element.executeGeneric(frame);
            if (result instanceof PList l) {
                l.add(e);
            } else if (result instanceof PSet s) {
                addToSet(s, e);
            } else {
                putInDict((PDict) result, e, value.executeGeneric(frame));
            }
        }

        @TruffleBoundary
        private static void addToSet(PSet s, Object e) {
            s.add(e);
        }

        @TruffleBoundary
        private static void putInDict(PDict d, Object k, Object v) {
            PyObjects.hash(k);
            d.put(k, v);
        }
    }
}
