package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.compiler.FusionPlan.Group;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

/**
 * Builds the {@link FusedLoopNode} of one fusion group: registers for its inputs (with the
 * strides each is read through) and instructions for its steps, the loop's collapsed domain,
 * and whether it runs vectorized. Emission runs twice: the first pass finds the inputs, so that
 * the second can number registers with the inputs first, as the loop expects.
 */
final class GroupBuilder implements ElementwiseLowering.Emitter {
    /** A constant operand that no array holds (the 1 of {@code integer_pow}). */
    private record ConstantValue(Object value) {
    }

    /**
     * An input of the group: a variable, a constant array or a {@link ConstantValue}, and the
     * strides it is read through per domain dimension (null for one element, read once).
     */
    private record InputSpec(Object source, Lane lane, int[] strides) {
        boolean matches(Object otherSource, int[] otherStrides) {
            boolean sameSource = source instanceof ConstantValue c ? c.equals(otherSource) : source == otherSource;
            return sameSource && Arrays.equals(strides, otherStrides);
        }
    }

    private final Group group;
    private final FusionPlan plan;
    private final ToIntFunction<Var> slots;
    private final int width;
    private final boolean approximate;
    private final List<InputSpec> inputs = new ArrayList<>();
    private List<InputSpec> knownInputs;
    private final List<Instr> instrs = new ArrayList<>();
    private final Map<Var, Integer> registers = new IdentityHashMap<>();

    private GroupBuilder(Group group, FusionPlan plan, ToIntFunction<Var> slots, int width, boolean approximate, List<InputSpec> knownInputs) {
        this.group = group;
        this.plan = plan;
        this.slots = slots;
        this.width = width;
        this.approximate = approximate;
        this.knownInputs = knownInputs;
    }

    /** A description of the group's loop, for {@code Lowered.as_text()}. */
    record Summary(int[] dims, boolean vectorized, int lanes) {
    }

    static FusedLoopNode build(Group group, FusionPlan plan, ToIntFunction<Var> slots) {
        int width = width(group);
        int lanes = Lane.vectorLength(width);
        boolean approximate = width > 0 && allVectorizable(group) && Shapes.size(group.domain) >= lanes;
        GroupBuilder first = new GroupBuilder(group, plan, slots, Math.abs(width), approximate, null);
        first.emitAll();
        GroupBuilder b = new GroupBuilder(group, plan, slots, Math.abs(width), approximate, first.inputs);
        b.emitAll();
        return b.finish(lanes);
    }

    static Summary summarize(Group group, FusionPlan plan) {
        FusedLoopNode node = build(group, plan, v -> 0);
        return new Summary(node.dims(), node.vectorized(), node.lanes());
    }

    private void emitAll() {
        for (Step s : group.steps) {
            if (s != group.reduction) {
                ElementwiseLowering.emit(s, this);
            }
        }
        if (group.reduction != null) {
            operand(group.reduction.operands()[0]);
        }
    }

    private FusedLoopNode finish(int lanes) {
        int[] domain = group.domain;
        int k = domain.length;
        boolean[] reduced = new boolean[k];
        int[] outStrides = Shapes.contiguousStrides(domain);
        if (group.reduction != null) {
            outStrides = reductionStrides(group.reduction, reduced);
        }
        List<int[]> strides = new ArrayList<>();
        for (InputSpec in : inputs) {
            strides.add(in.strides);
        }
        Collapsed c = collapse(domain, strides, reduced, outStrides);
        int inner = c.dims[c.dims.length - 1];
        boolean vectorized = approximate && inner >= lanes;
        GroupInput[] inputNodes = new GroupInput[inputs.size()];
        for (int i = 0; i < inputNodes.length; i++) {
            inputNodes[i] = inputNode(inputs.get(i), c.strides.get(i));
        }
        GroupReduction reduction = null;
        GroupOutput[] outputs;
        if (group.reduction != null) {
            outputs = new GroupOutput[0];
            Step r = group.reduction;
            Var result = r.results()[0];
            ShapedArray out = result.aval();
            Lane lane = ElementwiseLowering.lane(out);
            reduction = new GroupReduction(ElementwiseLowering.reductionOp(r), lane, width, operand(r.operands()[0]), out.dtype(), out.shape(), out.weakType(),
                            slots.applyAsInt(result), Arrays.copyOf(c.outStrides, c.dims.length - 1), c.reduced[c.dims.length - 1]);
        } else {
            List<Var> materialized = plan.materialized(group);
            outputs = new GroupOutput[materialized.size()];
            for (int i = 0; i < outputs.length; i++) {
                Var v = materialized.get(i);
                ShapedArray aval = v.aval();
                outputs[i] = new GroupOutput(registers.get(v), ElementwiseLowering.lane(aval), aval.dtype(), aval.shape(), aval.weakType(), slots.applyAsInt(v));
            }
        }
        EqnNode[] eager = new EqnNode[group.steps.size()];
        for (int i = 0; i < eager.length; i++) {
            eager[i] = PrimitiveEqnNode.of(group.steps.get(i), slots);
        }
        FusedLoopNode node = new FusedLoopNode(c.dims, vectorized, lanes, inputNodes, instrs.toArray(new Instr[0]), outputs, reduction, eager);
        node.resolveCode();
        return node;
    }

