package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.JaxlLanguage;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.PjitPrimitive;
import org.jaxl.trace.Atom;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.Literal;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.Node;

/**
 * Lowers a closed jaxpr to a {@link JaxprRootNode}: one frame slot per variable, constants and
 * literals folded into the nodes, nested {@code pjit} calls inlined.
 */
public final class Lowering {
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<Var, Integer> slots = new HashMap<>();
    /** Variables bound to a known constant (constvars, inlined pjit literals). */
    private final Map<Var, NDArray> constants = new HashMap<>();
    private final List<EqnNode> body = new ArrayList<>();
    private final Node errorLocation;

    private Lowering(Node errorLocation) {
        this.errorLocation = errorLocation;
    }

    /** Builds the call target of a jit entry named {@code jit(name)}. */
    @TruffleBoundary
    public static RootCallTarget lower(JaxlLanguage language, String name, ClosedJaxpr closed, Node errorLocation) {
        Lowering l = new Lowering(errorLocation);
        Jaxpr jaxpr = closed.jaxpr();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            l.constants.put(jaxpr.constvars().get(i), Concrete.toArray(closed.consts().get(i), errorLocation));
        }
        InputNode[] inputs = new InputNode[jaxpr.invars().size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new InputNode(l.slot(jaxpr.invars().get(i)));
        }
        l.lowerEqns(jaxpr.eqns(), new HashMap<>());
        OutputNode[] outputs = new OutputNode[jaxpr.outvars().size()];
        for (int i = 0; i < outputs.length; i++) {
            Atom a = jaxpr.outvars().get(i);
            NDArray c = l.constantOf(a, Map.of());
            outputs[i] = c != null ? OutputNode.ofConstant(c) : OutputNode.ofSlot(l.slot((Var) a));
        }
        JaxprRootNode root = new JaxprRootNode(language, l.frame.build(), "jit(" + name + ")", inputs, l.body.toArray(new EqnNode[0]), outputs);
        return root.getCallTarget();
    }

    private int slot(Var v) {
        return slots.computeIfAbsent(v, k -> frame.addSlot(FrameSlotKind.Object, null, null));
    }

    /** Resolves an operand through the renaming of inlined sub-jaxprs. */
    private Atom resolve(Atom a, Map<Var, Atom> rename) {
        if (a instanceof Var v && rename.containsKey(v)) {
            return rename.get(v);
        }
        return a;
    }

    private NDArray constantOf(Atom a, Map<Var, Atom> rename) {
        Atom r = resolve(a, rename);
        if (r instanceof Literal lit) {
            return Concrete.toArray(lit.value(), errorLocation);
        }
        return constants.get((Var) r);
    }

    private void lowerEqns(List<JaxprEqn> eqns, Map<Var, Atom> rename) {
        for (JaxprEqn e : eqns) {
            if (e.primitive() == PjitPrimitive.INSTANCE) {
                inlinePjit(e, rename);
                continue;
            }
            int n = e.invars().size();
            int[] inSlots = new int[n];
            NDArray[] consts = new NDArray[n];
            for (int i = 0; i < n; i++) {
                NDArray c = constantOf(e.invars().get(i), rename);
                if (c != null) {
                    inSlots[i] = -1;
                    consts[i] = c;
                } else {
                    inSlots[i] = slot((Var) resolve(e.invars().get(i), rename));
                }
            }
            int[] outSlots = new int[e.outvars().size()];
            for (int i = 0; i < outSlots.length; i++) {
                Var v = e.outvars().get(i);
                outSlots[i] = v.isDrop() ? -1 : slot(v);
            }
            body.add(new PrimitiveEqnNode(e.primitive(), e.params(), inSlots, consts, outSlots));
        }
    }

    /** Inlines a nested jit: its invars alias the caller's operands, its outvars the caller's results. */
    private void inlinePjit(JaxprEqn e, Map<Var, Atom> outer) {
        ClosedJaxpr callee = e.params().getJaxpr("jaxpr");
        Jaxpr j = callee.jaxpr();
        Map<Var, Atom> rename = new HashMap<>();
        for (int i = 0; i < j.constvars().size(); i++) {
            constants.put(j.constvars().get(i), Concrete.toArray(callee.consts().get(i), errorLocation));
        }
        for (int i = 0; i < j.invars().size(); i++) {
            rename.put(j.invars().get(i), resolve(e.invars().get(i), outer));
        }
        lowerEqns(j.eqns(), rename);
        for (int i = 0; i < j.outvars().size(); i++) {
            Var target = e.outvars().get(i);
            if (target.isDrop()) {
                continue;
            }
            Atom src = resolve(j.outvars().get(i), rename);
            NDArray c = src instanceof Literal || src instanceof Var v && constants.containsKey(v) ? constantOf(src, Map.of()) : null;
            if (c != null) {
                constants.put(target, c);
            } else {
                body.add(new CopyEqnNode(slot((Var) src), slot(target)));
            }
        }
    }
}
