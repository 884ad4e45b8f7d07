package org.jaxl.compiler;

import java.util.List;
import java.util.function.IntSupplier;

import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code while} over scalars: the constants and the carry live unboxed in frame slots, one per
 * operand, and each trip runs the condition's and the body's {@link ScalarProgram}s on them, so
 * the compiled loop is a loop over Java primitives. A Truffle loop, for on-stack replacement.
 */
final class ScalarWhileNode extends EqnNode {
    private final ControlFlowLowering.Operands operands;
    /** The lane and the value slot of each operand: cond constants, body constants, carry. */
    @CompilationFinal(dimensions = 1) private final Lane[] lanes;
    @CompilationFinal(dimensions = 1) private final int[] valueSlots;
    private final int carryStart;
    private final List<ShapedArray> outAvals;
    @CompilationFinal(dimensions = 1) private final int[] outSlots;
    @Child private LoopNode loop;

    ScalarWhileNode(ControlFlowLowering.Operands operands, int condConstCount, ScalarProgram cond, ScalarProgram body, ShapedArray[] operandAvals, List<ShapedArray> outAvals,
                    int[] outSlots, IntSupplier newSlot) {
        this.operands = operands;
        this.lanes = new Lane[operandAvals.length];
        this.valueSlots = new int[operandAvals.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Lane.of(operandAvals[i].dtype());
            valueSlots[i] = newSlot.getAsInt();
        }
        this.carryStart = operandAvals.length - outAvals.size();
        this.outAvals = outAvals;
        this.outSlots = outSlots;
        this.loop = Truffle.getRuntime().createLoopNode(new Iteration(cond, body, lanes, valueSlots, condConstCount, carryStart));
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        for (int i = 0; i < lanes.length; i++) {
            ScalarValues.write(frame, valueSlots[i], lanes[i], ScalarValues.element(operands.get(frame, i), lanes[i]));
        }
        loop.execute(frame);
        for (int m = 0; m < outSlots.length; m++) {
            if (outSlots[m] >= 0) {
                ShapedArray aval = outAvals.get(m);
                Lane lane = lanes[carryStart + m];
                frame.setObject(outSlots[m], ScalarValues.array(ScalarValues.read(frame, valueSlots[carryStart + m], lane), lane, aval.dtype(), aval.shape(), aval.weakType()));
            }
        }
    }

    /** One trip: the condition on (cond constants, carry); if it holds, the body on (body constants, carry). */
    private static final class Iteration extends Node implements RepeatingNode {
        @Child private ScalarProgram cond;
        @Child private ScalarProgram body;
        @CompilationFinal(dimensions = 1) private final Lane[] lanes;
        @CompilationFinal(dimensions = 1) private final int[] valueSlots;
        private final int condConstCount;
        private final int carryStart;

        Iteration(ScalarProgram cond, ScalarProgram body, Lane[] lanes, int[] valueSlots, int condConstCount, int carryStart) {
            this.cond = cond;
            this.body = body;
            this.lanes = lanes;
            this.valueSlots = valueSlots;
            this.condConstCount = condConstCount;
            this.carryStart = carryStart;
        }

        @Override
        @ExplodeLoop
        public boolean executeRepeating(VirtualFrame frame) {
            if (!(Boolean) cond.run(values(frame, 0, condConstCount))[0]) {
                return false;
            }
            Object[] next = body.run(values(frame, condConstCount, carryStart));
            for (int m = 0; m < lanes.length - carryStart; m++) {
                ScalarValues.write(frame, valueSlots[carryStart + m], lanes[carryStart + m], next[m]);
            }
            return true;
        }

        /** The values of operands {@code constFrom..constTo} (constants of one jaxpr), then the carry. */
        @ExplodeLoop
        private Object[] values(VirtualFrame frame, int constFrom, int constTo) {
            int consts = constTo - constFrom;
            Object[] out = new Object[consts + lanes.length - carryStart];
            for (int i = 0; i < consts; i++) {
                out[i] = ScalarValues.read(frame, valueSlots[constFrom + i], lanes[constFrom + i]);
            }
            for (int i = carryStart; i < lanes.length; i++) {
                out[consts + i - carryStart] = ScalarValues.read(frame, valueSlots[i], lanes[i]);
            }
            return out;
        }
    }
}
