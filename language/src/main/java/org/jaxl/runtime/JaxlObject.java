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
 *
 * <p>A Jaxl value that cannot extend this class, an enum such as {@code DType}, gets the same
 * face by delegation: it holds a {@link #standInFor stand-in} in a final field and names that
 * field in {@code @ExportLibrary(value = InteropLibrary.class, delegateTo = ...)}.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class JaxlObject implements TruffleObject {

    /** The stand-in that answers the interop messages of {@code value}, which cannot extend this class. */
    public static JaxlObject standInFor(Object value) {
        return new StandIn(value);
    }

    /** The Jaxl value these messages are about: this object, or the one a stand-in stands in for. */
    Object jaxlValue() {
        return this;
    }

    private static final class StandIn extends JaxlObject {
        private final Object value;

        StandIn(Object value) {
            this.value = value;
        }

        @Override
        Object jaxlValue() {
            return value;
        }
    }

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
        return Interop.displayString(jaxlValue(), allowSideEffects);
    }

    @ExportMessage
    public final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    public final Object getMetaObject() {
        return Interop.metaObject(jaxlValue());
    }

    @ExportMessage
    public boolean hasMembers() {
        return true;
    }

    @ExportMessage
    public Object getMembers(boolean includeInternal) {
        return Interop.memberNames(jaxlValue(), includeInternal);
    }

    @ExportMessage
    public boolean isMemberReadable(String member) {
        return Interop.isMemberReadable(jaxlValue(), member);
    }

    @ExportMessage
    public Object readMember(String member) throws UnknownIdentifierException {
        return Interop.readMember(jaxlValue(), member);
    }

    @ExportMessage
    public boolean isMemberInvocable(String member) {
        return Interop.isMemberInvocable(jaxlValue(), member);
    }

    @ExportMessage
    public Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return Interop.invokeMember(jaxlValue(), member, arguments);
    }

    @ExportMessage
    public boolean isExecutable() {
        return Interop.isCallable(jaxlValue());
    }

    @ExportMessage
    public Object execute(Object[] arguments) throws UnsupportedMessageException {
        return Interop.execute(jaxlValue(), arguments);
    }
}
