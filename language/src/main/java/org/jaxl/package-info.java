/**
 * Jaxl, JAX's programming model as a Truffle language: the language registration
 * ({@link org.jaxl.JaxlLanguage}), the per-context state ({@link org.jaxl.JaxlContext}) and
 * {@code jax.config}. Everything else lives in the subpackages.
 */
package org.jaxl;
