package org.jaxl.interop;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.JaxlLanguage;
import org.jaxl.runtime.Interop;
import org.jaxl.runtime.PCell;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The local variables of one running Jaxl function, as the debugger shows them: the named slots
 * of its frame that hold a value (unwrapping closure cells), not the compiler's temporaries.
 */
@ExportLibrary(InteropLibrary.class)
public final class LocalScope implements TruffleObject {
    private final Frame frame;
    private final String functionName;

    public LocalScope(Frame frame, String functionName) {
        this.frame = frame;
        this.functionName = functionName;
    }

    /** The slot of local {@code name} that holds a value, or -1. */
    private int slotOf(String name) {
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (name.equals(descriptor.getSlotName(slot)) && valueIn(slot) != null) {
                return slot;
            }
        }
        return -1;
    }

    private Object valueIn(int slot) {
        Object value = frame.getValue(slot);
        return value instanceof PCell cell ? cell.value : value;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return JaxlLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return functionName;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        List<String> names = new ArrayList<>();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (descriptor.getSlotName(slot) instanceof String name && !name.startsWith("<") && valueIn(slot) != null) {
                names.add(name);
            }
        }
        return new StringArray(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return slotOf(member) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int slot = slotOf(member);
        if (slot < 0) {
            throw UnknownIdentifierException.create(member);
        }
        return Interop.toForeign(valueIn(slot));
    }
}
