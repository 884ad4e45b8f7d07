package org.jaxl.primitives;

import org.jaxl.array.NDArray;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.JaxprEval;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code pjit}: a call of a jitted function recorded inside another trace. Its {@code jaxpr}
 * parameter is the callee's closed jaxpr; evaluating it runs that jaxpr.
 */
public final class PjitPrimitive extends Primitive {
    public static final PjitPrimitive INSTANCE = new PjitPrimitive();

    private PjitPrimitive() {
        super("pjit", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        return params.getJaxpr("jaxpr").outAvals().toArray(new ShapedArray[0]);
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ClosedJaxpr jaxpr = params.getJaxpr("jaxpr");
        Object[] out = JaxprEval.eval(jaxpr, args, node);
        NDArray[] result = new NDArray[out.length];
        for (int i = 0; i < out.length; i++) {
            result[i] = org.jaxl.trace.Concrete.toArray(out[i], node);
        }
        return result;
    }
}
