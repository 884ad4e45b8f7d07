package org.jaxl.nodes.statement;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression evaluated for its effect; it carries the statement tag, the expression its own. */
public final class ExpressionStatementNode extends JaxlStatementNode {
    @Child private JaxlExpressionNode expression;

    public ExpressionStatementNode(JaxlExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeVoid(frame);
    }
}
