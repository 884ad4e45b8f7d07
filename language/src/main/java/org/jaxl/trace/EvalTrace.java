package org.jaxl.trace;

import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;

import com.oracle.truffle.api.nodes.Node;

/** Evaluates primitives eagerly on concrete arrays; Python scalars become weakly typed arrays. */
public final class EvalTrace extends Trace {
    EvalTrace() {
        super(null);
    }

    @Override
    public Object[] processPrimitive(Primitive primitive, Object[] args, Params params, Node node) {
        NDArray[] arrays = new NDArray[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Tracer t) {
                throw TracerErrors.escapedTracer(t, node);
            }
            arrays[i] = Concrete.toArray(a, node);
        }
        return primitive.impl(arrays, params, node);
    }

    @Override
    public String toString() {
        return "EvalTrace(level=0/0)";
    }
}
