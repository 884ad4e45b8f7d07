package org.jaxl.primitives;

import org.jaxl.array.NDArray;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code while[body_jaxpr=… body_nconsts=… cond_jaxpr=… cond_nconsts=…] *cond_consts *body_consts *init}:
 * JAX's {@code while_p} ({@code lax/control_flow/loops.py}). The carry goes through
 * {@code body_jaxpr} while {@code cond_jaxpr} says true; each jaxpr takes its constants first.
 */
public final class ControlFlowWhile extends Primitive {
    public static final ControlFlowWhile INSTANCE = new ControlFlowWhile();

    private ControlFlowWhile() {
        super("while", true);
    }

    /** JAX's {@code _while_loop_abstract_eval}: the body's output types. */
    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        return params.getJaxpr("body_jaxpr").outAvals().toArray(new ShapedArray[0]);
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        NDArray[] compiled = ControlFlowDispatch.apply(this, args, params, node);
        if (compiled != null) {
            return compiled;
        }
        ClosedJaxpr cond = params.getJaxpr("cond_jaxpr");
        ClosedJaxpr body = params.getJaxpr("body_jaxpr");
        int condConstCount = params.getInt("cond_nconsts");
        int bodyConstCount = params.getInt("body_nconsts");
        Object[] condConsts = ControlFlowBodies.slice(args, 0, condConstCount);
        Object[] bodyConsts = ControlFlowBodies.slice(args, condConstCount, condConstCount + bodyConstCount);
        Object[] carry = ControlFlowBodies.slice(args, condConstCount + bodyConstCount, args.length);
        while (ControlFlowBodies.typed(ControlFlowBodies.run(cond, ControlFlowBodies.concat(condConsts, carry), node), cond.outAvals(), node)[0].getBoolean(0)) {
            carry = ControlFlowBodies.run(body, ControlFlowBodies.concat(bodyConsts, carry), node);
        }
        return ControlFlowBodies.typed(carry, body.outAvals(), node);
    }
}
