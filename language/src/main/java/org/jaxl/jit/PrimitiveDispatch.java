package org.jaxl.jit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.jaxl.JaxlContext;
import org.jaxl.array.NDArray;
import org.jaxl.compiler.Lowering;
import org.jaxl.primitives.ControlFlowCond;
import org.jaxl.primitives.ControlFlowDispatch;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.Atom;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;

/**
 * JAX's {@code dispatch.apply_primitive} for the control-flow primitives: an application outside
 * jit is lowered as a unit of one equation, compiled like a jit entry (loops with on-stack
 * replacement, bodies fused), cached by parameters and operand types, and run. The cache is keyed
 * by the primitive's main jaxpr (the loop body, the first branch), whose identity the
 * initial-style trace cache keeps for as long as the traced function lives.
 */
public final class PrimitiveDispatch {
    private static final Map<ClosedJaxpr, Map<List<Object>, RootCallTarget>> UNITS = Collections.synchronizedMap(new WeakHashMap<>());

    private PrimitiveDispatch() {
    }

    /** Makes the control-flow primitives run compiled outside jit. */
    public static void install() {
        ControlFlowDispatch.install(PrimitiveDispatch::apply);
    }

    @TruffleBoundary
    private static NDArray[] apply(Primitive primitive, NDArray[] args, Params params, Node node) {
        JaxlContext context = JaxlContext.get(node);
        List<ShapedArray> avals = new ArrayList<>(args.length);
        for (NDArray a : args) {
            avals.add(ShapedArray.of(a));
        }
        List<Object> key = List.of(primitive, paramKey(params), avals, context.getConfig().enableX64());
        ClosedJaxpr main = mainJaxpr(primitive, params);
        Map<List<Object>, RootCallTarget> units = main == null ? context.primitiveUnits() : UNITS.computeIfAbsent(main, k -> Collections.synchronizedMap(new HashMap<>()));
        RootCallTarget unit = units.get(key);
        if (unit == null) {
            unit = Lowering.lower(context.getLanguage(), primitive.name(), oneEquation(primitive, params, avals, node), node);
            units.put(key, unit);
        }
        RootCallTarget target = unit;
        Object[] out = context.traceState().runCompiled(() -> (Object[]) target.call((Object[]) args));
        NDArray[] result = new NDArray[out.length];
        for (int i = 0; i < out.length; i++) {
            result[i] = Concrete.toArray(out[i], node);
        }
        return result;
    }

    private static ClosedJaxpr mainJaxpr(Primitive primitive, Params params) {
        if (primitive == ControlFlowCond.INSTANCE) {
            return ControlFlowCond.branches(params)[0];
        }
        if (params.has("body_jaxpr")) {
            return params.getJaxpr("body_jaxpr");
        }
        return params.has("jaxpr") && params.get("jaxpr") instanceof ClosedJaxpr j ? j : null;
    }

    /** The parameters as a key: values compare by value, jaxprs by identity, tuples element by element. */
    private static List<Object> paramKey(Params params) {
        List<Object> key = new ArrayList<>();
        for (String name : params.sortedKeys()) {
            key.add(name);
            key.add(keyOf(params.get(name)));
        }
        return key;
    }

    private static Object keyOf(Object value) {
        if (value instanceof PTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (Object item : t.items()) {
                items.add(keyOf(item));
            }
            return items;
        }
        return value;
    }

    /** The closed jaxpr {@code { lambda ; a b … . let outs = primitive[params] a b … in outs }}. */
    private static ClosedJaxpr oneEquation(Primitive primitive, Params params, List<ShapedArray> avals, Node node) {
        List<Var> invars = new ArrayList<>(avals.size());
        for (ShapedArray a : avals) {
            invars.add(new Var(a));
        }
        List<Var> outvars = new ArrayList<>();
        for (ShapedArray a : primitive.abstractEval(avals.toArray(new ShapedArray[0]), params, node)) {
            outvars.add(new Var(a));
        }
        JaxprEqn eqn = new JaxprEqn(List.<Atom>copyOf(invars), outvars, primitive, params);
        return new ClosedJaxpr(new Jaxpr(List.of(), invars, List.<Atom>copyOf(outvars), List.of(eqn)), List.of());
    }
}
