/**
 * How Jaxl values look to other languages through Truffle interop: module scopes (the
 * bindings), member lists, and the language view of values that carry no language (boxed
 * primitives, foreign values); and how other languages' arrays and buffers come into
 * {@code jnp.array} ({@link org.jaxl.interop.ForeignArrays}: what is shared, what is copied).
 * The value classes export their own messages ({@link org.jaxl.runtime.JaxlObject} and its
 * subclasses); the shared parts live in {@link org.jaxl.runtime.Interop}. May import runtime
 * and array; never the parser or nodes.
 */
package org.jaxl.interop;
