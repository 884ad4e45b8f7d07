package org.jaxl.primitives;

import org.jaxl.array.NDArray;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code debug_callback}: calls a Jaxl function with the concrete operands when the program runs
 * (eagerly, or when a jitted function executes), never at trace time. It has no results and is
 * kept in jaxprs for its effect ({@code jax.debug.print}, {@code jax.debug.callback}).
 */
public final class DebugCallbackPrimitive extends Primitive {
    public static final DebugCallbackPrimitive INSTANCE = new DebugCallbackPrimitive();

    private DebugCallbackPrimitive() {
        super("debug_callback", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        return new ShapedArray[0];
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        PyObjects.call(params.get("callback"), (Object[]) args);
        return new NDArray[0];
    }
}
