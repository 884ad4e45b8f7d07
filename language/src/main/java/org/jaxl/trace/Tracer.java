package org.jaxl.trace;

import org.jaxl.runtime.JaxlObject;


/**
 * A value seen by a trace instead of a concrete array: it has an abstract value and belongs to
 * one trace. Jaxl code operates on tracers with the same methods and operators as on arrays.
 */
public abstract class Tracer extends JaxlObject {
    public abstract Trace trace();

    public abstract ShapedArray aval();

    /** {@code Traced<ShapedArray(float32[], weak_type=True)>with<DynamicJaxprTrace(level=1/0)>}. */
    @Override
    public String toString() {
        return "Traced<" + aval() + ">with<" + trace() + ">";
    }
}
