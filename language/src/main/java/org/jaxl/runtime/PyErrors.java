package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Raising Python's built-in exceptions from Java code, with CPython's wording at the call sites. */
public final class PyErrors {
    private PyErrors() {
    }

    /** Creates (does not throw) an exception of built-in class {@code type} with one message argument. */
    @TruffleBoundary
    public static PException create(Node location, String type, String message) {
        PBaseException e = new PBaseException(PythonClasses.get(location).exception(type));
        e.setArgs(message == null ? PTuple.EMPTY : PTuple.of(message));
        return new PException(e, location);
    }

    /** Creates an exception of any exception class with the given args. */
    @TruffleBoundary
    public static PException create(Node location, PClass cls, Object... args) {
        PBaseException e = new PBaseException(cls);
        e.setArgs(PTuple.of(args));
        return new PException(e, location);
    }

    @TruffleBoundary
    public static PException typeError(Node location, String message) {
        return create(location, "TypeError", message);
    }

    @TruffleBoundary
    public static PException valueError(Node location, String message) {
        return create(location, "ValueError", message);
    }

    @TruffleBoundary
    public static PException indexError(Node location, String message) {
        return create(location, "IndexError", message);
    }

    @TruffleBoundary
    public static PException attributeError(Node location, String message) {
        return create(location, "AttributeError", message);
    }

    @TruffleBoundary
    public static PException zeroDivision(Node location, String message) {
        return create(location, "ZeroDivisionError", message);
    }

    @TruffleBoundary
    public static PException overflow(Node location, String message) {
        return create(location, "OverflowError", message);
    }

    @TruffleBoundary
    public static PException keyError(Node location, Object key) {
        PBaseException e = new PBaseException(PythonClasses.get(location).exception("KeyError"));
        e.setArgs(PTuple.of(key));
        return new PException(e, location);
    }

    @TruffleBoundary
    public static PException nameError(Node location, String name) {
        return create(location, "NameError", "name '" + name + "' is not defined");
    }
}
