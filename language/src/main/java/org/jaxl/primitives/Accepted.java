package org.jaxl.primitives;

import org.jaxl.array.DType;
import org.jaxl.array.DTypes;

/**
 * A set of dtype categories a primitive accepts at an operand position ({@code lax.py}'s
 * {@code _float}, {@code _num}, {@code _ordered}…). Error messages list the categories in the
 * order CPython iterates JAX's Python set, which this keeps.
 */
final class Accepted {
    static final Accepted FLOAT = new Accepted("floating");
    static final Accepted COMPLEX = new Accepted("complexfloating");
    static final Accepted INT = new Accepted("integer");
    static final Accepted NUM = new Accepted("integer", "floating", "complexfloating");
    static final Accepted ANY = new Accepted("integer", "bool", "floating", "complexfloating");
    static final Accepted BOOL_OR_INT = new Accepted("integer", "bool");
    static final Accepted ORDERED = new Accepted("integer", "floating", "bool");
    static final Accepted FLOAT_OR_COMPLEX = new Accepted("floating", "complexfloating");
    static final Accepted INT_OR_FLOAT = new Accepted("integer", "floating");
    static final Accepted SIGNED_FLOAT_COMPLEX = new Accepted("floating", "complexfloating", "signedinteger");
    static final Accepted CONJ = new Accepted("float32", "complexfloating", "float64");
    static final Accepted COMPLEX_ELEMENTS = new Accepted("float32", "float64");

    private final String[] names;

    private Accepted(String... names) {
        this.names = names;
    }

    boolean accepts(DType dtype) {
        for (String name : names) {
            if (DTypes.issubdtype(dtype, name)) {
                return true;
            }
        }
        return false;
    }

    /** The categories as JAX prints them: {@code integer, floating, complexfloating}. */
    String describe() {
        return String.join(", ", names);
    }
}