    private GroupInput inputNode(InputSpec in, int[] collapsedStrides) {
        if (in.strides == null) {
            return switch (in.source) {
                case ConstantValue c -> GroupInput.constant(in.lane, width, c.value);
                case NDArray a -> GroupInput.constant(in.lane, width, ElementwiseLowering.scalarValue(a, in.lane));
                default -> GroupInput.uniform(in.lane, width, slots.applyAsInt((Var) in.source));
            };
        }
        int k = collapsedStrides.length;
        int[] outer = Arrays.copyOf(collapsedStrides, k - 1);
        if (in.source instanceof NDArray a) {
            return GroupInput.array(in.lane, width, -1, a.contiguous().data(), outer, collapsedStrides[k - 1]);
        }
        return GroupInput.array(in.lane, width, slots.applyAsInt((Var) in.source), null, outer, collapsedStrides[k - 1]);
    }

    // Emitter

    @Override
    public int operand(Object operand) {
        if (operand instanceof Var v && registers.containsKey(v)) {
            return registers.get(v);
        }
        ShapedArray aval = operand instanceof Var v ? v.aval() : ShapedArray.of((NDArray) operand);
        int[] strides = aval.size() == 1 ? null : Shapes.contiguousStrides(group.domain);
        return input(operand, ElementwiseLowering.lane(aval), strides);
    }

