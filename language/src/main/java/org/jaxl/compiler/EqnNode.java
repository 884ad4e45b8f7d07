package org.jaxl.compiler;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** One lowered equation (or fused group of equations): reads its operands' slots, writes its results' slots. */
public abstract class EqnNode extends Node {
    public abstract void execute(VirtualFrame frame);
}
