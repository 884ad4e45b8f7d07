package org.jaxl.compiler;

import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.JaxlRootNode;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * The compiled form of one jit cache entry. Its frame holds one slot per jaxpr variable; the
 * arguments are the flattened dynamic arguments (arrays or Python scalars); the result is the
 * array of flattened outputs.
 */
public final class JaxprRootNode extends JaxlRootNode {
    @Children private final EqnNode[] body;
    @Children private final InputNode[] inputs;
    @Children private final OutputNode[] outputs;

    JaxprRootNode(JaxlLanguage language, FrameDescriptor descriptor, String name, InputNode[] inputs, EqnNode[] body, OutputNode[] outputs) {
        super(language, descriptor, name, null);
        this.inputs = inputs;
        this.body = body;
        this.outputs = outputs;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < inputs.length; i++) {
            inputs[i].execute(frame, args[i]);
        }
        for (EqnNode e : body) {
            e.execute(frame);
        }
        Object[] out = new Object[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            out[i] = outputs[i].execute(frame);
        }
        return out;
    }

    @Override
    public boolean isInternal() {
        return false;
    }
}
