package org.jaxl.trace;

import java.util.List;

import org.jaxl.runtime.JaxlObject;


/** A jaxpr with the values of its constvars: what {@code jax.make_jaxpr} returns and what jit caches. */
public final class ClosedJaxpr extends JaxlObject {
    private final Jaxpr jaxpr;
    private final List<Object> consts;

    public ClosedJaxpr(Jaxpr jaxpr, List<Object> consts) {
        this.jaxpr = jaxpr;
        this.consts = List.copyOf(consts);
    }

    public Jaxpr jaxpr() {
        return jaxpr;
    }

    public List<Object> consts() {
        return consts;
    }

    public List<ShapedArray> inAvals() {
        return jaxpr.inAvals();
    }

    public List<ShapedArray> outAvals() {
        return jaxpr.outAvals();
    }

    @Override
    public String toString() {
        return JaxprPrinter.print(jaxpr);
    }
}
