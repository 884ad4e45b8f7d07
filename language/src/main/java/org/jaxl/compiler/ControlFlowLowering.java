package org.jaxl.compiler;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

import org.jaxl.JaxlLanguage;
import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.primitives.ControlFlowCond;
import org.jaxl.primitives.ControlFlowScan;
import org.jaxl.primitives.ControlFlowWhile;
import org.jaxl.primitives.Params;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Lowers the control-flow steps ({@code cond}, {@code while}, {@code scan}) to nodes: loops become
 * Truffle {@link com.oracle.truffle.api.nodes.LoopNode}s, so long loops get on-stack replacement,
 * and {@code cond} a branch with a profile per branch. Branches and bodies are sub-units, each
 * lowered on its own ({@link Lowering}, with fusion) to a call target that the node calls
 * directly, so Graal can inline it. A loop whose carry and body are scalars of fusible dtypes
 * with only elementwise steps runs instead as a {@link ScalarProgram} over values kept unboxed in
 * frame slots ({@link ScalarWhileNode}, {@link ScalarScanNode}).
 */
final class ControlFlowLowering {
    private ControlFlowLowering() {
    }

    /**
     * Where a step reads its operands: a frame slot per operand, or a constant fixed at lowering
     * (slot -1). Slots hold arrays, or Python scalars where a unit's argument was one.
     */
    static final class Operands {
        @CompilationFinal(dimensions = 1) private final int[] slots;
        @CompilationFinal(dimensions = 1) private final NDArray[] constants;

        Operands(Object[] operands, ToIntFunction<Var> slotOf) {
            this.slots = new int[operands.length];
            this.constants = new NDArray[operands.length];
            for (int i = 0; i < operands.length; i++) {
                if (operands[i] instanceof Var v) {
                    slots[i] = slotOf.applyAsInt(v);
                } else {
                    slots[i] = -1;
                    constants[i] = (NDArray) operands[i];
                }
            }
        }

        /** Operand {@code i} as it is: an array or a Python scalar. */
        Object get(VirtualFrame frame, int i) {
            return slots[i] >= 0 ? frame.getObject(slots[i]) : constants[i];
        }

        /** Operands {@code from} to {@code to} (exclusive). */
        @ExplodeLoop
        Object[] read(VirtualFrame frame, int from, int to) {
            Object[] out = new Object[to - from];
            for (int i = from; i < to; i++) {
                out[i - from] = get(frame, i);
            }
            return out;
        }

        int count() {
            return slots.length;
        }
    }

    /**
     * The node of a control-flow step, or null when {@code step} is not one. {@code newSlot}
     * allocates frame slots of the enclosing unit for the loop state.
     */
    @TruffleBoundary
    static EqnNode lower(JaxlLanguage language, Step step, ToIntFunction<Var> slots, IntSupplier newSlot, Node errorLocation) {
        Params params = step.params();
        if (step.primitive() == ControlFlowCond.INSTANCE) {
            ClosedJaxpr[] branches = ControlFlowCond.branches(params);
            RootCallTarget[] targets = new RootCallTarget[branches.length];
            for (int i = 0; i < branches.length; i++) {
                targets[i] = Lowering.lower(language, "cond_branch_" + i, branches[i], errorLocation);
            }
            return new CondEqnNode(new Operands(step.operands(), slots), targets, branches[0].outAvals(), outSlots(step, slots));
        }
        if (step.primitive() == ControlFlowWhile.INSTANCE) {
            ClosedJaxpr cond = params.getJaxpr("cond_jaxpr");
            ClosedJaxpr body = params.getJaxpr("body_jaxpr");
            int condConsts = params.getInt("cond_nconsts");
            int bodyConsts = params.getInt("body_nconsts");
            ScalarProgram condProgram = ScalarProgram.of(cond, errorLocation);
            ScalarProgram bodyProgram = condProgram == null ? null : ScalarProgram.of(body, errorLocation);
            if (bodyProgram != null) {
                return new ScalarWhileNode(new Operands(step.operands(), slots), condConsts, condProgram, bodyProgram, operandAvals(step), body.outAvals(),
                                outSlots(step, slots), newSlot);
            }
            return new WhileEqnNode(new Operands(step.operands(), slots), condConsts, bodyConsts, Lowering.lower(language, "while_cond", cond, errorLocation),
                            Lowering.lower(language, "while_body", body, errorLocation), body.outAvals(), outSlots(step, slots), newSlot);
        }
        if (step.primitive() == ControlFlowScan.INSTANCE) {
            ClosedJaxpr body = params.getJaxpr("jaxpr");
            int numConsts = params.getInt("num_consts");
            int numCarry = params.getInt("num_carry");
            int length = params.getInt("length");
            boolean reverse = params.getBoolean("reverse");
            ScalarProgram bodyProgram = ScalarProgram.of(body, errorLocation);
            if (bodyProgram != null) {
                return new ScalarScanNode(new Operands(step.operands(), slots), numConsts, numCarry, length, reverse, bodyProgram, body.inAvals(), body.outAvals(),
                                outSlots(step, slots), newSlot);
            }
            return new ScanEqnNode(new Operands(step.operands(), slots), numConsts, numCarry, length, reverse, Lowering.lower(language, "scan_body", body, errorLocation),
                            body.outAvals(), outSlots(step, slots), newSlot);
        }
        return null;
    }

    private static int[] outSlots(Step step, ToIntFunction<Var> slots) {
        int[] out = new int[step.results().length];
        for (int i = 0; i < out.length; i++) {
            Var v = step.results()[i];
            out[i] = v.isDrop() ? -1 : slots.applyAsInt(v);
        }
        return out;
    }

    private static ShapedArray[] operandAvals(Step step) {
        ShapedArray[] out = new ShapedArray[step.operands().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = step.operandAval(i);
        }
        return out;
    }

    /**
     * Stores results into their slots (drop variables have slot -1) typed as the step's abstract
     * evaluation says: a branch or a loop yields the weak types its own code computed (or a
     * Python scalar it was given), the primitive those of its output avals.
     */
    @ExplodeLoop
    static void writeResults(VirtualFrame frame, Object[] results, List<ShapedArray> avals, int[] outSlots, Node node) {
        for (int i = 0; i < outSlots.length; i++) {
            if (outSlots[i] >= 0) {
                frame.setObject(outSlots[i], typed(results[i], avals.get(i), node));
            }
        }
    }

    private static NDArray typed(Object value, ShapedArray aval, Node node) {
        NDArray a = value instanceof NDArray array ? array : toArray(value, node);
        return a.withWeakType(aval.weakType());
    }

    @TruffleBoundary
    private static NDArray toArray(Object pythonScalar, Node node) {
        return Concrete.toArray(pythonScalar, node);
    }

    /** {@code a + b} as one argument array. */
    static Object[] concat(Object[] a, Object[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
