package org.jaxl.runtime;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's singletons {@code None}, {@code Ellipsis} and {@code NotImplemented}, and the "argument not given" marker. */
@ExportLibrary(InteropLibrary.class)
public enum PNone implements com.oracle.truffle.api.interop.TruffleObject {
    NONE("None"),
    ELLIPSIS("Ellipsis"),
    NOT_IMPLEMENTED("NotImplemented"),
    /** Marks an optional parameter of a built-in function that the caller did not pass. */
    NO_VALUE("<no value>");

    private final String repr;

    PNone(String repr) {
        this.repr = repr;
    }

    @Override
    public String toString() {
        return repr;
    }

    @ExportMessage
    boolean isNull() {
        return this == NONE;
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
}
