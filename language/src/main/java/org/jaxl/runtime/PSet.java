package org.jaxl.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python's {@code set} (and {@code frozenset} when {@link #frozen}), with Python equality and hashing. */
public final class PSet implements com.oracle.truffle.api.interop.TruffleObject {
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
    private final boolean frozen;

    public PSet() {
        this(false);
    }

    public PSet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @TruffleBoundary
    public void add(Object item) {
        map.putIfAbsent(PDict.wrap(item), item);
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        return map.containsKey(PDict.wrap(item));
    }

    @TruffleBoundary
    public boolean remove(Object item) {
        return map.remove(PDict.wrap(item)) != null;
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    @TruffleBoundary
    public List<Object> items() {
        return new ArrayList<>(map.values());
    }
}
