/**
 * JAX's primitives: each owns its name and parameters, abstract evaluation (with JAX's error
 * texts), eager kernel and tracing rules; {@link org.jaxl.primitives.Bind} is the single door.
 * Imports array, trace and runtime.
 */
package org.jaxl.primitives;
