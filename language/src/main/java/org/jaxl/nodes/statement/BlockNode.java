package org.jaxl.nodes.statement;

import org.jaxl.nodes.JaxlStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BlockNode.ElementExecutor;

/** A sequence of statements, run through Truffle's {@link com.oracle.truffle.api.nodes.BlockNode} so long bodies compile in pieces. */
public final class BlockNode extends JaxlStatementNode implements ElementExecutor<JaxlStatementNode> {
    @Child private com.oracle.truffle.api.nodes.BlockNode<JaxlStatementNode> block;

    public BlockNode(JaxlStatementNode[] statements) {
        this.block = statements.length == 0 ? null : com.oracle.truffle.api.nodes.BlockNode.create(statements, this);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (block != null) {
            block.executeVoid(frame, com.oracle.truffle.api.nodes.BlockNode.NO_ARGUMENT);
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame, JaxlStatementNode node, int index, int argument) {
        node.executeVoid(frame);
    }
}
