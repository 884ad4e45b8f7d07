package org.jaxl.builtins;

import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.JaxlRootNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Runs a {@link JavaFunction} with the bound parameters (frame arguments after the callee). */
final class JavaFunctionRootNode extends JaxlRootNode {
    private final JavaFunction function;

    JavaFunctionRootNode(JaxlLanguage language, String name, JavaFunction function) {
        super(language, null, name, null);
        this.function = function;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object[] params = new Object[args.length - 1];
        System.arraycopy(args, 1, params, 0, params.length);
        return call(params);
    }

    @TruffleBoundary
    private Object call(Object[] params) {
        return function.apply(params, this);
    }
}
