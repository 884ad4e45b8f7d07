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

/**
 * The interop face every Jaxl object shares, as GraalPy's {@code PythonAbstractObject} gives it:
 * it belongs to Jaxl, displays as its {@code repr}, has its Jaxl class as meta object, shows
 * its attributes as members, and executes when it is callable. Subclasses export what is their
 * own (array elements, hash entries, meta-object messages) on top.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class JaxlObject implements TruffleObject {

    @ExportMessage
    public final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    public final Class<? extends TruffleLanguage<?>> getLanguage() {
        return JaxlLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    public final Object toDisplayString(boolean allowSideEffects) {
        return Interop.displayString(this, allowSideEffects);
    }

    @ExportMessage
    public final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    public final Object getMetaObject() {
        return Interop.metaObject(this);
    }

    @ExportMessage
    public boolean hasMembers() {
        return true;
    }

    @ExportMessage
    public Object getMembers(boolean includeInternal) {
        return Interop.memberNames(this, includeInternal);
    }

    @ExportMessage
    public boolean isMemberReadable(String member) {
        return Interop.isMemberReadable(this, member);
    }

    @ExportMessage
    public Object readMember(String member) throws UnknownIdentifierException {
        return Interop.readMember(this, member);
    }

    @ExportMessage
    public boolean isMemberInvocable(String member) {
        return Interop.isMemberInvocable(this, member);
    }

    @ExportMessage
    public Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return Interop.invokeMember(this, member, arguments);
    }

    @ExportMessage
    public boolean isExecutable() {
        return Interop.isCallable(this);
    }

    @ExportMessage
    public Object execute(Object[] arguments) throws UnsupportedMessageException {
        return Interop.execute(this, arguments);
    }
}
