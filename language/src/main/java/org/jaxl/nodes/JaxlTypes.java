package org.jaxl.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The unboxed types Jaxl nodes specialize on: Python ints that fit in 64 bits, floats and bools.
 * No implicit casts: a Python bool stays a bool (True + 1 is handled by the generic path).
 */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class JaxlTypes {
}
