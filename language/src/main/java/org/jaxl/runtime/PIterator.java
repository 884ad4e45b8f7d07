package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An iterator over a Jaxl iterable. {@link #next()} returns null when exhausted (no Jaxl value is
 * null), so Java loops need no StopIteration exceptions.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PIterator extends JaxlObject {
    /**
     * The element an interop {@code hasIteratorNextElement} fetched ahead, which the next
     * {@code getIteratorNextElement} hands out (interop asks before it takes; Python just takes).
     */
    private Object fetchedAhead;

    /** The next element, or null at the end. */
    public abstract Object next();

    /** Python's class name for this kind of iterator ({@code list_iterator}, {@code generator}…). */
    public String typeName() {
        return "iterator";
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        if (fetchedAhead == null) {
            fetchedAhead = next();
        }
        return fetchedAhead != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        if (!hasIteratorNextElement()) {
            throw StopIterationException.create();
        }
        Object element = fetchedAhead;
        fetchedAhead = null;
        return Interop.toForeign(element);
    }

    /** Iterates over a fixed array of values. */
    public static final class ArrayIterator extends PIterator {
        private final Object[] items;
        private final int end;
        private int i;
        private final String typeName;

        public ArrayIterator(Object[] items, int end, String typeName) {
            this.items = items;
            this.end = end;
            this.typeName = typeName;
        }

        @Override
        public Object next() {
            return i < end ? items[i++] : null;
        }

        @Override
        public String typeName() {
            return typeName;
        }
    }

    /**
     * Iterates over a snapshot of a dict's or set's elements and, as CPython does, raises
     * RuntimeError when the container's size changes during the iteration.
     */
    public static final class SizeCheckedIterator extends PIterator {
        private final Object container;
        private final Object[] items;
        private final String typeName;
        private int i;

        /** {@code container} is the {@link PDict} or {@link PSet} that {@code items} were taken from. */
        public SizeCheckedIterator(Object container, Object[] items, String typeName) {
            this.container = container;
            this.items = items;
            this.typeName = typeName;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (i < 0) {
                return null;
            }
            if (container instanceof PDict d && d.size() != items.length) {
                i = -1;
                throw PyErrors.create(null, "RuntimeError", "dictionary changed size during iteration");
            }
            if (container instanceof PSet s && s.size() != items.length) {
                i = -1;
                throw PyErrors.create(null, "RuntimeError", "Set changed size during iteration");
            }
            return i < items.length ? items[i++] : null;
        }

        @Override
        public String typeName() {
            return typeName;
        }
    }

    /** Iterates over a list, seeing appends made during iteration as Python does. */
    public static final class ListIterator extends PIterator {
        private final PList list;
        private int i;

        public ListIterator(PList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            return i < list.size() ? list.get(i++) : null;
        }

        @Override
        public String typeName() {
            return "list_iterator";
        }
    }

    /** Iterates over a range. */
    public static final class RangeIterator extends PIterator {
        private final PRange range;
        private final long length;
        private long i;

        public RangeIterator(PRange range) {
            this.range = range;
            this.length = range.length();
        }

        @Override
        public Object next() {
            return i < length ? (Object) range.get(i++) : null;
        }

        @Override
        public String typeName() {
            return "range_iterator";
        }
    }

    /** Iterates over the characters of a string (as one-character strings, by code point). */
    public static final class StringIterator extends PIterator {
        private final String s;
        private int i;

        public StringIterator(String s) {
            this.s = s;
        }

        @Override
        public Object next() {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            return new String(Character.toChars(cp));
        }

        @Override
        public String typeName() {
            return "str_iterator";
        }
    }
}
