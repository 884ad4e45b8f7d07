package org.jaxl.array.kernels;

/**
 * Elementwise comparisons. The {@code _TO} variants compare floats in IEEE total order
 * ({@code -NaN < -inf < ... < -0 < +0 < ... < inf < NaN}), as XLA's {@code TOTALORDER}
 * comparison type does.
 */
public enum CompareOp {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    EQ_TO,
    LT_TO,
    LE_TO
}
