package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PSlice;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Attribute and item access: {@code o.name}, {@code o[key]}, slices, and their assignment forms. */
public final class AccessNodes {
    private AccessNodes() {
    }

    public static final class GetAttributeNode extends JaxlExpressionNode {
        @Child private JaxlExpressionNode object;
        private final String name;

        public GetAttributeNode(JaxlExpressionNode object, String name) {
            this.object = object;
            this.name = name;
        }

        public JaxlExpressionNode getObject() {
            return object;
        }

        public String getName() {
            return name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return get(object.executeGeneric(frame));
        }

        @TruffleBoundary
        public Object get(Object o) {
            return PyObjects.getAttribute(o, name, this);
        }
    }

    public static final class SetAttributeNode extends JaxlExpressionNode implements WriteTarget {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode value;
        private final String name;

        public SetAttributeNode(JaxlExpressionNode object, String name, JaxlExpressionNode value) {
            this.object = object;
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
            set(object.executeGeneric(frame), v);
        }

        @TruffleBoundary
        private void set(Object o, Object v) {
            PyObjects.setAttribute(o, name, v, this);
        }
    }

    public static final class GetItemNode extends JaxlExpressionNode {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode key;

        public GetItemNode(JaxlExpressionNode object, JaxlExpressionNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            return get(o, key.executeGeneric(frame));
        }

        @TruffleBoundary
        private Object get(Object o, Object k) {
            return PyObjects.getItem(o, k, this);
        }
    }

    public static final class SetItemNode extends JaxlExpressionNode implements WriteTarget {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode key;
        @Child private JaxlExpressionNode value;

        public SetItemNode(JaxlExpressionNode object, JaxlExpressionNode key, JaxlExpressionNode value) {
            this.object = object;
            this.key = key;
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
            Object o = object.executeGeneric(frame);
            set(o, key.executeGeneric(frame), v);
        }

        @TruffleBoundary
        private void set(Object o, Object k, Object v) {
            PyObjects.setItem(o, k, v, this);
        }
    }

    /** {@code lower:upper:step} in a subscript. */
    public static final class SliceNode extends JaxlExpressionNode {
        @Child private JaxlExpressionNode lower;
        @Child private JaxlExpressionNode upper;
        @Child private JaxlExpressionNode step;

        public SliceNode(JaxlExpressionNode lower, JaxlExpressionNode upper, JaxlExpressionNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object l = lower == null ? PNone.NONE : lower.executeGeneric(frame);
            Object u = upper == null ? PNone.NONE : upper.executeGeneric(frame);
            Object s = step == null ? PNone.NONE : step.executeGeneric(frame);
            return new PSlice(l, u, s);
        }
    }
}
