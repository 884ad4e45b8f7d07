package org.jaxl.nodes;

import org.jaxl.JaxlContext;
import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.controlflow.ReturnException;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.RecursionLimit;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of a function defined in Jaxl code (also lambdas and class bodies): moves the bound
 * arguments into frame slots, runs the body and returns its {@code return} value or None. Each
 * call counts against the recursion limit, so runaway recursion is CPython's RecursionError at
 * the same depth rather than a Java stack overflow.
 */
public final class FunctionRootNode extends JaxlRootNode {
    @Child private JaxlStatementNode prologue;
    @Child private JaxlStatementNode body;
    /** For lambdas: the body is one expression whose value is returned. */
    @Child private JaxlExpressionNode resultExpression;
    private final boolean returnsNamespace;

    public FunctionRootNode(JaxlLanguage language, FrameDescriptor descriptor, String name, SourceSection section, JaxlStatementNode prologue, JaxlStatementNode body,
                    JaxlExpressionNode resultExpression, boolean returnsNamespace) {
        super(language, descriptor, name, section);
        this.prologue = prologue;
        this.body = body;
        this.resultExpression = resultExpression;
        this.returnsNamespace = returnsNamespace;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        RecursionLimit recursion = JaxlContext.get(this).recursionLimit();
        if (!recursion.enter()) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        }
        try {
            prologue.executeVoid(frame);
            if (resultExpression != null) {
                return resultExpression.executeGeneric(frame);
            }
            try {
                body.executeVoid(frame);
            } catch (ReturnException e) {
                return e.getResult();
            }
            return returnsNamespace ? frame.getArguments()[1] : PNone.NONE;
        } catch (StackOverflowError e) {
            // A recursion limit set higher than the Java stack allows.
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } finally {
            recursion.exit();
        }
    }

    private PException recursionError() {
        return PyErrors.create(this, "RecursionError", "maximum recursion depth exceeded");
    }
}
