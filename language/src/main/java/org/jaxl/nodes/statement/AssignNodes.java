package org.jaxl.nodes.statement;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.expression.BinaryNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** Assignment statements with several targets, unpacking patterns and augmented assignment. */
public final class AssignNodes {
    private AssignNodes() {
    }

    /** {@code t1 = t2 = value}: the value is computed once and stored left to right. */
    public static final class MultiAssignNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode value;
        @Children private final WriteTarget[] targets;

        public MultiAssignNode(JaxlExpressionNode value, WriteTarget[] targets) {
            this.value = value;
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            for (WriteTarget t : targets) {
                t.executeWrite(frame, v);
            }
        }
    }

    /** Stores an evaluated value into a target (used where the value comes from elsewhere, as in {@code for} and {@code with}). */
    public static final class StoreNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode value;
        @Child private WriteTarget target;

        public StoreNode(JaxlExpressionNode value, WriteTarget target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            target.executeWrite(frame, value.executeGeneric(frame));
        }
    }

    /** {@code a, *b, c = value}: unpacks an iterable into targets, with CPython's count errors. */
    public static final class UnpackNode extends Node implements WriteTarget {
        @Children private final WriteTarget[] targets;
        /** Index of the starred target, or -1. */
        private final int starIndex;

        public UnpackNode(WriteTarget[] targets, int starIndex) {
            this.targets = targets;
            this.starIndex = starIndex;
        }

        @Override
        @ExplodeLoop
        public void executeWrite(VirtualFrame frame, Object value) {
            Object[] items;
            if (value instanceof PTuple t) {
                items = t.items();
            } else {
                items = toArray(value);
            }
            if (starIndex < 0) {
                if (items.length != targets.length) {
                    CompilerDirectives.transferToInterpreter();
                    throw countError(items.length);
                }
                for (int i = 0; i < targets.length; i++) {
                    targets[i].executeWrite(frame, items[i]);
                }
                return;
            }
            int after = targets.length - starIndex - 1;
            if (items.length < targets.length - 1) {
                CompilerDirectives.transferToInterpreter();
                throw PyErrors.valueError(this, "not enough values to unpack (expected at least " + (targets.length - 1) + ", got " + items.length + ")");
            }
            for (int i = 0; i < targets.length; i++) {
                if (i < starIndex) {
                    targets[i].executeWrite(frame, items[i]);
                } else if (i == starIndex) {
                    targets[i].executeWrite(frame, middle(items, starIndex, items.length - after));
                } else {
                    targets[i].executeWrite(frame, items[items.length - (targets.length - i)]);
                }
            }
        }

        @TruffleBoundary
        private static PList middle(Object[] items, int from, int to) {
            Object[] out = new Object[to - from];
            System.arraycopy(items, from, out, 0, out.length);
            return new PList(out);
        }

        @TruffleBoundary
        private Object[] toArray(Object value) {
            if (value instanceof PList l) {
                return l.toArray();
            }
            try {
                return PyObjects.toArray(value, this);
            } catch (org.jaxl.runtime.PException e) {
                if (e.getException().getPClass().getName().equals("TypeError") && !(value instanceof PObject)) {
                    throw PyErrors.typeError(this, "cannot unpack non-iterable " + PyObjects.typeName(value) + " object");
                }
                throw e;
            }
        }

        @TruffleBoundary
        private RuntimeException countError(int got) {
            if (got < targets.length) {
                return PyErrors.valueError(this, "not enough values to unpack (expected " + targets.length + ", got " + got + ")");
            }
            return PyErrors.valueError(this, "too many values to unpack (expected " + targets.length + ")");
        }
    }

    /**
     * {@code target op= value}: reads the target once, applies the in-place operator (lists
     * extend in place, user classes may define {@code __iadd__}), stores the result back.
     */
    public static final class AugAssignNode extends JaxlStatementNode {
        @Child private JaxlExpressionNode read;
        @Child private JaxlExpressionNode value;
        @Child private BinaryNode operator;
        @Child private WriteTarget write;
        private final String op;

        public AugAssignNode(JaxlExpressionNode read, JaxlExpressionNode value, BinaryNode operator, String op, WriteTarget write) {
            this.read = read;
            this.value = value;
            this.operator = operator;
            this.op = op;
            this.write = write;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object current = read.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            Object result;
            if (PyObjects.hasInplaceForm(current)) {
                result = inplace(current, v);
            } else {
                result = operator.executeWith(current, v);
            }
            write.executeWrite(frame, result);
        }

        @TruffleBoundary
        private Object inplace(Object current, Object v) {
            return PyObjects.inplace(op, current, v, this);
        }
    }
}
