/**
 * Creating functions, lambdas and classes at run time (defaults, closures, decorators) and
 * zero-argument {@code super()}.
 */
package org.jaxl.nodes.function;
