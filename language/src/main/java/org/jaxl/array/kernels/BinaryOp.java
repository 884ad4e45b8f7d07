package org.jaxl.array.kernels;

/** The elementwise binary operations the kernels implement (lax's binary primitives). */
public enum BinaryOp {
    ADD,
    SUB,
    MUL,
    DIV,
    REM,
    POW,
    MAX,
    MIN,
    ATAN2,
    NEXTAFTER,
    AND,
    OR,
    XOR,
    SHIFT_LEFT,
    SHIFT_RIGHT_ARITHMETIC,
    SHIFT_RIGHT_LOGICAL,
    IGAMMA,
    IGAMMAC,
    POLYGAMMA,
    ZETA
}
