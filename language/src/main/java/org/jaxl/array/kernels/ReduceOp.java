package org.jaxl.array.kernels;

/** The monoids of lax's reductions and cumulative reductions. */
public enum ReduceOp {
    SUM,
    PROD,
    MAX,
    MIN,
    AND,
    OR,
    XOR,
    /** {@code log(exp(a) + exp(b))}, for {@code cumlogsumexp}. */
    LOGADDEXP
}
