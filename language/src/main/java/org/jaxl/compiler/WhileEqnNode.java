package org.jaxl.compiler;

import java.util.List;
import java.util.function.IntSupplier;

import org.jaxl.array.NDArray;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code while}: a Truffle loop that calls the condition unit, then the body unit, on the carry.
 * The carry lives in a frame slot, so on-stack replacement can take the loop over mid-run.
 */
final class WhileEqnNode extends EqnNode {
    private final ControlFlowLowering.Operands operands;
    private final int condConstCount;
    private final int bodyConstCount;
    private final int carrySlot;
    private final int condConstsSlot;
    private final int bodyConstsSlot;
    private final List<ShapedArray> outAvals;
    @CompilationFinal(dimensions = 1) private final int[] outSlots;
    @Child private LoopNode loop;

    WhileEqnNode(ControlFlowLowering.Operands operands, int condConstCount, int bodyConstCount, RootCallTarget cond, RootCallTarget body, List<ShapedArray> outAvals,
                    int[] outSlots, IntSupplier newSlot) {
        this.operands = operands;
        this.condConstCount = condConstCount;
        this.bodyConstCount = bodyConstCount;
        this.carrySlot = newSlot.getAsInt();
        this.condConstsSlot = newSlot.getAsInt();
        this.bodyConstsSlot = newSlot.getAsInt();
        this.outAvals = outAvals;
        this.outSlots = outSlots;
        this.loop = Truffle.getRuntime().createLoopNode(new Iteration(cond, body, carrySlot, condConstsSlot, bodyConstsSlot));
    }

    @Override
    public void execute(VirtualFrame frame) {
        int carryStart = condConstCount + bodyConstCount;
        frame.setObject(condConstsSlot, operands.read(frame, 0, condConstCount));
        frame.setObject(bodyConstsSlot, operands.read(frame, condConstCount, carryStart));
        frame.setObject(carrySlot, operands.read(frame, carryStart, operands.count()));
        loop.execute(frame);
        ControlFlowLowering.writeResults(frame, (Object[]) frame.getObject(carrySlot), outAvals, outSlots, this);
    }

    /** One trip: test the condition on the carry; if it holds, replace the carry by the body's result. */
    private static final class Iteration extends Node implements RepeatingNode {
        @Child private DirectCallNode cond;
        @Child private DirectCallNode body;
        private final int carrySlot;
        private final int condConstsSlot;
        private final int bodyConstsSlot;

        Iteration(RootCallTarget cond, RootCallTarget body, int carrySlot, int condConstsSlot, int bodyConstsSlot) {
            this.cond = Truffle.getRuntime().createDirectCallNode(cond);
            this.body = Truffle.getRuntime().createDirectCallNode(body);
            this.carrySlot = carrySlot;
            this.condConstsSlot = condConstsSlot;
            this.bodyConstsSlot = bodyConstsSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object[] carry = (Object[]) frame.getObject(carrySlot);
            Object[] pred = (Object[]) cond.call(ControlFlowLowering.concat((Object[]) frame.getObject(condConstsSlot), carry));
            if (!(pred[0] instanceof NDArray p ? p.getBoolean(0) : (Boolean) pred[0])) {
                return false;
            }
            frame.setObject(carrySlot, body.call(ControlFlowLowering.concat((Object[]) frame.getObject(bodyConstsSlot), carry)));
            return true;
        }
    }
}
