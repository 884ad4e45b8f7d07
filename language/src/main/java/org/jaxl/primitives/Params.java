package org.jaxl.primitives;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.array.DType;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.ClosedJaxpr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The parameters of a primitive application ({@code axes=(0,)}, {@code new_dtype=float32}…):
 * an immutable ordered map whose values are Jaxl values, printed with Python's {@code str} in
 * jaxprs. Typed getters convert the common shapes of parameters.
 */
public final class Params {
    public static final Params EMPTY = new Params(new LinkedHashMap<>());

    private final Map<String, Object> map;

    private Params(Map<String, Object> map) {
        this.map = map;
    }

    /** Params from alternating keys and values. */
    @TruffleBoundary
    public static Params of(Object... keysAndValues) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Params(m);
    }

    @TruffleBoundary
    public static Params fromMap(Map<String, Object> m) {
        return new Params(new LinkedHashMap<>(m));
    }

    @TruffleBoundary
    public Object get(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing primitive parameter " + key);
        }
        return v;
    }

    @TruffleBoundary
    public Object getOrNull(String key) {
        return map.get(key);
    }

    @TruffleBoundary
    public boolean has(String key) {
        return map.containsKey(key);
    }

    public long getLong(String key) {
        Object v = get(key);
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }

    public int getInt(String key) {
        return (int) getLong(key);
    }

    public boolean getBoolean(String key) {
        return (Boolean) get(key);
    }

    public DType getDType(String key) {
        return (DType) get(key);
    }

    public ClosedJaxpr getJaxpr(String key) {
        return (ClosedJaxpr) get(key);
    }

    /** A tuple of ints ({@code axes}, {@code shape}) as a Java array. */
    @TruffleBoundary
    public int[] getInts(String key) {
        Object v = get(key);
        Object[] items = ((PTuple) v).items();
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (int) (long) (Long) items[i];
        }
        return out;
    }

    @TruffleBoundary
    public Params with(String key, Object value) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>(map);
        m.put(key, value);
        return new Params(m);
    }

    /** Keys in sorted order, as jaxprs print them. */
    @TruffleBoundary
    public List<String> sortedKeys() {
        List<String> keys = new ArrayList<>(map.keySet());
        Collections.sort(keys);
        return keys;
    }

    @TruffleBoundary
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(map);
    }

    /** A tuple of Python ints from Java ints. */
    public static PTuple tuple(int... values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return PTuple.of(items);
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
