package org.jaxl.interop;

import org.jaxl.JaxlLanguage;
import org.jaxl.runtime.PModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A module's globals as an interop scope: what {@code Context.getBindings("jaxl")} shows. */
@ExportLibrary(InteropLibrary.class)
public final class ModuleScope implements TruffleObject {
    private final PModule module;

    public ModuleScope(PModule module) {
        this.module = module;
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
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new StringArray(module.names().toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return module.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = module.get(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return org.jaxl.runtime.Interop.toForeign(v);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return module.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return module.get(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        module.set(member, org.jaxl.runtime.Interop.toJaxl(value));
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "global";
    }
}
