package org.jaxl.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.jaxl.JaxlLanguage;
import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.compiler.FusionPlan.Group;
import org.jaxl.compiler.FusionPlan.Single;
import org.jaxl.compiler.FusionPlan.Unit;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Lowers a jit cache entry's closed jaxpr to a {@link JaxprRootNode}: nested {@code pjit}s
 * inlined ({@link FlatJaxpr}), fusion groups chosen ({@link FusionPlan}) and built as loops
 * specialized on the entry's shapes and dtypes ({@link GroupBuilder}), the other equations run
 * through their primitives' eager kernels, one frame slot per variable.
 */
public final class Lowering {
    private Lowering() {
    }

    /** Builds the call target of a jit entry named {@code jit(name)}. */
    @TruffleBoundary
    public static RootCallTarget lower(JaxlLanguage language, String name, ClosedJaxpr closed, Node errorLocation) {
        FusionPlan plan = FusionPlan.of(FlatJaxpr.of(closed, errorLocation));
        FlatJaxpr flat = plan.flat;
        FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        Map<Var, Integer> slots = new IdentityHashMap<>();
        ToIntFunction<Var> slot = v -> slots.computeIfAbsent(v, k -> frame.addSlot(FrameSlotKind.Object, null, null));
        InputNode[] inputs = new InputNode[flat.inputs.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new InputNode(slot.applyAsInt(flat.inputs.get(i)));
        }
        EqnNode[] body = new EqnNode[plan.units.size()];
        for (int i = 0; i < body.length; i++) {
            body[i] = switch (plan.units.get(i)) {
                case Single single -> {
                    EqnNode controlFlow = ControlFlowLowering.lower(language, single.step(), slot, () -> frame.addSlot(FrameSlotKind.Object, null, null), errorLocation);
                    yield controlFlow != null ? controlFlow : PrimitiveEqnNode.of(single.step(), slot);
                }
                case Group group -> GroupBuilder.build(group, plan, slot);
            };
        }
        OutputNode[] outputs = new OutputNode[flat.outputs.size()];
        for (int i = 0; i < outputs.length; i++) {
            Object out = flat.outputs.get(i);
            outputs[i] = out instanceof Var v ? OutputNode.ofSlot(slot.applyAsInt(v)) : OutputNode.ofConstant((NDArray) out);
        }
        return new JaxprRootNode(language, frame.build(), "jit(" + name + ")", inputs, body, outputs).getCallTarget();
    }

    /**
     * What {@code jax.jit(f).lower(x).as_text()} shows: the jaxpr, then the unit as lowered —
     * each fusion group with its loop and equations, and the equations left to eager kernels.
     */
    @TruffleBoundary
    public static String describe(String name, ClosedJaxpr closed, Node errorLocation) {
        FusionPlan plan = FusionPlan.of(FlatJaxpr.of(closed, errorLocation));
        UnitPrinter printer = new UnitPrinter(plan.flat);
        StringBuilder sb = new StringBuilder();
        sb.append("module @jit_").append(name).append(" (Jaxl: jaxpr lowered to a Truffle call target)\n");
        sb.append(closed.jaxpr()).append("\n\n");
        sb.append("lowered: ").append(printer.signature()).append('\n');
        int groupIndex = 0;
        for (Unit unit : plan.units) {
            switch (unit) {
                case Single single -> sb.append("  ").append(printer.step(single.step())).append("    # eager kernel\n");
                case Group group -> {
                    GroupBuilder.Summary summary = GroupBuilder.summarize(group, plan);
                    sb.append("  fusion ").append(groupIndex++).append(": ").append(loopText(group, summary)).append('\n');
                    for (Step s : group.steps) {
                        sb.append("    ").append(printer.step(s)).append('\n');
                    }
                    List<Var> materialized = plan.materialized(group);
                    if (group.reduction != null) {
                        materialized = List.of(group.reduction.results()[0]);
                    }
                    sb.append("    writes ").append(printer.names(materialized)).append('\n');
                }
            }
        }
        sb.append("  return ").append(printer.outputs());
        return sb.toString();
    }

    /**
     * Marks {@code target} hot, so that its next call submits it to Graal (and, with background
     * compilation off, waits for the machine code) instead of after the usual number of calls.
     * Nothing runs here: a call on made-up arguments could show the function's side effects.
     */
    @TruffleBoundary
    public static void compileNow(RootCallTarget target) {
        LoopNode.reportLoopCount(target.getRootNode(), Integer.MAX_VALUE / 2);
    }

    private static String loopText(Group group, GroupBuilder.Summary summary) {
        StringBuilder sb = new StringBuilder(group.reduction != null ? "loop with reduction over " : "loop over ");
        sb.append(shapeText(group.domain)).append(", ");
        sb.append(summary.dims().length == 1 ? "one flat loop of " + summary.dims()[0] : "loops " + shapeText(summary.dims()));
        sb.append(summary.vectorized() ? ", vectorized (" + summary.lanes() + " lanes)" : ", scalar");
        return sb.toString();
    }

    private static String shapeText(int[] dims) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i > 0 ? "," : "").append(dims[i]);
        }
        return sb.append(']').toString();
    }
}
