package org.jaxl.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.PjitPrimitive;
import org.jaxl.primitives.Primitive;
import org.jaxl.primitives.PrimitiveRegistry;
import org.jaxl.trace.Atom;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.Literal;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.nodes.Node;

/**
 * A closed jaxpr with its nested {@code pjit}s inlined: one list of steps whose operands are
 * variables or constant arrays (literals and constvars resolved), with each variable's defining
 * step and uses. This is what fusion plans over.
 */
final class FlatJaxpr {
    /** One equation: operands are {@link Var}s or constant {@link NDArray}s. */
    record Step(int index, Primitive primitive, Params params, Object[] operands, Var[] results) {
        String name() {
            return primitive.name();
        }

        ShapedArray operandAval(int i) {
            return operands[i] instanceof Var v ? v.aval() : ShapedArray.of((NDArray) operands[i]);
        }

        ShapedArray resultAval(int i) {
            return results[i].aval();
        }
    }

    final List<Var> inputs;
    /** The results: variables or constant arrays. */
    final List<Object> outputs;
    final List<Step> steps = new ArrayList<>();
    /** The step defining each variable (absent for inputs). */
    private final Map<Var, Integer> definedAt = new IdentityHashMap<>();
    /** The steps reading each variable, in order (a step reading it twice is listed twice). */
    private final Map<Var, List<Integer>> uses = new IdentityHashMap<>();
    private final Map<Var, Boolean> isOutput = new IdentityHashMap<>();

    private FlatJaxpr(List<Var> inputs, List<Object> outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
    }

    static FlatJaxpr of(ClosedJaxpr closed, Node errorLocation) {
        Jaxpr jaxpr = closed.jaxpr();
        Map<Var, Object> bindings = new HashMap<>();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            bindings.put(jaxpr.constvars().get(i), Concrete.toArray(closed.consts().get(i), errorLocation));
        }
        List<Step> steps = new ArrayList<>();
        inline(jaxpr.eqns(), bindings, steps, errorLocation);
        List<Object> outputs = new ArrayList<>();
        for (Atom a : jaxpr.outvars()) {
            outputs.add(resolve(a, bindings, errorLocation));
        }
        FlatJaxpr flat = new FlatJaxpr(jaxpr.invars(), outputs);
        flat.steps.addAll(steps);
        flat.index();
        return flat;
    }

    private static void inline(List<JaxprEqn> eqns, Map<Var, Object> bindings, List<Step> steps, Node errorLocation) {
        for (JaxprEqn e : eqns) {
            Object[] operands = new Object[e.invars().size()];
            for (int i = 0; i < operands.length; i++) {
                operands[i] = resolve(e.invars().get(i), bindings, errorLocation);
            }
            if (e.primitive() == PjitPrimitive.INSTANCE) {
                ClosedJaxpr callee = e.params().getJaxpr("jaxpr");
                Jaxpr j = callee.jaxpr();
                Map<Var, Object> inner = new HashMap<>(bindings);
                for (int i = 0; i < j.constvars().size(); i++) {
                    inner.put(j.constvars().get(i), Concrete.toArray(callee.consts().get(i), errorLocation));
                }
                for (int i = 0; i < j.invars().size(); i++) {
                    inner.put(j.invars().get(i), operands[i]);
                }
                inline(j.eqns(), inner, steps, errorLocation);
                for (int i = 0; i < j.outvars().size(); i++) {
                    bindings.put(e.outvars().get(i), resolve(j.outvars().get(i), inner, errorLocation));
                }
                continue;
            }
            // Fresh variables: a callee inlined twice (the shared _where of two jnp calls) must
            // not define the same variable twice.
            Var[] outvars = new Var[e.outvars().size()];
            for (int i = 0; i < outvars.length; i++) {
                Var v = e.outvars().get(i);
                outvars[i] = v.isDrop() ? Var.drop(v.aval()) : new Var(v.aval());
                bindings.put(v, outvars[i]);
            }
            Primitive primitive = e.primitive();
            if (primitive.name().equals("div") && operands[1] instanceof NDArray c && isFloatScalar(c)) {
                primitive = PrimitiveRegistry.get("mul");
                operands[1] = reciprocal(c);
            }
            steps.add(new Step(steps.size(), primitive, e.params(), operands, outvars));
        }
    }

    private static boolean isFloatScalar(NDArray c) {
        return c.ndim() == 0 && c.dtype().isFloating() && !c.dtype().isComplex();
    }

    /**
     * XLA's algebraic simplifier turns {@code A / Const} into {@code A * (1 / Const)}, the
     * reciprocal computed in the constant's type (in float for the half types); jitted code
     * divides by a literal the same way, so that its results are XLA's bit for bit.
     */
    private static NDArray reciprocal(NDArray c) {
        double v = c.getDouble(0);
        double r = c.dtype() == DType.FLOAT64 ? 1.0 / v : (double) (1.0f / (float) v);
        return NDArray.scalar(c.dtype(), r, c.weakType());
    }

    private static Object resolve(Atom a, Map<Var, Object> bindings, Node errorLocation) {
        if (a instanceof Literal lit) {
            return literalValue(lit, errorLocation);
        }
        Object bound = bindings.get((Var) a);
        return bound != null ? bound : a;
    }

    /** A literal as a 0-d array of the dtype its equation typed it with. */
    private static NDArray literalValue(Literal lit, Node errorLocation) {
        NDArray value = Concrete.toArray(lit.value(), errorLocation);
        ShapedArray aval = lit.aval();
        if (value.dtype() == aval.dtype() || value.size() != 1 || aval.dtype().isComplex()) {
            return value;
        }
        if (aval.dtype().isFloating()) {
            return NDArray.scalar(aval.dtype(), value.getDouble(0), aval.weakType());
        }
        return NDArray.scalar(aval.dtype(), value.getLong(0), aval.weakType());
    }

    private void index() {
        for (Step s : steps) {
            for (Object o : s.operands) {
                if (o instanceof Var v) {
                    uses.computeIfAbsent(v, k -> new ArrayList<>()).add(s.index);
                }
            }
            for (Var v : s.results) {
                definedAt.put(v, s.index);
            }
        }
        for (Object o : outputs) {
            if (o instanceof Var v) {
                isOutput.put(v, true);
            }
        }
    }

    /** The index of the step defining {@code v}, or -1 for an input. */
    int definedAt(Var v) {
        return definedAt.getOrDefault(v, -1);
    }

    List<Integer> uses(Var v) {
        return uses.getOrDefault(v, List.of());
    }

    boolean isOutput(Var v) {
        return isOutput.containsKey(v);
    }
}
