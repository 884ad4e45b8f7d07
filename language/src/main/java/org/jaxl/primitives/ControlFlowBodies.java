package org.jaxl.primitives;

import java.util.List;

import org.jaxl.JaxlContext;
import org.jaxl.array.NDArray;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.JaxprEval;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * What the eager kernels of {@code cond}, {@code while} and {@code scan} share: running a branch or
 * loop body on concrete operands, and typing results as the primitive's abstract evaluation says.
 */
final class ControlFlowBodies {
    private ControlFlowBodies() {
    }

    /**
     * Runs {@code body} on concrete operands. The equations run as part of the enclosing primitive,
     * as one XLA computation runs in JAX: they are not dispatched (nor logged) one by one.
     */
    @TruffleBoundary
    static Object[] run(ClosedJaxpr body, Object[] args, Node node) {
        return JaxlContext.get(node).traceState().runCompiled(() -> JaxprEval.eval(body, args, node));
    }

    /**
     * The results typed by {@code avals}: a compiled computation's results have the weak types of
     * its abstract evaluation, whichever branch or iteration produced them; literal results (Python
     * scalars) become arrays.
     */
    @TruffleBoundary
    static NDArray[] typed(Object[] values, List<ShapedArray> avals, Node node) {
        NDArray[] out = new NDArray[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = typed(values[i], avals.get(i), node);
        }
        return out;
    }

    private static NDArray typed(Object value, ShapedArray aval, Node node) {
        return Concrete.toArray(value, node).asJaxArray().withWeakType(aval.weakType());
    }

    /** {@code args[from:to]}. */
    static Object[] slice(Object[] args, int from, int to) {
        return java.util.Arrays.copyOfRange(args, from, to, Object[].class);
    }

    /** The concatenation of operand lists. */
    static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] out = new Object[n];
        int k = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
