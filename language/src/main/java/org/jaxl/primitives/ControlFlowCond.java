package org.jaxl.primitives;

import org.jaxl.array.NDArray;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code cond[branches=(…) linear=(…)] index *operands}: runs the branch that an int32 index picks
 * (JAX's {@code cond_p}, {@code lax/control_flow/conditionals.py}). {@code lax.cond} binds it with
 * the predicate converted to an index and the branches false first; {@code lax.switch} with the
 * clamped index. The branches are closed jaxprs that take the shared constants, then the operands.
 */
public final class ControlFlowCond extends Primitive {
    public static final ControlFlowCond INSTANCE = new ControlFlowCond();

    private ControlFlowCond() {
        super("cond", true);
    }

    /** The {@code branches} parameter. */
    public static ClosedJaxpr[] branches(Params params) {
        Object[] items = ((PTuple) params.get("branches")).items();
        ClosedJaxpr[] out = new ClosedJaxpr[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (ClosedJaxpr) items[i];
        }
        return out;
    }

    /**
     * The branch an index selects: XLA's {@code Conditional} runs the last branch for an index out of
     * range (the Python API clamps before binding, so this only matters for direct binds).
     */
    public static int branchIndex(long index, int branchCount) {
        return index < 0 || index >= branchCount ? branchCount - 1 : (int) index;
    }

    /** JAX's {@code _cond_abstract_eval}: the first branch's output types. */
    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        return branches(params)[0].outAvals().toArray(new ShapedArray[0]);
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        NDArray[] compiled = ControlFlowDispatch.apply(this, args, params, node);
        if (compiled != null) {
            return compiled;
        }
        ClosedJaxpr[] branches = branches(params);
        ClosedJaxpr branch = branches[branchIndex(args[0].getLong(0), branches.length)];
        Object[] out = ControlFlowBodies.run(branch, ControlFlowBodies.slice(args, 1, args.length), node);
        return ControlFlowBodies.typed(out, branches[0].outAvals(), node);
    }
}
