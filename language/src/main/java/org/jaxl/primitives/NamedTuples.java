package org.jaxl.primitives;

import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The repr of a {@code typing.NamedTuple}: {@code Name(field=repr, ...)}. */
final class NamedTuples {
    private NamedTuples() {
    }

    @TruffleBoundary
    static String repr(String name, String[] fields, Object[] values) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(PyObjects.repr(values[i]));
        }
        return sb.append(')').toString();
    }
}
