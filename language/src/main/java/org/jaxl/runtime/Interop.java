package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/** Converting values at the boundary with other languages: foreign primitives become Jaxl values. */
public final class Interop {
    private Interop() {
    }

    /** A foreign value as Jaxl sees it: numbers, strings, booleans and null converted; other objects kept. */
    @TruffleBoundary
    public static Object toJaxl(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean) {
            return o;
        }
        if (o instanceof Integer i) {
            return (long) i;
        }
        if (o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Float f) {
            return (double) f;
        }
        if (o instanceof Character c) {
            return String.valueOf(c);
        }
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return o;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.isNull(o)) {
                return PNone.NONE;
            }
            if (interop.isBoolean(o)) {
                return interop.asBoolean(o);
            }
            if (interop.isString(o)) {
                return interop.asString(o);
            }
            if (interop.isNumber(o)) {
                if (interop.fitsInLong(o)) {
                    return interop.asLong(o);
                }
                if (interop.fitsInDouble(o)) {
                    return interop.asDouble(o);
                }
                if (interop.fitsInBigInteger(o)) {
                    return PyArith.normalize(interop.asBigInteger(o));
                }
            }
        } catch (UnsupportedMessageException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }

    /** A Jaxl value handed to another language: None becomes the interop null; the rest are interop values already. */
    public static Object toForeign(Object o) {
        return o;
    }
}
