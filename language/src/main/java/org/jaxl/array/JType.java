package org.jaxl.array;

import java.util.Objects;

/**
 * A dtype together with JAX's weak-type flag: the {@code (dtype, weak_type)} pair that JAX's
 * abstract values carry and that {@code dtypes.result_type(..., return_weak_type_flag=True)}
 * returns. A weakly typed value (a Python scalar, or an array made from one) takes the precision
 * of the strongly typed values it meets; see {@link DTypes}.
 *
 * @param dtype the element type
 * @param weak  whether the value is weakly typed
 */
public record JType(DType dtype, boolean weak) {

    public JType {
        Objects.requireNonNull(dtype, "dtype");
    }

    /** A strongly typed {@code dtype}. */
    public static JType strong(DType dtype) {
        return new JType(dtype, false);
    }

    /** A weakly typed {@code dtype}. */
    public static JType weak(DType dtype) {
        return new JType(dtype, true);
    }
}
