package org.jaxl.array;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code jnp.finfo(dtype)}: the machine limits of a floating-point dtype, as JAX 0.4.30 gives
 * them through {@code ml_dtypes.finfo} (NumPy's {@code np.finfo} for float16/32/64, ml_dtypes' own
 * table for bfloat16). A complex dtype gives the finfo of its component type, as in NumPy.
 *
 * <p>Every field follows from the format's exponent and mantissa widths (IEEE binary formats;
 * bfloat16 has 8 exponent and 7 mantissa bits). Values are doubles holding the exact value of the
 * dtype's scalar; {@link #dtype()} is the scalar's dtype. {@link #repr()} and {@link #str()} are
 * the texts NumPy 2.0's {@code finfo.__repr__}/{@code __str__} print (the NumPy JAX 0.4.30 was
 * released against; NumPy 2.3 changed both).
 */
public final class FInfo {
    private static final String RULE = "---------------------------------------------------------------\n";

    private final DType dtype;
    private final int nexp;
    private final int nmant;
    private final int precision;
    private final double resolution;
    /** Width and digits after the point of the {@code %W.De} format of the {@code _str_*} texts. */
    private final int strWidth;
    private final int strDigits;

    private FInfo(DType dtype, int nexp, int nmant, int strWidth, int strDigits) {
        this.dtype = dtype;
        this.nexp = nexp;
        this.nmant = nmant;
        // NumPy: precision = int(-log10(eps)); resolution = the dtype's value of 10**-precision.
        this.precision = (int) -Math.log10(Math.scalb(1.0, -nmant));
        this.resolution = roundToDType(Double.parseDouble("1e-" + precision), dtype);
        this.strWidth = strWidth;
        this.strDigits = strDigits;
    }

    // NumPy formats the _str_* fields with '%12.5e' (float16), '%15.7e' (float32) and
    // '%24.16e' (float64), then strips them; ml_dtypes formats bfloat16's with '%12.4e' and
    // keeps the padding, which shows in its repr ("min=-  3.3895e+38").
    private static final FInfo FLOAT16 = new FInfo(DType.FLOAT16, 5, 10, 0, 5);
    private static final FInfo BFLOAT16 = new FInfo(DType.BFLOAT16, 8, 7, 12, 4);
    private static final FInfo FLOAT32 = new FInfo(DType.FLOAT32, 8, 23, 0, 7);
    private static final FInfo FLOAT64 = new FInfo(DType.FLOAT64, 11, 52, 0, 16);

