package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * A loop body (or loop condition) whose values are all single elements of fusible dtypes and
 * whose steps all fuse: it runs as the scalar step of a fused loop does, one {@link Instr} per
 * operation over boxed Java primitives that partial evaluation keeps in registers. Registers
 * {@code 0..inputs-1} hold the jaxpr's inputs, register {@code inputs + i} the result of
 * instruction {@code i}; constants (literals, constvars) are instructions that yield them.
 */
final class ScalarProgram extends Node {
    private final int inputCount;
    @Children private final Instr[] instrs;
    /** The register holding each output of the jaxpr. */
    @CompilationFinal(dimensions = 1) private final int[] outputRegisters;

    private ScalarProgram(int inputCount, Instr[] instrs, int[] outputRegisters) {
        this.inputCount = inputCount;
        this.instrs = instrs;
        this.outputRegisters = outputRegisters;
    }

    /** The program of {@code closed}, or null when one of its values or steps does not qualify. */
    static ScalarProgram of(ClosedJaxpr closed, Node errorLocation) {
        FlatJaxpr flat = FlatJaxpr.of(closed, errorLocation);
        for (Var v : flat.inputs) {
            if (!isScalar(v.aval())) {
                return null;
            }
        }
        for (Step s : flat.steps) {
            if (ElementwiseLowering.kind(s) != ElementwiseLowering.Kind.ELEMENTWISE || !isScalar(s.resultAval(0))) {
                return null;
            }
        }
        for (Object out : flat.outputs) {
            if (!isScalar(out instanceof Var v ? v.aval() : ShapedArray.of((NDArray) out))) {
                return null;
            }
        }
        Builder b = new Builder(flat.inputs);
        for (Step s : flat.steps) {
            ElementwiseLowering.emit(s, b);
        }
        int[] outputs = new int[flat.outputs.size()];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = b.operand(flat.outputs.get(i));
        }
        return new ScalarProgram(flat.inputs.size(), b.instrs.toArray(new Instr[0]), outputs);
    }

    /** One element of a dtype that fused code computes with. */
    static boolean isScalar(ShapedArray aval) {
        return aval.size() == 1 && Lane.of(aval.dtype()) != null;
    }

    /** The outputs for {@code inputs} (boxed primitives of the inputs' lanes). */
    @ExplodeLoop
    Object[] run(Object[] inputs) {
        Object[] regs = new Object[inputCount + instrs.length];
        for (int k = 0; k < inputCount; k++) {
            regs[k] = inputs[k];
        }
        for (int i = 0; i < instrs.length; i++) {
            regs[inputCount + i] = instrs[i].scalar(regs);
        }
        Object[] out = new Object[outputRegisters.length];
        for (int m = 0; m < outputRegisters.length; m++) {
            out[m] = regs[outputRegisters[m]];
        }
        return out;
    }

    /** A constant operand: its value, boxed as its lane holds it. Scalar programs never run vectorized. */
    private static final class Constant extends Instr {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        Object scalar(Object[] regs) {
            return value;
        }

        @Override
        Object vector(Object[] regs) {
            throw CompilerDirectives.shouldNotReachHere("scalar programs have no vector form");
        }
    }

    /** Emits the steps as instructions over registers, inputs first. */
    private static final class Builder implements ElementwiseLowering.Emitter {
        private static final int SCALAR_WIDTH = 32;
        private final int inputCount;
        private final List<Instr> instrs = new ArrayList<>();
        private final Map<Var, Integer> registers = new IdentityHashMap<>();

        Builder(List<Var> inputs) {
            this.inputCount = inputs.size();
            for (int i = 0; i < inputs.size(); i++) {
                registers.put(inputs.get(i), i);
            }
        }

        @Override
        public int operand(Object operand) {
            if (operand instanceof Var v) {
                return registers.get(v);
            }
            NDArray a = (NDArray) operand;
            Lane lane = Lane.of(a.dtype());
            return constant(lane, ElementwiseLowering.scalarValue(a, lane));
        }

        @Override
        public int broadcastInput(Object operand, int[] shape, int[] broadcastDimensions) {
            return operand(operand);
        }

        @Override
        public int constant(Lane lane, Object value) {
            return emit(new Constant(value));
        }

        @Override
        public int emit(Instr instr) {
            instrs.add(instr);
            return inputCount + instrs.size() - 1;
        }

        @Override
        public void bind(Var result, int register) {
            registers.put(result, register);
        }

        @Override
        public boolean approximate() {
            return false;
        }

        @Override
        public int width() {
            return SCALAR_WIDTH;
        }
    }
}
