package org.jaxl.array;

import java.math.BigInteger;

/**
 * {@code jnp.iinfo(dtype)}: the range of an integer dtype, as {@code ml_dtypes.iinfo} (which
 * defers to {@code np.iinfo} for NumPy's integers) gives it. Its {@code str} and {@code repr} are
 * the same: {@code iinfo(min=-2147483648, max=2147483647, dtype=int32)}.
 */
public final class IInfo {
    private final DType dtype;
    private final BigInteger min;
    private final BigInteger max;

    private IInfo(DType dtype) {
        this.dtype = dtype;
        int bits = dtype.itemSize() * Byte.SIZE;
        if (dtype.isUnsigned()) {
            this.min = BigInteger.ZERO;
            this.max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
            this.min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            this.max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
    }

    private static final IInfo[] BY_DTYPE = new IInfo[DType.values().length];

    static {
        for (DType dtype : DType.values()) {
            if (dtype.isInteger()) {
                BY_DTYPE[dtype.ordinal()] = new IInfo(dtype);
            }
        }
    }

    /**
     * The iinfo of an integer dtype.
     *
     * @throws DTypeError ValueError for any other dtype, worded as NumPy words it
     */
    public static IInfo of(DType dtype) {
        IInfo info = BY_DTYPE[dtype.ordinal()];
        if (info == null) {
            throw DTypeError.valueError("Invalid integer data type '" + DTypes.numpyKindChar(dtype) + "'.");
        }
        return info;
    }

    public DType dtype() {
        return dtype;
    }

    public int bits() {
        return dtype.itemSize() * Byte.SIZE;
    }

    /** The smallest value; a Python int. */
    public BigInteger min() {
        return min;
    }

    /** The largest value; a Python int (uint64's does not fit in a long). */
    public BigInteger max() {
        return max;
    }

    /** NumPy's kind character: {@code "i"} for signed, {@code "u"} for unsigned integers. */
    public String kind() {
        return dtype.isUnsigned() ? "u" : "i";
    }

    /** {@code repr(jnp.iinfo(dtype))}, which is also its {@code str}. */
    public String repr() {
        return "iinfo(min=" + min + ", max=" + max + ", dtype=" + dtype + ")";
    }

    @Override
    public String toString() {
        return repr();
    }
}
