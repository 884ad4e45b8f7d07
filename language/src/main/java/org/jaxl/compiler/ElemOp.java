package org.jaxl.compiler;

/**
 * The element operations of fused loops: what a lax elementwise primitive does to one element.
 * {@link ElementwiseLowering} maps primitives to them; {@link ScalarOps} and {@link VectorOps}
 * implement them per {@link Lane}.
 */
enum ElemOp {
    // unary
    NEG,
    ABS,
    SIGN,
    FLOOR,
    CEIL,
    ROUND_EVEN,
    ROUND_AWAY,
    EXP,
    EXP2,
    LOG,
    LOG1P,
    EXPM1,
    TANH,
    LOGISTIC,
    SIN,
    COS,
    TAN,
    ASIN,
    ACOS,
    ATAN,
    SINH,
    COSH,
    ASINH,
    ACOSH,
    ATANH,
    SQRT,
    RSQRT,
    CBRT,
    NOT,
    POPCNT,
    CLZ,
    // binary
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
    // comparisons
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE;

    boolean isComparison() {
        return ordinal() >= EQ.ordinal();
    }

    /** The transcendental functions whose vector form is {@link Float32Math}'s polynomial, not the eager kernel's formula. */
    boolean isApproximated() {
        return this == EXP || this == LOG || this == TANH || this == LOGISTIC || this == RSQRT;
    }
}
