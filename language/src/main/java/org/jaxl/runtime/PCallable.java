package org.jaxl.runtime;

import com.oracle.truffle.api.nodes.Node;

/**
 * A Java object that Jaxl code can call and that is neither a function nor a class:
 * {@code functools.partial} objects, jitted functions, primitives. Implementations bind the
 * arguments themselves.
 */
public interface PCallable {
    Object call(Object[] args, String[] kwNames, Object[] kwValues, Node node);
}
