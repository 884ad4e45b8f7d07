package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.compiler.ElementwiseLowering.Kind;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.trace.Var;

/**
 * The fusion groups of a flattened jaxpr, chosen greedily in program order. An elementwise step
 * joins the group that computes one of its operands when the group loops over the same domain
 * (shapes equal up to unit dimensions), is not yet closed by a reduction, and every other
 * operand is a constant, a value of the group, or a variable defined before the group starts
 * (a group runs where its first step was); failing that, the latest such group that is as
 * vectorizable as the step (siblings reading the same inputs share one loop). A reduction joins the group computing its operand
 * when nothing else needs that group's values, and closes it; otherwise it starts a group of its
 * own. Values of a group that anything outside needs (or that the jaxpr returns) are written to
 * arrays; the others live only in registers.
 */
final class FusionPlan {
    /** What runs at one position of the unit: a fusion group or one opaque step. */
    sealed interface Unit permits Group, Single {
    }

    /** A step run by its primitive's eager kernel. */
    record Single(Step step) implements Unit {
    }

    /** A fusion group. */
    static final class Group implements Unit {
        final int first;
        final int[] domain;
        final List<Step> steps = new ArrayList<>();
        private final Map<Var, Boolean> produced = new IdentityHashMap<>();
        Step reduction;
        /** True while every step has a vector form. */
        boolean vectorizable = true;

        Group(int first, int[] domain) {
            this.first = first;
            this.domain = domain;
        }

        boolean produces(Var v) {
            return produced.containsKey(v);
        }

        boolean contains(int stepIndex) {
            for (Step s : steps) {
                if (s.index() == stepIndex) {
                    return true;
                }
            }
            return false;
        }

        void add(Step s) {
            steps.add(s);
            vectorizable &= ElementwiseLowering.vectorizable(s);
            for (Var v : s.results()) {
                produced.put(v, true);
            }
        }
    }

    final FlatJaxpr flat;
    final List<Unit> units = new ArrayList<>();
    private final Map<Var, Group> groupOf = new IdentityHashMap<>();

    private FusionPlan(FlatJaxpr flat) {
        this.flat = flat;
    }

    static FusionPlan of(FlatJaxpr flat) {
        FusionPlan plan = new FusionPlan(flat);
        for (Step s : flat.steps) {
            plan.place(s);
        }
        return plan;
    }

    /** The values of {@code g} that must be written to arrays. */
    List<Var> materialized(Group g) {
        List<Var> out = new ArrayList<>();
        for (Step s : g.steps) {
            if (s == g.reduction) {
                continue;
            }
            for (Var v : s.results()) {
                if (neededOutside(g, v, -1)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private void place(Step s) {
        Kind kind = ElementwiseLowering.kind(s);
        if (kind == Kind.OPAQUE) {
            units.add(new Single(s));
            return;
        }
        int[] domain = ElementwiseLowering.domain(s);
        if (kind == Kind.REDUCTION) {
            Group g = s.operands()[0] instanceof Var v ? groupOf.get(v) : null;
            if (g == null || g.reduction != null || !Arrays.equals(g.domain, domain) || !onlyFeeds(g, s)) {
                g = newGroup(s, domain);
            }
            g.add(s);
            g.reduction = s;
            return;
        }
        for (int i = 0; i < s.operands().length; i++) {
            if (s.operands()[i] instanceof Var v && groupOf.get(v) instanceof Group g && accepts(g, s, domain)) {
                join(g, s);
                return;
            }
        }
        boolean vectorizable = ElementwiseLowering.vectorizable(s);
        for (int i = units.size() - 1; i >= 0; i--) {
            if (units.get(i) instanceof Group g && g.vectorizable == vectorizable && accepts(g, s, domain)) {
                join(g, s);
                return;
            }
        }
        join(newGroup(s, domain), s);
    }

    private Group newGroup(Step s, int[] domain) {
        Group g = new Group(s.index(), domain);
        units.add(g);
        return g;
    }

    private void join(Group g, Step s) {
        g.add(s);
        for (Var v : s.results()) {
            groupOf.put(v, g);
        }
    }

    private boolean accepts(Group g, Step s, int[] domain) {
        if (g.reduction != null || !Arrays.equals(g.domain, domain)) {
            return false;
        }
        for (int i = 0; i < s.operands().length; i++) {
            if (s.operands()[i] instanceof Var v) {
                if (g.produces(v)) {
                    if (ElementwiseLowering.needsExternalOperand(s, i)) {
                        return false;
                    }
                } else if (flat.definedAt(v) >= g.first) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when every value of {@code g} is used only inside it or by {@code reduction}. */
    private boolean onlyFeeds(Group g, Step reduction) {
        for (Step s : g.steps) {
            for (Var v : s.results()) {
                if (neededOutside(g, v, reduction.index())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean neededOutside(Group g, Var v, int alsoInside) {
        if (flat.isOutput(v)) {
            return true;
        }
        for (int use : flat.uses(v)) {
            if (use != alsoInside && !g.contains(use)) {
                return true;
            }
        }
        return false;
    }
}
