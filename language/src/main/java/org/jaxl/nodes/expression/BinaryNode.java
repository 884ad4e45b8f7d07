package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;

/**
 * A binary operator. Subclasses specialize the int/float cases; everything else goes through
 * {@link PyObjects#binary}, which implements Python's full semantics (big ints, sequences,
 * {@code __add__}/{@code __radd__} on user classes and JAX arrays).
 */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends JaxlExpressionNode {
    protected abstract String operator();

    /** Applies the operator to values computed elsewhere (chained comparisons, augmented assignment). */
    public abstract Object executeWith(Object left, Object right);

    /** Longs beyond 2^53 do not compare exactly against doubles in Java; those go generic. */
    protected static boolean isExact(long v) {
        return Math.abs(v) <= (1L << 53);
    }

    protected static boolean isNonZero(double v) {
        return v != 0.0;
    }

    protected static boolean isPositive(double v) {
        return v > 0.0;
    }

    @TruffleBoundary
    protected final Object generic(Object a, Object b) {
        return PyObjects.binary(operator(), a, b, this);
    }
}
