package org.jaxl.runtime;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The object {@code super()} returns: attribute lookups start after {@code startClass} in the MRO of {@code self}'s class. */
@ExportLibrary(InteropLibrary.class)
public record PSuper(PClass startClass, Object self) implements TruffleObject {
    /** The attribute found after {@code startClass}, bound to {@code self}, or null. */
    public Object lookup(String name) {
        PClass cls = self instanceof PClass c ? c : PyObjects.classOf(self);
        PClass[] mro = cls.getMro();
        boolean after = false;
        for (PClass c : mro) {
            if (after) {
                Object v = c.getOwn(name);
                if (v != null) {
                    return Attributes.bind(v, self, cls);
                }
            } else if (c == startClass) {
                after = true;
            }
        }
        return null;
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
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return Interop.displayString(this, allowSideEffects);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return Interop.metaObject(this);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return Interop.memberNames(this, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return Interop.isMemberReadable(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return Interop.readMember(this, member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return Interop.isMemberInvocable(this, member);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return Interop.invokeMember(this, member, arguments);
    }
}
