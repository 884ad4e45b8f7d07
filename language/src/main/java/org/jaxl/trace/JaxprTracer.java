package org.jaxl.trace;

/** A tracer of a {@link DynamicJaxprTrace}: it stands for one jaxpr variable. */
public final class JaxprTracer extends Tracer {
    private final DynamicJaxprTrace trace;
    private final ShapedArray aval;
    private final Var var;

    JaxprTracer(DynamicJaxprTrace trace, ShapedArray aval, Var var) {
        this.trace = trace;
        this.aval = aval;
        this.var = var;
    }

    @Override
    public DynamicJaxprTrace trace() {
        return trace;
    }

    @Override
    public ShapedArray aval() {
        return aval;
    }

    public Var var() {
        return var;
    }
}
