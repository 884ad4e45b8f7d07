package org.jaxl.runtime;

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
}
