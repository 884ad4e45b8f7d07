package org.jaxl.trace;

/**
 * A scalar constant written into a jaxpr equation ({@code mul b 2.0}). {@code value} is a Python
 * scalar (Long, Double, Boolean) or a 0-d array that is not a JAX array (NumPy-like constants);
 * it prints as Python's {@code str} of the value.
 */
public record Literal(Object value, ShapedArray aval) implements Atom {
}
