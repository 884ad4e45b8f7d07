package org.jaxl.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** An instance of a class defined in Jaxl code, with its attribute dict. */
public class PObject implements com.oracle.truffle.api.interop.TruffleObject {
    private final PClass cls;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    public PObject(PClass cls) {
        this.cls = cls;
    }

    public final PClass getPClass() {
        return cls;
    }

    @TruffleBoundary
    public final Object getAttribute(String key) {
        return dict.get(key);
    }

    @TruffleBoundary
    public final void setAttribute(String key, Object value) {
        dict.put(key, value);
    }

    @TruffleBoundary
    public final boolean removeAttribute(String key) {
        return dict.remove(key) != null;
    }

    @TruffleBoundary
    public final Map<String, Object> attributes() {
        return dict;
    }
}
