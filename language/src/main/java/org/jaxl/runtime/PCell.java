package org.jaxl.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. Null means unbound. */
public final class PCell implements com.oracle.truffle.api.interop.TruffleObject {
    public Object value;

    public PCell(Object value) {
        this.value = value;
    }
}
