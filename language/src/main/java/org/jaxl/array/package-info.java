/**
 * Arrays: dtypes, the immutable {@link org.jaxl.array.NDArray}, JAX's type promotion
 * ({@link org.jaxl.array.DTypes}), finfo/iinfo, and NumPy-exact printing. Plain Java with no
 * Truffle or runtime dependencies except where noted.
 */
package org.jaxl.array;
