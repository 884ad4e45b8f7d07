package org.jaxl.compiler;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Reads one result: a variable's slot, or a constant (literal or constvar value). */
final class OutputNode extends Node {
    private final int slot;
    private final Object constant;

    private OutputNode(int slot, Object constant) {
        this.slot = slot;
        this.constant = constant;
    }

    static OutputNode ofSlot(int slot) {
        return new OutputNode(slot, null);
    }

    static OutputNode ofConstant(Object value) {
        return new OutputNode(-1, value);
    }

    Object execute(VirtualFrame frame) {
        return slot >= 0 ? frame.getObject(slot) : constant;
    }
}
