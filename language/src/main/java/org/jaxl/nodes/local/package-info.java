/**
 * Variables: frame slots with unboxed long/double/bool speculation, closure cells, module
 * globals with builtins fallback, class-body namespaces, and assignment targets.
 */
package org.jaxl.nodes.local;
