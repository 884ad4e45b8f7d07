/**
 * JAX's {@code lax.linalg} primitives ({@code lu}, {@code triangular_solve}, {@code cholesky},
 * {@code eigh}, {@code svd}, {@code qr}) on real floating matrices with batch dimensions: their
 * abstract evaluation and double-precision eager kernels. Imports array, trace, runtime and the
 * primitive base classes.
 */
package org.jaxl.primitives.linalg;
