package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/** Python's immutable {@code tuple}. */
public final class PTuple implements com.oracle.truffle.api.interop.TruffleObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PTuple(items);
    }

    /** The elements; callers must not modify the array. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
