package org.jaxl.nodes.function;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PSuper;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Zero-argument {@code super()} in a method: the defining class and the first argument. */
public final class SuperNode extends JaxlExpressionNode {
    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        PFunction fn = (PFunction) args[0];
        if (fn.getDefiningClass() == null || args.length < 2) {
            throw PyErrors.create(this, "RuntimeError", "super(): no arguments");
        }
        Object self = args[1] instanceof PCell c ? c.value : args[1];
        return new PSuper(fn.getDefiningClass(), self);
    }
}
