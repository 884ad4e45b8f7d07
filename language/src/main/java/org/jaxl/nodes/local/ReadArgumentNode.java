package org.jaxl.nodes.local;

import org.jaxl.nodes.JaxlExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads bound parameter {@code index} (frame argument {@code index + 1}; argument 0 is the callee). */
public final class ReadArgumentNode extends JaxlExpressionNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index + 1];
    }
}
