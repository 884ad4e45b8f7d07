package org.jaxl.trace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jaxl.array.NDArray;
import org.jaxl.runtime.PComplex;

/**
 * The clean-up JAX applies to a freshly traced jaxpr ({@code partial_eval}'s
 * {@code _const_folding_and_forwarding} then {@code _inline_literals}): fold primitives over
 * constants, forward trivial equations, turn scalar constants of literal-able types into
 * literals, drop unused constants, and mark unused outputs as {@code _}.
 */
final class JaxprFinalizer {
    private JaxprFinalizer() {
    }

    static ClosedJaxpr finish(Jaxpr jaxpr, List<Object> constvals) {
        Object[] folded = foldAndForward(jaxpr, constvals);
        return inlineLiterals((Jaxpr) folded[0], castList(folded[1]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    private static Object[] foldAndForward(Jaxpr jaxpr, List<Object> constvals) {
        Map<Var, Object> consts = new LinkedHashMap<>();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            consts.put(jaxpr.constvars().get(i), constvals.get(i));
        }
        Map<Var, Var> subs = new HashMap<>();
        List<JaxprEqn> newEqns = new ArrayList<>();
        for (JaxprEqn original : jaxpr.eqns()) {
            List<Atom> invars = new ArrayList<>();
            boolean anyConst = false;
            for (Atom a : original.invars()) {
                Atom s = a instanceof Var v && subs.containsKey(v) ? subs.get(v) : a;
                invars.add(s);
                anyConst |= s instanceof Var v && consts.containsKey(v);
            }
            JaxprEqn eqn = original.withInvars(invars);
            if (anyConst) {
                Object[] constIn = new Object[invars.size()];
                for (int i = 0; i < constIn.length; i++) {
                    constIn[i] = invars.get(i) instanceof Var v ? consts.get(v) : null;
                }
                Object[] out = eqn.primitive().constFold(constIn, eqn);
                if (out != null) {
                    for (int i = 0; i < out.length; i++) {
                        consts.put(eqn.outvars().get(i), out[i]);
                    }
                    continue;
                }
            }
            Var[] fwd = eqn.primitive().forward(eqn);
            if (fwd != null) {
                for (int i = 0; i < fwd.length; i++) {
                    subs.put(eqn.outvars().get(i), fwd[i]);
                }
                continue;
            }
            newEqns.add(eqn);
        }
        List<Atom> outvars = new ArrayList<>();
        for (Atom a : jaxpr.outvars()) {
            outvars.add(a instanceof Var v && subs.containsKey(v) ? subs.get(v) : a);
        }
        Jaxpr result = new Jaxpr(new ArrayList<>(consts.keySet()), jaxpr.invars(), outvars, newEqns);
        return new Object[]{result, new ArrayList<>(consts.values())};
    }

    /** Python scalars (and NumPy-style constants) print inline; JAX arrays stay constvars. */
    static boolean isLiteralable(Object c) {
        if (c instanceof Long || c instanceof Double || c instanceof Boolean || c instanceof BigInteger || c instanceof PComplex) {
            return true;
        }
        return c instanceof NDArray a && a.isNumpy() && a.ndim() == 0;
    }

    private static ClosedJaxpr inlineLiterals(Jaxpr jaxpr, List<Object> constvals) {
        Map<Var, Literal> lits = new HashMap<>();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            Var v = jaxpr.constvars().get(i);
            Object c = constvals.get(i);
            if (isLiteralable(c)) {
                lits.put(v, new Literal(c, v.aval()));
            }
        }
        Set<Var> used = new HashSet<>();
        for (JaxprEqn e : jaxpr.eqns()) {
            for (Atom a : e.invars()) {
                if (a instanceof Var v) {
                    used.add(v);
                }
            }
        }
        for (Atom a : jaxpr.outvars()) {
            if (a instanceof Var v) {
                used.add(v);
            }
        }
        List<Var> newConstvars = new ArrayList<>();
        List<Object> newConstvals = new ArrayList<>();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            Var v = jaxpr.constvars().get(i);
            if (used.contains(v) && !lits.containsKey(v)) {
                newConstvars.add(v);
                newConstvals.add(constvals.get(i));
            }
        }
        List<JaxprEqn> eqns = new ArrayList<>();
        for (JaxprEqn e : jaxpr.eqns()) {
            List<Atom> invars = new ArrayList<>();
            for (Atom a : e.invars()) {
                invars.add(a instanceof Var v && lits.containsKey(v) ? lits.get(v) : a);
            }
            List<Var> outvars = new ArrayList<>();
            for (Var v : e.outvars()) {
                outvars.add(used.contains(v) ? v : Var.drop(v.aval()));
            }
            eqns.add(new JaxprEqn(invars, outvars, e.primitive(), e.params()));
        }
        List<Atom> outs = new ArrayList<>();
        for (Atom a : jaxpr.outvars()) {
            outs.add(a instanceof Var v && lits.containsKey(v) ? lits.get(v) : a);
        }
        return new ClosedJaxpr(new Jaxpr(newConstvars, jaxpr.invars(), outs, eqns), newConstvals);
    }
}
