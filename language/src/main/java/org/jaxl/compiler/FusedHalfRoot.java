package org.jaxl.compiler;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The second core's share of a large one-dimensional fused map: a copy of the group's loop under
 * a root of its own, so that Graal compiles it as a unit that a worker thread can call. Arguments:
 * the prepared inputs, the output arrays, and the element range {@code [from, to)}. Until its last
 * tier is compiled it does nothing and answers {@code false} (the caller then runs the range
 * itself), reporting the range's iterations so that compilation comes soon.
 */
final class FusedHalfRoot extends RootNode {
    @Child private FusedLoopNode loop;

    FusedHalfRoot(JaxlLanguage language, FusedLoopNode loop) {
        super(language);
        this.loop = loop;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        int from = (int) args[2];
        int to = (int) args[3];
        if (CompilerDirectives.inInterpreter() || CompilerDirectives.hasNextTier()) {
            LoopNode.reportLoopCount(this, Math.max(1, (to - from) / loop.lanes()));
            return Boolean.FALSE;
        }
        loop.mapFlat((Object[]) args[0], (Object[]) args[1], from, to);
        return Boolean.TRUE;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "fused loop (second core)";
    }

    @Override
    public String toString() {
        return getName();
    }
}