    /**
     * The finfo of a floating dtype, or of a complex dtype's component type.
     *
     * @throws DTypeError ValueError for bool and the integers, worded as NumPy 2.0 words it
     */
    public static FInfo of(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> FLOAT16;
            case BFLOAT16 -> BFLOAT16;
            case FLOAT32, COMPLEX64 -> FLOAT32;
            case FLOAT64, COMPLEX128 -> FLOAT64;
            case BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 ->
                throw DTypeError.valueError("data type <class 'numpy." + dtype + "'> not inexact");
        };
    }

    private static double roundToDType(double value, DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> Float16.halfToFloat(Float16.floatToHalf((float) value));
            case BFLOAT16 -> Float16.bfloat16ToFloat(Float16.floatToBfloat16((float) value));
            case FLOAT32 -> (float) value;
            default -> value;
        };
    }

    /** The dtype of the finfo's values: float16, bfloat16, float32 or float64. */
    public DType dtype() {
        return dtype;
    }

    public int bits() {
        return dtype.itemSize() * Byte.SIZE;
    }

    /** Bits in the exponent. */
    public int nexp() {
        return nexp;
    }

    /** NumPy's other name for {@link #nexp()}. */
    public int iexp() {
        return nexp;
    }

    /** Bits in the mantissa (not counting the implicit leading bit). */
    public int nmant() {
        return nmant;
    }

    /** The exponent of {@link #eps()}: {@code eps == 2**machep}. */
    public int machep() {
        return -nmant;
    }

    /** The exponent of {@link #epsneg()}. */
    public int negep() {
        return -nmant - 1;
    }

    /** The smallest power of two that overflows. */
    public int maxexp() {
        return 1 << (nexp - 1);
    }

    /** The exponent of the smallest normal number. */
    public int minexp() {
        return 2 - maxexp();
    }

    /** The gap between 1 and the next larger number. */
    public double eps() {
        return Math.scalb(1.0, machep());
    }

    /** The gap between 1 and the next smaller number. */
    public double epsneg() {
        return Math.scalb(1.0, negep());
    }

    public double max() {
        return Math.scalb(2.0 - eps(), maxexp() - 1);
    }

    public double min() {
        return -max();
    }

    public double smallestNormal() {
        return Math.scalb(1.0, minexp());
    }

    /** NumPy's other name for {@link #smallestNormal()}. */
    public double tiny() {
        return smallestNormal();
    }

    public double smallestSubnormal() {
        return Math.scalb(1.0, minexp() - nmant);
    }

    /** Decimal digits of precision: {@code int(-log10(eps))}. */
    public int precision() {
        return precision;
    }

    /** {@code 10**-precision} in this dtype. */
    public double resolution() {
        return resolution;
    }

    /** {@code repr(jnp.finfo(dtype))}: {@code finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)}. */
    public String repr() {
        String max = strOf(max());
        return "finfo(resolution=" + resolutionScalarStr() + ", min=-" + max + ", max=" + max + ", dtype=" + dtype + ")";
    }

    /** {@code str(jnp.finfo(dtype))}: NumPy's "Machine parameters for …" table, with its final newline. */
    public String str() {
        // ml_dtypes formats bfloat16's resolution from the decimal 0.01, NumPy from the dtype's value.
        double shownResolution = dtype == DType.BFLOAT16 ? Double.parseDouble("1e-" + precision) : resolution;
        return "Machine parameters for " + dtype + "\n"
                        + RULE
                        + "precision = " + padLeft(precision, 3) + "   resolution = " + strOf(shownResolution) + "\n"
                        + "machep = " + padLeft(machep(), 6) + "   eps =        " + strOf(eps()) + "\n"
                        + "negep =  " + padLeft(negep(), 6) + "   epsneg =     " + strOf(epsneg()) + "\n"
                        + "minexp = " + padLeft(minexp(), 6) + "   tiny =       " + strOf(tiny()) + "\n"
                        + "maxexp = " + padLeft(maxexp(), 6) + "   max =        " + strOf(max()) + "\n"
                        + "nexp =   " + padLeft(nexp, 6) + "   min =        -max\n"
                        + "smallest_normal = " + strOf(smallestNormal()) + "   smallest_subnormal = " + strOf(smallestSubnormal()) + "\n"
                        + RULE;
    }

    @Override
    public String toString() {
        return repr();
    }

    private static String padLeft(int value, int width) {
        String text = Integer.toString(value);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /** One of finfo's {@code _str_*} texts: the {@code %W.De} format of this dtype. */
    private String strOf(double value) {
        String text = formatExponent(value, strDigits);
        return " ".repeat(Math.max(0, strWidth - text.length())) + text;
    }

    /**
     * {@code str()} of the resolution scalar. NumPy prints its scalars in the shortest form that
     * reads back, which for the dtype's value of {@code 10**-p} is {@code 1e-p}, shown the way
     * Python shows floats: positional down to 1e-4 ({@code 0.001}), else {@code 1e-06}.
     * ml_dtypes prints bfloat16 scalars through C++'s {@code ostream << float}: six significant
     * digits, %g style ({@code 0.0100098}).
     */
    private String resolutionScalarStr() {
        if (dtype == DType.BFLOAT16) {
            return formatGeneral(resolution, 6);
        }
        return precision <= 4 ? "0." + "0".repeat(precision - 1) + "1" : String.format(Locale.ROOT, "1e-%02d", precision);
    }

    /**
     * C's {@code %.De} of a positive finite value, rounding the double's exact decimal expansion
     * half-even as glibc does. ({@code String.format("%.16e")} pads Java's shortest digits with
     * zeros instead: 1.0000000000000000e-15 where C prints 1.0000000000000001e-15.)
     */
    static String formatExponent(double value, int digitsAfterPoint) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digitsAfterPoint + 1, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        digits = digits + "0".repeat(digitsAfterPoint + 1 - digits.length());
        String mantissa = digitsAfterPoint == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    /**
     * C's {@code %.Pg} of a positive finite value: P significant digits, trailing zeros dropped,
     * positional for exponents from -5 to P-1 and exponential otherwise.
     */
    static String formatGeneral(double value, int significantDigits) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - 1 - rounded.scale();
        if (exponent < -4 || exponent >= significantDigits) {
            String text = formatExponent(value, significantDigits - 1);
            int e = text.indexOf('e');
            String mantissa = text.substring(0, e);
            if (mantissa.contains(".")) {
                mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return mantissa + text.substring(e);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
