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

/** {@code dict.keys()}, {@code .values()}, {@code .items()}: live views of a dict. */
@ExportLibrary(InteropLibrary.class)
public record PDictView(PDict dict, Kind kind) implements TruffleObject {
    /** Which view. */
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    /** A snapshot of the view's elements. */
    public Object[] elements() {
        return switch (kind) {
            case KEYS -> dict.keys().toArray();
            case VALUES -> dict.values().toArray();
            case ITEMS -> dict.entries().stream().map(e -> (Object) PTuple.of(e[0], e[1])).toArray();
        };
    }

    public String typeName() {
        return switch (kind) {
            case KEYS -> "dict_keys";
            case VALUES -> "dict_values";
            case ITEMS -> "dict_items";
        };
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
