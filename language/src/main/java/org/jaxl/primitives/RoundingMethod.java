package org.jaxl.primitives;

import org.jaxl.runtime.JaxlObject;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code lax.RoundingMethod}, an {@code enum.IntEnum}: the {@code rounding_method} parameter of
 * {@code round}. Under Python 3.11 its {@code str} is the integer ({@code round[rounding_method=1]}
 * in jaxprs) and its repr {@code <RoundingMethod.TO_NEAREST_EVEN: 1>}.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "interop")
public enum RoundingMethod implements TruffleObject {
    AWAY_FROM_ZERO,
    TO_NEAREST_EVEN;

    /** The member's integer value. */
    public int value() {
        return ordinal();
    }

    /** {@code repr(member)}. */
    public String repr() {
        return "<RoundingMethod." + name() + ": " + value() + ">";
    }

    /** {@code str(member)}: the integer, as {@code IntEnum} prints under Python 3.11. */
    @Override
    public String toString() {
        return Integer.toString(value());
    }

    /** {@code RoundingMethod(value)}: a member, or an int equal to a member's value. */
    public static RoundingMethod of(Object value, Node node) {
        if (value instanceof RoundingMethod m) {
            return m;
        }
        if (value instanceof Long || value instanceof Boolean) {
            long v = value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
            if (v == 0 || v == 1) {
                return values()[(int) v];
            }
        }
        throw PyErrors.valueError(node, PrimitiveSupport.repr(value) + " is not a valid RoundingMethod");
    }

    /** The method a {@code round} equation's parameter names (a member or its int value). */
    static RoundingMethod valueOf(Object param) {
        return of(param, null);
    }

    /** Its interop messages, those of every Jaxl object: an enum cannot extend {@link JaxlObject}. */
    final JaxlObject interop = JaxlObject.standInFor(this);
}
