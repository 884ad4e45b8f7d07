package org.jaxl.builtins;

import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.JaxlRootNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The root of a built-in function's call target. */
final class BuiltinRootNode extends JaxlRootNode {
    @Child private BuiltinNode body;

    BuiltinRootNode(JaxlLanguage language, BuiltinNode body, String name) {
        super(language, null, name, null);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }
}
