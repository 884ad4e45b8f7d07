package org.jaxl.jit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The jit cache of one context: for each traced function object (by identity, so a new lambda or
 * partial is a new key, as in JAX) and jit options, an LRU map from call signature to the traced
 * and compiled entry.
 */
public final class JitCache {
    /** JAX's default: the C++ jit cache holds 4096 entries per function. */
    static final int CAPACITY = 4096;

    private final Map<Object, Map<JitOptions, Map<CallSignature, JitEntry>>> byFunction = new WeakHashMap<>();

    @TruffleBoundary
    Map<CallSignature, JitEntry> entriesFor(Object fun, JitOptions options) {
        Map<JitOptions, Map<CallSignature, JitEntry>> perOptions = byFunction.computeIfAbsent(fun, f -> new LinkedHashMap<>());
        return perOptions.computeIfAbsent(options, o -> new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CallSignature, JitEntry> eldest) {
                if (size() > CAPACITY) {
                    eldest.getValue().valid.invalidate();
                    return true;
                }
                return false;
            }
        });
    }

    /** {@code jax.clear_caches()}. */
    @TruffleBoundary
    public void clear() {
        for (JitEntry e : allEntries()) {
            e.valid.invalidate();
        }
        byFunction.clear();
    }

    /** All entries (for tools and tests). */
    @TruffleBoundary
    List<JitEntry> allEntries() {
        List<JitEntry> out = new ArrayList<>();
        for (Map<JitOptions, Map<CallSignature, JitEntry>> m : byFunction.values()) {
            for (Map<CallSignature, JitEntry> e : m.values()) {
                out.addAll(e.values());
            }
        }
        return out;
    }
}
