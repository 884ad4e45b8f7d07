package org.jaxl.compiler;

import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * An equation run by its primitive's eager kernel (a host method behind a boundary). Operands are
 * frame slots or constants fixed at lowering.
 */
final class PrimitiveEqnNode extends EqnNode {
    private final Primitive primitive;
    private final Params params;
    /** Slot of each operand, or -1 for a constant operand. */
    private final int[] inSlots;
    private final NDArray[] constants;
    private final int[] outSlots;

    PrimitiveEqnNode(Primitive primitive, Params params, int[] inSlots, NDArray[] constants, int[] outSlots) {
        this.primitive = primitive;
        this.params = params;
        this.inSlots = inSlots;
        this.constants = constants;
        this.outSlots = outSlots;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        NDArray[] args = new NDArray[inSlots.length];
        for (int i = 0; i < inSlots.length; i++) {
            args[i] = inSlots[i] >= 0 ? (NDArray) frame.getObject(inSlots[i]) : constants[i];
        }
        NDArray[] out = run(args);
        for (int i = 0; i < outSlots.length; i++) {
            if (outSlots[i] >= 0) {
                frame.setObject(outSlots[i], out[i]);
            }
        }
    }

    @TruffleBoundary
    private NDArray[] run(NDArray[] args) {
        return primitive.impl(args, params, this);
    }
}
