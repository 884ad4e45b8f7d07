package org.jaxl.nodes;

import org.jaxl.JaxlContext;
import org.jaxl.JaxlLanguage;
import org.jaxl.runtime.Interop;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of a module's code. Returns the value of the last statement when it is an expression
 * statement (what an embedder's {@code eval} gets), and for interactive sources prints its repr,
 * as the Python REPL and IPython do.
 */
public final class ModuleRootNode extends JaxlRootNode {
    @Child private JaxlStatementNode body;
    @Child private JaxlExpressionNode lastExpression;
    private final boolean echo;

    public ModuleRootNode(JaxlLanguage language, FrameDescriptor descriptor, SourceSection section, JaxlStatementNode body, JaxlExpressionNode lastExpression, boolean echo) {
        super(language, descriptor, "<module>", section);
        this.body = body;
        this.lastExpression = lastExpression;
        this.echo = echo;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
            Object result = PNone.NONE;
            if (lastExpression != null) {
                result = lastExpression.executeGeneric(frame);
                if (echo && result != PNone.NONE) {
                    echo(result);
                }
            }
            JaxlContext.get(this).flush();
            return Interop.toForeign(result);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.create(this, "RecursionError", "maximum recursion depth exceeded");
        }
    }

    @TruffleBoundary
    private void echo(Object result) {
        JaxlContext.get(this).write(PyObjects.repr(result) + "\n");
    }
}
