package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.expression.TruthNode;
import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code assert test[, message]}. */
public final class AssertNode extends JaxlStatementNode {
    @Child private TruthNode test;
    @Child private JaxlExpressionNode message;

    public AssertNode(TruthNode test, JaxlExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeCondition(frame)) {
            throw fail(message == null ? null : message.executeGeneric(frame));
        }
    }

    @TruffleBoundary
    private PException fail(Object msg) {
        PBaseException e = new PBaseException(PythonClasses.get(this).exception("AssertionError"));
        e.setArgs(msg == null ? PTuple.EMPTY : PTuple.of(msg));
        return new PException(e, this);
    }
}
