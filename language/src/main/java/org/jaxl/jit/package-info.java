/**
 * {@code jax.jit}: argument splitting and pytrees, the cache keyed on function identity and
 * abstract signature, tracing functions to jaxprs, compile logging, and the inline-cached
 * dispatch node. Imports trace, primitives, compiler and runtime.
 */
package org.jaxl.jit;