    @Override
    public int broadcastInput(Object operand, int[] shape, int[] broadcastDimensions) {
        ShapedArray aval = operand instanceof Var v ? v.aval() : ShapedArray.of((NDArray) operand);
        if (aval.size() == 1) {
            return input(operand, ElementwiseLowering.lane(aval), null);
        }
        int[] operandStrides = Shapes.contiguousStrides(aval.shape());
        int[] full = new int[shape.length];
        for (int i = 0; i < broadcastDimensions.length; i++) {
            if (aval.shape()[i] != 1) {
                full[broadcastDimensions[i]] = operandStrides[i];
            }
        }
        int[] strides = new int[group.domain.length];
        int c = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1) {
                strides[c++] = full[d];
            }
        }
        return input(operand, ElementwiseLowering.lane(aval), strides);
    }

    @Override
    public int constant(Lane lane, Object value) {
        return input(new ConstantValue(value), lane, null);
    }

    @Override
    public int emit(Instr instr) {
        instrs.add(instr);
        return inputCount() + instrs.size() - 1;
    }

    @Override
    public void bind(Var result, int register) {
        registers.put(result, register);
    }

    @Override
    public boolean approximate() {
        return approximate;
    }

    @Override
    public int width() {
        return width;
    }

    private int inputCount() {
        return knownInputs == null ? 0 : knownInputs.size();
    }

    private int input(Object source, Lane lane, int[] strides) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).matches(source, strides)) {
                return i;
            }
        }
        inputs.add(new InputSpec(source, lane, strides));
        return inputs.size() - 1;
    }

    /** Reduced flags and accumulator strides per domain dimension of a reduction's operand. */
    private static int[] reductionStrides(Step r, boolean[] reduced) {
        int[] shape = r.operandAval(0).shape();
        Set<Integer> axes = new HashSet<>();
        for (int a : r.params().getInts("axes")) {
            axes.add(a);
        }
        int[] outShape = r.resultAval(0).shape();
        int[] outContiguous = Shapes.contiguousStrides(outShape);
        int[] strides = new int[reduced.length];
        int c = 0;
        int kept = 0;
        for (int d = 0; d < shape.length; d++) {
            boolean isReduced = axes.contains(d);
            if (shape[d] != 1) {
                reduced[c] = isReduced;
                strides[c] = isReduced ? 0 : outContiguous[kept];
                c++;
            }
            if (!isReduced) {
                kept++;
            }
        }
        return strides;
    }

    private record Collapsed(int[] dims, List<int[]> strides, boolean[] reduced, int[] outStrides) {
    }

    /**
     * Merges adjacent domain dimensions that every input (and the accumulator) steps through
     * contiguously, so the inner loop runs as long as possible. A 0-d domain becomes one
     * dimension of extent 1.
     */
    private static Collapsed collapse(int[] domain, List<int[]> inputStrides, boolean[] reduced, int[] outStrides) {
        List<Integer> dims = new ArrayList<>();
        List<List<Integer>> strides = new ArrayList<>();
        for (int i = 0; i < inputStrides.size(); i++) {
            strides.add(new ArrayList<>());
        }
        List<Boolean> red = new ArrayList<>();
        List<Integer> outs = new ArrayList<>();
        for (int d = 0; d < domain.length; d++) {
            int last = dims.size() - 1;
            if (last >= 0 && mergeable(d, domain, inputStrides, strides, red.get(last) == reduced[d], outs.get(last), outStrides[d])) {
                dims.set(last, dims.get(last) * domain[d]);
                for (int i = 0; i < inputStrides.size(); i++) {
                    if (inputStrides.get(i) != null) {
                        strides.get(i).set(last, inputStrides.get(i)[d]);
                    }
                }
                outs.set(last, outStrides[d]);
                continue;
            }
            dims.add(domain[d]);
            for (int i = 0; i < inputStrides.size(); i++) {
                if (inputStrides.get(i) != null) {
                    strides.get(i).add(inputStrides.get(i)[d]);
                }
            }
            red.add(reduced[d]);
            outs.add(outStrides[d]);
        }
        if (dims.isEmpty()) {
            dims.add(1);
            for (int i = 0; i < inputStrides.size(); i++) {
                strides.get(i).add(0);
            }
            red.add(true);
            outs.add(0);
        }
        List<int[]> collapsedStrides = new ArrayList<>();
        for (int i = 0; i < inputStrides.size(); i++) {
            collapsedStrides.add(inputStrides.get(i) == null ? null : strides.get(i).stream().mapToInt(Integer::intValue).toArray());
        }
        boolean[] reducedOut = new boolean[red.size()];
        for (int i = 0; i < reducedOut.length; i++) {
            reducedOut[i] = red.get(i);
        }
        return new Collapsed(dims.stream().mapToInt(Integer::intValue).toArray(), collapsedStrides, reducedOut, outs.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean mergeable(int d, int[] domain, List<int[]> inputStrides, List<List<Integer>> collapsed, boolean sameReduction, int outerOut, int innerOut) {
        if (!sameReduction || outerOut != innerOut * domain[d]) {
            return false;
        }
        for (int i = 0; i < inputStrides.size(); i++) {
            int[] s = inputStrides.get(i);
            if (s != null) {
                List<Integer> c = collapsed.get(i);
                if (c.get(c.size() - 1) != s[d] * domain[d]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The loop's lane width: that of its widest non-bool values, negative when widths are mixed (no vectors then). */
    private static int width(Group g) {
        int width = 0;
        boolean mixed = false;
        for (Step s : g.steps) {
            for (int i = 0; i <= s.operands().length; i++) {
                ShapedArray aval = i < s.operands().length ? s.operandAval(i) : s.resultAval(0);
                Lane lane = ElementwiseLowering.lane(aval);
                if (lane != null && lane.width > 0) {
                    mixed |= width != 0 && width != lane.width;
                    width = Math.max(width, lane.width);
                }
            }
        }
        if (width == 0) {
            return 32;
        }
        return mixed ? -width : width;
    }

    private static boolean allVectorizable(Group g) {
        for (Step s : g.steps) {
            if (!ElementwiseLowering.vectorizable(s)) {
                return false;
            }
        }
        return true;
    }
}
