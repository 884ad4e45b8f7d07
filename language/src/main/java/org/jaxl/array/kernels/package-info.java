/**
 * The eager kernels behind the lax primitives: tight loops over the primitive Java arrays that
 * hold {@link org.jaxl.array.NDArray} data, one loop per operation and compute type, with XLA's
 * CPU semantics for every dtype. Imports only {@code org.jaxl.array}; knows nothing of tracing
 * or of Jaxl's object model.
 */
package org.jaxl.array.kernels;
