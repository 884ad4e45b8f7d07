/**
 * Arrays: dtypes, the immutable {@link org.jaxl.array.NDArray}, JAX's type promotion
 * ({@link org.jaxl.array.DTypes}), finfo/iinfo, and NumPy-exact printing. Plain Java with no
 * Truffle or runtime dependencies except where noted: {@link org.jaxl.array.NDArray} and
 * {@link org.jaxl.array.DType} export Truffle interop, sharing {@code org.jaxl.runtime}'s
 * interop base class and helpers.
 */
package org.jaxl.array;
