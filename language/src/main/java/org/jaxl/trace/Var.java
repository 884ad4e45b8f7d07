package org.jaxl.trace;

/**
 * A jaxpr variable. Identity is the variable: names ({@code a}, {@code b}, … {@code ba}) are
 * assigned only when a jaxpr is printed. A drop var ({@code _}) is an output nobody reads.
 */
public final class Var implements Atom {
    private final ShapedArray aval;
    private final String suffix;
    private final boolean drop;

    public Var(ShapedArray aval) {
        this(aval, "", false);
    }

    private Var(ShapedArray aval, String suffix, boolean drop) {
        this.aval = aval;
        this.suffix = suffix;
        this.drop = drop;
    }

    public static Var drop(ShapedArray aval) {
        return new Var(aval, "", true);
    }

    /** A variable printed with a suffix after its name (JAX's {@code Var.suffix}, e.g. cond branch binders). */
    public static Var withSuffix(ShapedArray aval, String suffix) {
        return new Var(aval, suffix, false);
    }

    @Override
    public ShapedArray aval() {
        return aval;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isDrop() {
        return drop;
    }

    @Override
    public String toString() {
        return drop ? "_" : "Var(" + aval.strShort(true) + ")@" + Integer.toHexString(System.identityHashCode(this));
    }
}
