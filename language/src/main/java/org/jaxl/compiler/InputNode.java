package org.jaxl.compiler;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Stores one argument in its variable's slot as it came: an array, or a Python scalar that
 * fused loops read directly and eager kernels convert to a weakly typed 0-d array.
 */
final class InputNode extends Node {
    private final int slot;

    InputNode(int slot) {
        this.slot = slot;
    }

    void execute(VirtualFrame frame, Object arg) {
        frame.setObject(slot, arg);
    }
}
