package org.jaxl.trace;

import java.util.List;

import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;

/** One equation {@code outvars = primitive[params] invars}. */
public record JaxprEqn(List<Atom> invars, List<Var> outvars, Primitive primitive, Params params) {
    public JaxprEqn withInvars(List<Atom> newInvars) {
        return new JaxprEqn(newInvars, outvars, primitive, params);
    }

    public JaxprEqn withOutvars(List<Var> newOutvars) {
        return new JaxprEqn(invars, newOutvars, primitive, params);
    }

    public JaxprEqn withParams(Params newParams) {
        return new JaxprEqn(invars, outvars, primitive, newParams);
    }
}
