package org.jaxl.trace;

/** Prints jaxprs exactly as JAX 0.4.30 does ({@code core.pp_toplevel_jaxpr}). */
public final class JaxprPrinter {
    private JaxprPrinter() {
    }

    /** The text {@code str(jaxpr)} gives. */
    public static String print(Jaxpr jaxpr) {
        StringBuilder sb = new StringBuilder("{ lambda ; ");
        for (Var v : jaxpr.invars()) {
            sb.append(v).append(' ');
        }
        sb.append(". let ");
        for (JaxprEqn e : jaxpr.eqns()) {
            sb.append(printEqn(e)).append("; ");
        }
        return sb.append("in ").append(jaxpr.outvars()).append(" }").toString();
    }

    /** One equation on its own, as JAX prints it in error messages. */
    public static String printEqn(JaxprEqn eqn) {
        return eqn.outvars() + " = " + eqn.primitive().name() + eqn.params() + " " + eqn.invars();
    }
}
