package org.jaxl.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.primitives.Bind;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * JAX's {@code eval_jaxpr}: runs a jaxpr's equations through {@link Bind}, so under the eval
 * trace it computes, and under another trace it re-records (inlining).
 */
public final class JaxprEval {
    private JaxprEval() {
    }

    @TruffleBoundary
    public static Object[] eval(Jaxpr jaxpr, List<Object> consts, Object[] args, Node node) {
        Map<Var, Object> env = new HashMap<>();
        for (int i = 0; i < consts.size(); i++) {
            env.put(jaxpr.constvars().get(i), consts.get(i));
        }
        for (int i = 0; i < args.length; i++) {
            env.put(jaxpr.invars().get(i), args[i]);
        }
        for (JaxprEqn eqn : jaxpr.eqns()) {
            Object[] in = new Object[eqn.invars().size()];
            for (int i = 0; i < in.length; i++) {
                in[i] = read(env, eqn.invars().get(i));
            }
            Object[] out = Bind.bind(eqn.primitive(), in, eqn.params(), node);
            for (int i = 0; i < out.length; i++) {
                env.put(eqn.outvars().get(i), out[i]);
            }
        }
        Object[] results = new Object[jaxpr.outvars().size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = read(env, jaxpr.outvars().get(i));
        }
        return results;
    }

    public static Object[] eval(ClosedJaxpr closed, Object[] args, Node node) {
        return eval(closed.jaxpr(), closed.consts(), args, node);
    }

    private static Object read(Map<Var, Object> env, Atom a) {
        if (a instanceof Literal l) {
            return l.value();
        }
        return env.get((Var) a);
    }
}
