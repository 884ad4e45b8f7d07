/**
 * Lowering of jaxprs to Truffle: each jit cache entry becomes a {@link org.jaxl.compiler.JaxprRootNode}
 * whose call target Graal compiles, with shapes and dtypes as constants. May use primitives,
 * arrays and trace data structures; knows nothing of the parser.
 */
package org.jaxl.compiler;
