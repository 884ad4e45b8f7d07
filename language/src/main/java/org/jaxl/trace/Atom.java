package org.jaxl.trace;

/** An operand of a jaxpr equation: a {@link Var} or a {@link Literal}. */
public sealed interface Atom permits Var, Literal {
    ShapedArray aval();
}
