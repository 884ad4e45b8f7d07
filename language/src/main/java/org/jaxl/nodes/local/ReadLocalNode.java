package org.jaxl.nodes.local;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/** Reads a local variable from its frame slot, unboxed when the slot holds a long, double or bool. */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends JaxlExpressionNode {
    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value;
        if (!frame.isObject(getSlot())) {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(getSlot());
            if (value != null) {
                frame.setObject(getSlot(), value);
            }
        } else {
            value = frame.getObject(getSlot());
        }
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.create(this, "UnboundLocalError", "cannot access local variable '" + getName() + "' where it is not associated with a value");
        }
        return value;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.ReadVariableTag.class || super.hasTag(tag);
    }
}
