package org.jaxl.primitives;

import org.jaxl.runtime.JaxlObject;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code lax.GatherScatterMode} (an {@code enum.Enum} with {@code enum.auto()} values 1, 2, 3):
 * how {@code gather} and the scatters treat out-of-bounds indices. {@code str} is
 * {@code GatherScatterMode.CLIP}, as jaxprs print it.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "interop")
public enum GatherScatterMode implements TruffleObject {
    /** Indices are clamped so that the whole window is in bounds. */
    CLIP,
    /** Out-of-bounds gather windows are filled with the fill value; scattered ones are dropped. */
    FILL_OR_DROP,
    /** No checking: out-of-bounds gathers clamp (XLA's behaviour), scatters drop. */
    PROMISE_IN_BOUNDS;

    public int value() {
        return ordinal() + 1;
    }

    public String repr() {
        return "<GatherScatterMode." + name() + ": " + value() + ">";
    }

    @Override
    public String toString() {
        return "GatherScatterMode." + name();
    }

    /** {@code GatherScatterMode.from_any(s)}: a member, {@code 'clip'}, {@code 'fill'}/{@code 'drop'}/None, {@code 'promise_in_bounds'}. */
    public static GatherScatterMode fromAny(Object s, Node node) {
        if (s instanceof GatherScatterMode m) {
            return m;
        }
        if ("clip".equals(s)) {
            return CLIP;
        }
        if (s == null || s == PNone.NONE || "fill".equals(s) || "drop".equals(s)) {
            return FILL_OR_DROP;
        }
        if ("promise_in_bounds".equals(s)) {
            return PROMISE_IN_BOUNDS;
        }
        throw PyErrors.valueError(node, "Unknown gather mode \"" + org.jaxl.runtime.PyObjects.str(s) + "\"");
    }

    /** Its interop messages, those of every Jaxl object: an enum cannot extend {@link JaxlObject}. */
    final JaxlObject interop = JaxlObject.standInFor(this);
}
