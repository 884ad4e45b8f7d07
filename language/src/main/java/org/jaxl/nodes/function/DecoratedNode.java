package org.jaxl.nodes.function;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.call.InvokeNode;
import org.jaxl.nodes.call.InvokeNodeGen;
import org.jaxl.runtime.Calls;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Applies decorators (evaluated before the definition, applied innermost first) to a new function or class. */
public final class DecoratedNode extends JaxlExpressionNode {
    @Children private final JaxlExpressionNode[] decorators;
    @Child private JaxlExpressionNode definition;
    @Children private final InvokeNode[] invokes;

    public DecoratedNode(JaxlExpressionNode[] decorators, JaxlExpressionNode definition) {
        this.decorators = decorators;
        this.definition = definition;
        this.invokes = new InvokeNode[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            invokes[i] = InvokeNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] fns = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            fns[i] = decorators[i].executeGeneric(frame);
        }
        Object value = definition.executeGeneric(frame);
        for (int i = decorators.length - 1; i >= 0; i--) {
            value = invokes[i].execute(fns[i], new Object[]{value}, Calls.NO_KEYWORDS, Calls.NO_VALUES);
        }
        return value;
    }
}
