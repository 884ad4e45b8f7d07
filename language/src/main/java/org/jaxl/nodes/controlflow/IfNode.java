package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.expression.TruthNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code if}/{@code elif}/{@code else}; an {@code elif} is an IfNode in the else branch. */
public final class IfNode extends JaxlStatementNode {
    @Child private TruthNode condition;
    @Child private JaxlStatementNode thenPart;
    @Child private JaxlStatementNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(TruthNode condition, JaxlStatementNode thenPart, JaxlStatementNode elsePart) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeCondition(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
