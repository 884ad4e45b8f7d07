package org.jaxl.builtins;

import com.oracle.truffle.api.nodes.Node;

/**
 * The body of a built-in that is a plain Java method over its bound arguments (math functions,
 * small library helpers): no specialization, always behind a boundary. Hot built-ins are
 * {@link BuiltinNode}s instead.
 */
@FunctionalInterface
public interface JavaFunction {
    Object apply(Object[] args, Node node);
}
