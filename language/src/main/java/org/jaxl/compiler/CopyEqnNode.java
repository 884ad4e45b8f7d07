package org.jaxl.compiler;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Binds a variable to another's value (the results of an inlined sub-jaxpr). */
final class CopyEqnNode extends EqnNode {
    private final int from;
    private final int to;

    CopyEqnNode(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public void execute(VirtualFrame frame) {
        frame.setObject(to, frame.getObject(from));
    }
}
