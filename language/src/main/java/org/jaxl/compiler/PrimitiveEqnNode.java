package org.jaxl.compiler;

import java.util.function.ToIntFunction;

import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A step run by its primitive's eager kernel (a host method behind a boundary): what does not
 * fuse, and every step of a fusion group while the unit is still interpreted. Operands are frame
 * slots or constants fixed at lowering; a slot holding a Python scalar argument is converted to
 * a 0-d array first.
 */
final class PrimitiveEqnNode extends EqnNode {
    private final Primitive primitive;
    private final Params params;
    /** Slot of each operand, or -1 for a constant operand. */
    @CompilationFinal(dimensions = 1) private final int[] inSlots;
    @CompilationFinal(dimensions = 1) private final NDArray[] constants;
    /** Slot of each result, or -1 for a result nobody reads. */
    @CompilationFinal(dimensions = 1) private final int[] outSlots;

    private PrimitiveEqnNode(Primitive primitive, Params params, int[] inSlots, NDArray[] constants, int[] outSlots) {
        this.primitive = primitive;
        this.params = params;
        this.inSlots = inSlots;
        this.constants = constants;
        this.outSlots = outSlots;
    }

    static PrimitiveEqnNode of(Step step, ToIntFunction<Var> slots) {
        Object[] operands = step.operands();
        int[] inSlots = new int[operands.length];
        NDArray[] constants = new NDArray[operands.length];
        for (int i = 0; i < operands.length; i++) {
            if (operands[i] instanceof Var v) {
                inSlots[i] = slots.applyAsInt(v);
            } else {
                inSlots[i] = -1;
                constants[i] = (NDArray) operands[i];
            }
        }
        int[] outSlots = new int[step.results().length];
        for (int i = 0; i < outSlots.length; i++) {
            Var v = step.results()[i];
            outSlots[i] = v.isDrop() ? -1 : slots.applyAsInt(v);
        }
        return new PrimitiveEqnNode(step.primitive(), step.params(), inSlots, constants, outSlots);
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        Object[] args = new Object[inSlots.length];
        for (int i = 0; i < inSlots.length; i++) {
            args[i] = inSlots[i] >= 0 ? frame.getObject(inSlots[i]) : constants[i];
        }
        NDArray[] out = run(args);
        for (int i = 0; i < outSlots.length; i++) {
            if (outSlots[i] >= 0) {
                frame.setObject(outSlots[i], out[i]);
            }
        }
    }

    @TruffleBoundary
    private NDArray[] run(Object[] args) {
        NDArray[] arrays = new NDArray[args.length];
        for (int i = 0; i < args.length; i++) {
            arrays[i] = Concrete.toArray(args[i], this);
        }
        return primitive.impl(arrays, params, this);
    }
}
