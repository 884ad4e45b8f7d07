package org.jaxl.compiler;

import org.jaxl.array.NDArray;
import org.jaxl.trace.Concrete;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Reads one result: a variable's slot (an argument returned as it came becomes an array), or a constant. */
final class OutputNode extends Node {
    private final int slot;
    private final NDArray constant;

    private OutputNode(int slot, NDArray constant) {
        this.slot = slot;
        this.constant = constant;
    }

    static OutputNode ofSlot(int slot) {
        return new OutputNode(slot, null);
    }

    static OutputNode ofConstant(NDArray value) {
        return new OutputNode(-1, value);
    }

    Object execute(VirtualFrame frame) {
        if (slot < 0) {
            return constant;
        }
        Object value = frame.getObject(slot);
        return value instanceof NDArray ? value : toArray(value);
    }

    @TruffleBoundary
    private Object toArray(Object value) {
        return Concrete.toArray(value, this);
    }
}
