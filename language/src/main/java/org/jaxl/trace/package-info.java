/**
 * JAX's tracing model: abstract values ({@link org.jaxl.trace.ShapedArray}), traces and tracers,
 * jaxprs and their printer, eval_jaxpr, and JAX's tracer errors. Imports array, primitives
 * (for Bind) and runtime; never nodes or the parser.
 */
package org.jaxl.trace;
