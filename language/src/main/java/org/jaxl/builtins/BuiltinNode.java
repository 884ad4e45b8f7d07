package org.jaxl.builtins;

import org.jaxl.nodes.JaxlExpressionNode;

import com.oracle.truffle.api.dsl.NodeChild;

/**
 * Base of built-in functions written in Java. The children read the bound parameters, one per
 * parameter of the {@link Builtin#signature()}, so specializations take the parameters as typed
 * arguments (SimpleLanguage's builtin pattern).
 */
@NodeChild(value = "arguments", type = JaxlExpressionNode[].class)
public abstract class BuiltinNode extends JaxlExpressionNode {
}
