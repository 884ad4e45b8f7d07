package org.jaxl.runtime;

/** Python's {@code slice(start, stop, step)}; the parts are arbitrary objects, usually ints or None. */
public record PSlice(Object start, Object stop, Object step) implements com.oracle.truffle.api.interop.TruffleObject {
}
