package org.jaxl.primitives;

import org.jaxl.JaxlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code Primitive.bind}: the single door through which every jax.numpy and jax.lax operation
 * reaches a primitive. The context's current trace decides what happens: evaluation on concrete
 * arrays, or recording an equation.
 */
public final class Bind {
    private Bind() {
    }

    /** Applies {@code p} to {@code args}; one value per result. */
    @TruffleBoundary
    public static Object[] bind(Primitive p, Object[] args, Params params, Node node) {
        return JaxlContext.get(node).traceState().current().processPrimitive(p, args, params, node);
    }

    /** Applies a single-result primitive. */
    public static Object bind1(Primitive p, Object[] args, Params params, Node node) {
        return bind(p, args, params, node)[0];
    }
}
