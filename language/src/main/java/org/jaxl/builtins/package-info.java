/**
 * The modules a program imports, implemented in Java: Python's builtins and the methods of the
 * built-in types, math/time/functools/sys, and {@code _jaxl}, the internals the Jaxl-written
 * jax/jax.numpy/jax.lax modules (resources under org/jaxl/lib) are built on.
 */
package org.jaxl.builtins;
