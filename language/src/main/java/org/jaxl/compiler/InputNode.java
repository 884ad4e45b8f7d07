package org.jaxl.compiler;

import org.jaxl.array.NDArray;
import org.jaxl.trace.Concrete;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Stores one argument into its variable's slot, as an array (Python scalars become weakly typed 0-d arrays). */
final class InputNode extends Node {
    private final int slot;

    InputNode(int slot) {
        this.slot = slot;
    }

    void execute(VirtualFrame frame, Object arg) {
        frame.setObject(slot, arg instanceof NDArray a ? a : toArray(arg));
    }

    @TruffleBoundary
    private Object toArray(Object arg) {
        return Concrete.toArray(arg, this);
    }
}
