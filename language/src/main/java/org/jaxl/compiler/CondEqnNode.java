package org.jaxl.compiler;

import java.util.List;

import org.jaxl.array.NDArray;
import org.jaxl.primitives.ControlFlowCond;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code cond}: calls the branch its index selects. Each branch is a direct call with its own
 * profile, so a branch that never runs is not compiled into the caller.
 */
final class CondEqnNode extends EqnNode {
    private final ControlFlowLowering.Operands operands;
    @Children private final DirectCallNode[] branches;
    @CompilationFinal(dimensions = 1) private final BranchProfile[] taken;
    private final List<ShapedArray> outAvals;
    @CompilationFinal(dimensions = 1) private final int[] outSlots;

    CondEqnNode(ControlFlowLowering.Operands operands, RootCallTarget[] targets, List<ShapedArray> outAvals, int[] outSlots) {
        this.operands = operands;
        this.branches = new DirectCallNode[targets.length];
        this.taken = new BranchProfile[targets.length];
        for (int i = 0; i < targets.length; i++) {
            branches[i] = Truffle.getRuntime().createDirectCallNode(targets[i]);
            taken[i] = BranchProfile.create();
        }
        this.outAvals = outAvals;
        this.outSlots = outSlots;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        int index = ControlFlowCond.branchIndex(indexValue(operands.get(frame, 0)), branches.length);
        Object[] args = operands.read(frame, 1, operands.count());
        Object[] results = null;
        for (int i = 0; i < branches.length; i++) {
            if (i == index) {
                taken[i].enter();
                results = (Object[]) branches[i].call(args);
            }
        }
        ControlFlowLowering.writeResults(frame, results, outAvals, outSlots, this);
    }

    /** The index operand: an int32 0-d array, or a Python int where the unit's argument was one. */
    private static long indexValue(Object index) {
        return index instanceof NDArray a ? a.getLong(0) : (Long) index;
    }
}
