package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's immutable {@code tuple}. */
@ExportLibrary(InteropLibrary.class)
public final class PTuple extends JaxlObject {
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

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return Interop.toForeign(items[(int) index]);
    }
}
