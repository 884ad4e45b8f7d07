package org.jaxl.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a class defined in Jaxl code. Its attributes (Python's instance {@code __dict__})
 * are the properties of a Truffle {@link DynamicObject}, so attribute nodes read and write them
 * through shape-checked inline caches; the methods here are the uncached generic path.
 */
@ExportLibrary(InteropLibrary.class)
public class PObject extends DynamicObject implements com.oracle.truffle.api.interop.TruffleObject {
    /** The shape of an instance with no attributes yet; attribute stores grow shapes from it. */
    private static final Shape EMPTY = Shape.newBuilder().build();

    private final PClass cls;

    public PObject(PClass cls) {
        super(EMPTY);
        this.cls = cls;
    }

    public final PClass getPClass() {
        return cls;
    }

    /** The instance attribute {@code key}, or null. */
    @TruffleBoundary
    public final Object getAttribute(String key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, key, null);
    }

    @TruffleBoundary
    public final void setAttribute(String key, Object value) {
        DynamicObjectLibrary.getUncached().put(this, key, value);
    }

    @TruffleBoundary
    public final boolean removeAttribute(String key) {
        return DynamicObjectLibrary.getUncached().removeKey(this, key);
    }

    /** A snapshot of the instance attributes in the order they were first set. */
    @TruffleBoundary
    public final Map<String, Object> attributes() {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object key : objects.getKeyArray(this)) {
            out.put((String) key, objects.getOrDefault(this, key, null));
        }
        return out;
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

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isMemberReadable(member);
    }

    @ExportMessage
    void writeMember(String member, Object value) {
        Interop.writeMember(this, member, value);
    }

    @ExportMessage
    boolean isExecutable() {
        return Interop.isCallable(this);
    }

    @ExportMessage
    Object execute(Object[] arguments) throws UnsupportedMessageException {
        return Interop.execute(this, arguments);
    }
}
