package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.expression.TruthNode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/** {@code while cond: body [else: orElse]}, as a Truffle {@link LoopNode} so long loops get on-stack replacement. */
public final class WhileNode extends JaxlStatementNode {
    @Child private LoopNode loop;
    @Child private JaxlStatementNode orElse;

    public WhileNode(TruthNode condition, JaxlStatementNode body, JaxlStatementNode orElse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (status != WhileRepeatingNode.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    private static final class WhileRepeatingNode extends Node implements RepeatingNode {
        static final Object BROKEN = new Object();

        @Child private TruthNode condition;
        @Child private JaxlStatementNode body;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();

        WhileRepeatingNode(TruthNode condition, JaxlStatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!condition.executeCondition(frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            } catch (BreakException e) {
                breakTaken.enter();
                return BROKEN;
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
