package org.jaxl.trace;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A value seen by a trace instead of a concrete array: it has an abstract value and belongs to
 * one trace. Jaxl code operates on tracers with the same methods and operators as on arrays.
 */
public abstract class Tracer implements TruffleObject {
    public abstract Trace trace();

    public abstract ShapedArray aval();

    /** {@code Traced<ShapedArray(float32[], weak_type=True)>with<DynamicJaxprTrace(level=1/0)>}. */
    @Override
    public String toString() {
        return "Traced<" + aval() + ">with<" + trace() + ">";
    }
}
