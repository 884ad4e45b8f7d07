package org.jaxl.trace;

import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;

import com.oracle.truffle.api.nodes.Node;

/**
 * A way of interpreting primitive applications: evaluate them ({@link EvalTrace}) or record them
 * into a jaxpr ({@link DynamicJaxprTrace}); JVP and batching traces fit the same shape. Traces
 * nest: each knows its parent and its level, which JAX 0.4.30 prints as {@code level=1/0}.
 */
public abstract class Trace {
    private final Trace parent;
    private final int level;

    protected Trace(Trace parent) {
        this.parent = parent;
        this.level = parent == null ? 0 : parent.level + 1;
    }

    public final Trace parent() {
        return parent;
    }

    public final int level() {
        return level;
    }

    /** True when {@code other} is this trace or one of its ancestors. */
    public final boolean isWithin(Trace other) {
        for (Trace t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Applies {@code primitive}; returns one value per result. */
    public abstract Object[] processPrimitive(Primitive primitive, Object[] args, Params params, Node node);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(level=" + level + "/0)";
    }
}
