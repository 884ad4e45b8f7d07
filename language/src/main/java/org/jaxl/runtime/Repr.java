package org.jaxl.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/** Guards repr of containers against cycles ({@code l.append(l)} prints {@code [[...]]}). */
final class Repr {
    private static final ThreadLocal<Set<Object>> ACTIVE = ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private Repr() {
    }

    static String guard(Object container, String recursive, Supplier<String> body) {
        Set<Object> active = ACTIVE.get();
        if (!active.add(container)) {
            return recursive;
        }
        try {
            return body.get();
        } finally {
            active.remove(container);
        }
    }
}
