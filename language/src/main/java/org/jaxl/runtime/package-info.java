/**
 * The Python-like object model: ints (Long/BigInteger), floats, str, None, tuple, list, dict,
 * set, functions, classes and instances, modules, exceptions, and the generic protocol
 * ({@link org.jaxl.runtime.PyObjects}) behind the specialized nodes. Imports nothing from
 * nodes, parser or the JAX packages except the context.
 */
package org.jaxl.runtime;
