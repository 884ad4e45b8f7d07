package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Python's truth test ({@code bool(x)}) of its child, as conditions use it. */
@NodeChild("value")
public abstract class TruthNode extends JaxlExpressionNode {
    public abstract boolean executeCondition(VirtualFrame frame);

    @Specialization
    protected static boolean doBoolean(boolean v) {
        return v;
    }

    @Specialization
    protected static boolean doLong(long v) {
        return v != 0;
    }

    @Specialization
    protected static boolean doDouble(double v) {
        return v != 0.0;
    }

    @Fallback
    @TruffleBoundary
    protected static boolean doGeneric(Object v) {
        return PyObjects.isTrue(v);
    }
}
