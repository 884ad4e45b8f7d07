package org.jaxl.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a class defined in Jaxl code. Its attributes (Python's instance {@code __dict__})
 * are the properties of a Truffle {@link DynamicObject}, so attribute nodes read and write them
 * through shape-checked inline caches; the methods here are the uncached generic path.
 */
public class PObject extends DynamicObject implements com.oracle.truffle.api.interop.TruffleObject {
    /** The shape of an instance with no attributes yet; attribute stores grow shapes from it. */
    private static final Shape EMPTY = Shape.newBuilder().build();

    private final PClass cls;

    public PObject(PClass cls) {
        super(EMPTY);
        this.cls = cls;
    }

    public final PClass getPClass() {
        return cls;
    }

    /** The instance attribute {@code key}, or null. */
    @TruffleBoundary
    public final Object getAttribute(String key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, key, null);
    }

    @TruffleBoundary
    public final void setAttribute(String key, Object value) {
        DynamicObjectLibrary.getUncached().put(this, key, value);
    }

    @TruffleBoundary
    public final boolean removeAttribute(String key) {
        return DynamicObjectLibrary.getUncached().removeKey(this, key);
    }

    /** A snapshot of the instance attributes in the order they were first set. */
    @TruffleBoundary
    public final Map<String, Object> attributes() {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object key : objects.getKeyArray(this)) {
            out.put((String) key, objects.getOrDefault(this, key, null));
        }
        return out;
    }
}
