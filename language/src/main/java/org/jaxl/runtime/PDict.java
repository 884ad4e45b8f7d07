package org.jaxl.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's insertion-ordered {@code dict}. Keys are compared with Python's {@code ==} and
 * {@code hash} (so {@code 1}, {@code 1.0} and {@code True} are one key) through {@link DictKey};
 * strings, the common case, are stored as themselves.
 */
@ExportLibrary(InteropLibrary.class)
public final class PDict extends JaxlObject {
    private final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();

    /** Wraps a key so that Java's hashing follows Python's; strings need no wrapper. */
    @TruffleBoundary
    static Object wrap(Object key) {
        if (key instanceof String) {
            return key;
        }
        return new DictKey(key, PyObjects.hash(key));
    }

    @TruffleBoundary
    public Object get(Object key) {
        Object[] entry = map.get(wrap(key));
        return entry == null ? null : entry[1];
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object wrapped = wrap(key);
        Object[] entry = map.get(wrapped);
        if (entry != null) {
            entry[1] = value;
        } else {
            map.put(wrapped, new Object[]{key, value});
        }
    }

    /** Removes the key and returns its value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Object[] entry = map.remove(wrap(key));
        return entry == null ? null : entry[1];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(wrap(key));
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** A snapshot of the keys in insertion order. */
    @TruffleBoundary
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Object[] e : map.values()) {
            out.add(e[0]);
        }
        return out;
    }

    /** A snapshot of the values in insertion order. */
    @TruffleBoundary
    public List<Object> values() {
        List<Object> out = new ArrayList<>(map.size());
        for (Object[] e : map.values()) {
            out.add(e[1]);
        }
        return out;
    }

    /** A snapshot of (key, value) pairs in insertion order. */
    @TruffleBoundary
    public List<Object[]> entries() {
        List<Object[]> out = new ArrayList<>(map.size());
        for (Object[] e : map.values()) {
            out.add(new Object[]{e[0], e[1]});
        }
        return out;
    }

    @TruffleBoundary
    public PDict copy() {
        PDict d = new PDict();
        for (Map.Entry<Object, Object[]> e : map.entrySet()) {
            d.map.put(e.getKey(), new Object[]{e.getValue()[0], e.getValue()[1]});
        }
        return d;
    }

    /** A dict key with Python equality and a precomputed Python hash. */
    record DictKey(Object key, long hash) {
        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DictKey other && other.hash == hash && PyObjects.eq(key, other.key);
        }
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean isHashEntryPresent(Object key) {
        return containsKey(Interop.toJaxl(key));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        return !containsKey(Interop.toJaxl(key));
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object value = get(Interop.toJaxl(key));
        if (value == null) {
            throw UnknownKeyException.create(key);
        }
        return Interop.toForeign(value);
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) {
        put(Interop.toJaxl(key), Interop.toJaxl(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnknownKeyException {
        if (remove(Interop.toJaxl(key)) == null) {
            throw UnknownKeyException.create(key);
        }
    }

    /** The entries as (key, value) tuples, over a snapshot so that host code may modify the dict while iterating. */
    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        List<Object[]> entries = entries();
        Object[] pairs = new Object[entries.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new PTuple(entries.get(i));
        }
        return new PIterator.ArrayIterator(pairs, pairs.length, "dict_itemiterator");
    }
}
