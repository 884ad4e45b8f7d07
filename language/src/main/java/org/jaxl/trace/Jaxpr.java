package org.jaxl.trace;

import java.util.List;

import org.jaxl.runtime.JaxlObject;


/**
 * JAX's intermediate representation: {@code { lambda constvars ; invars . let eqns in (outvars) }}.
 * Immutable; identity matters (the printer hoists a jaxpr used more than once).
 */
public final class Jaxpr extends JaxlObject {
    private final List<Var> constvars;
    private final List<Var> invars;
    private final List<Atom> outvars;
    private final List<JaxprEqn> eqns;

    public Jaxpr(List<Var> constvars, List<Var> invars, List<Atom> outvars, List<JaxprEqn> eqns) {
        this.constvars = List.copyOf(constvars);
        this.invars = List.copyOf(invars);
        this.outvars = List.copyOf(outvars);
        this.eqns = List.copyOf(eqns);
    }

    public List<Var> constvars() {
        return constvars;
    }

    public List<Var> invars() {
        return invars;
    }

    public List<Atom> outvars() {
        return outvars;
    }

    public List<JaxprEqn> eqns() {
        return eqns;
    }

    public List<ShapedArray> inAvals() {
        return invars.stream().map(Var::aval).toList();
    }

    public List<ShapedArray> outAvals() {
        return outvars.stream().map(Atom::aval).toList();
    }

    @Override
    public String toString() {
        return JaxprPrinter.print(this);
    }
}
