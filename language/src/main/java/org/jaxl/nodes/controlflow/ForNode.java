package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PRange;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code for target in iterable: body [else: orElse]} as a Truffle {@link LoopNode}. Ranges,
 * lists and tuples get their iterators without a call out of compiled code, and
 * {@link IteratorNextNode} inlines the step for them.
 */
public final class ForNode extends JaxlStatementNode {
    static final Object BROKEN = new Object();

    @Child private JaxlExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private JaxlStatementNode orElse;
    private final int iteratorSlot;

    /** {@code iteratorSlot} is a hidden frame slot holding this loop's iterator. */
    public ForNode(JaxlExpressionNode iterable, WriteTarget target, JaxlStatementNode body, JaxlStatementNode orElse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new IteratorRepeatingNode(target, body, iteratorSlot));
        this.orElse = orElse;
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
        frame.setObject(iteratorSlot, it);
        Object status = loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (status != BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    @TruffleBoundary
    private PIterator iter(Object value) {
        return PyObjects.iter(value, this);
    }

    private static final class IteratorRepeatingNode extends Node implements RepeatingNode {
        @Child private WriteTarget target;
        @Child private JaxlStatementNode body;
        @Child private IteratorNextNode next = IteratorNextNodeGen.create();
        private final int iteratorSlot;
        private final BranchProfile breakTaken = BranchProfile.create();

        IteratorRepeatingNode(WriteTarget target, JaxlStatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object item = next.execute((PIterator) frame.getObject(iteratorSlot));
            if (item == null) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            target.executeWrite(frame, item);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                return RepeatingNode.CONTINUE_LOOP_STATUS;
            } catch (BreakException e) {
                breakTaken.enter();
                return BROKEN;
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
