package org.jaxl.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code list}: a growable array of objects. */
@ExportLibrary(InteropLibrary.class)
public final class PList extends JaxlObject {
    private Object[] items;
    private int size;

    public PList() {
        this.items = new Object[4];
    }

    /** Takes ownership of {@code items}. */
    public PList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void add(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size * 2));
        }
        items[size++] = v;
    }

    public void insert(int i, Object v) {
        add(null);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public Object remove(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents. */
    public void setAll(Object[] newItems) {
        this.items = newItems;
        this.size = newItems.length;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    @ExportMessage(name = "isArrayElementRemovable")
    boolean isArrayElementPresent(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementPresent(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return Interop.toForeign(items[(int) index]);
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index == size) {
            add(Interop.toJaxl(value));
        } else if (isArrayElementPresent(index)) {
            items[(int) index] = Interop.toJaxl(value);
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    void removeArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementPresent(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        remove((int) index);
    }
}
