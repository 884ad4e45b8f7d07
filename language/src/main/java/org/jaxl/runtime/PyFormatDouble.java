package org.jaxl.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code PyOS_double_to_string} (Python/pystrtod.c): a double as the text of one
 * presentation type, before any padding or grouping. The digits are what David Gay's
 * {@code _Py_dg_dtoa} returns: the shortest digits that read back as the same double (mode 0, for
 * {@code repr}), or the exact binary value correctly rounded, ties to even, to a number of
 * significant digits (mode 2) or of digits after the point (mode 3). {@link BigDecimal} holds the
 * exact value and rounds it; {@link Double#toString} gives the shortest digits.
 */
final class PyFormatDouble {
    private PyFormatDouble() {
    }

    /**
     * The decimal digits of a finite, non-negative double, as dtoa returns them: {@code digits}
     * has no trailing zeros (zero is {@code "0"}) and the value is {@code 0.digits × 10^point}.
     */
    private record Digits(String digits, long point) {
        private static final Digits ZERO = new Digits("0", 1);

        boolean isZero() {
            return digits.equals("0");
        }

        static Digits of(BigDecimal value) {
            if (value.signum() == 0) {
                return ZERO;
            }
            String unscaled = value.unscaledValue().toString();
            int length = unscaled.length();
            while (unscaled.charAt(length - 1) == '0') {
                length--;
            }
            return new Digits(unscaled.substring(0, length), (long) unscaled.length() - value.scale());
        }
    }

    /**
     * Formats {@code value} with presentation type {@code code} (one of {@code eEfFgG} and
     * {@code r} for repr) and {@code precision}, as {@code PyOS_double_to_string} does with the
     * flags {@code Py_DTSF_ADD_DOT_0} ({@code addDotZero}: integers get {@code .0}, 'g' switches
     * to exponent form one digit earlier), {@code Py_DTSF_ALT} ({@code alternate}: keep the point
     * and trailing zeros) and {@code Py_DTSF_NO_NEG_0} ({@code noNegativeZero}).
     */
    static String format(double value, char code, int precision, boolean addDotZero, boolean alternate,
                    boolean noNegativeZero) {
        boolean upper = Character.isUpperCase(code);
        char type = Character.toLowerCase(code);
        if (Double.isNaN(value)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        if (Double.isInfinite(value)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        double magnitude = Math.abs(value);
        int digitCount = precision;
        Digits digits = switch (type) {
            case 'e' -> {
                // An int as in C: for precision 2^31-1 this wraps, and dtoa then gives one digit.
                digitCount = precision + 1;
                yield significantDigits(magnitude, digitCount);
            }
            case 'f' -> digitsAfterPoint(magnitude, precision);
            case 'g' -> {
                // CPython reads precision 0, meaningless for 'g', as 1.
                digitCount = Math.max(precision, 1);
                yield significantDigits(magnitude, digitCount);
            }
            case 'r' -> shortestDigits(magnitude);
            default -> throw new IllegalArgumentException("presentation type " + code);
        };
        if (noNegativeZero && digits.isZero()) {
            negative = false;
        }
        return layOut(digits, negative, type, digitCount, addDotZero, alternate, upper);
    }

    /**
     * {@code format_float_short}: places the point, pads with zeros, and decides on exponent form.
     * The output is the slice {@code [start, end)} of the digits extended by zeros on both sides,
     * with a point after position {@code point}.
     */
    private static String layOut(Digits digits, boolean negative, char type, int precision, boolean addDotZero,
                    boolean alternate, boolean upper) {
        String text = digits.digits();
        int length = text.length();
        long point = digits.point();
        long end = length;
        boolean exponentForm = false;
        switch (type) {
            case 'e' -> {
                exponentForm = true;
                end = precision;
            }
            case 'f' -> end = point + precision;
            case 'g' -> {
                exponentForm = point <= -4 || point > (addDotZero ? precision - 1 : precision);
                if (alternate) {
                    end = precision;
                }
            }
            default -> exponentForm = point <= -4 || point > 16;
        }
        long exponent = 0;
        if (exponentForm) {
            exponent = point - 1;
            point = 1;
        }
        long start = point <= 0 ? point - 1 : 0;
        end = Math.max(end, !exponentForm && addDotZero ? point + 1 : point);
        PyFormat.checkLength(end - start + 8);

        StringBuilder out = new StringBuilder((int) (end - start + 8));
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            appendZeros(out, point - start);
            out.append('.');
            appendZeros(out, -point);
        }
        if (0 < point && point <= length) {
            out.append(text, 0, (int) point).append('.').append(text, (int) point, length);
        } else {
            out.append(text);
        }
        if (length < point) {
            appendZeros(out, point - length);
            out.append('.');
            appendZeros(out, end - point);
        } else {
            appendZeros(out, end - length);
        }
        if (out.charAt(out.length() - 1) == '.' && !alternate) {
            out.setLength(out.length() - 1);
        }
        if (exponentForm) {
            out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
            if (Math.abs(exponent) < 10) {
                out.append('0');
            }
            out.append(Math.abs(exponent));
        }
        return out.toString();
    }

    private static void appendZeros(StringBuilder out, long count) {
        out.repeat('0', (int) count);
    }

    /** dtoa mode 2: {@code count} significant digits, where dtoa reads a count below 1 as 1. */
    private static Digits significantDigits(double magnitude, int count) {
        if (magnitude == 0) {
            return Digits.ZERO;
        }
        BigDecimal exact = new BigDecimal(magnitude);
        int wanted = Math.max(count, 1);
        // A double has at most 767 significant digits; beyond them there is nothing to round.
        if (wanted >= exact.precision()) {
            return Digits.of(exact);
        }
        return Digits.of(exact.round(new MathContext(wanted, RoundingMode.HALF_EVEN)));
    }

    /** dtoa mode 3: {@code count} digits after the decimal point. */
    private static Digits digitsAfterPoint(double magnitude, int count) {
        if (magnitude == 0) {
            return Digits.ZERO;
        }
        BigDecimal exact = new BigDecimal(magnitude);
        // The exact value of a double ends at most 1074 digits after the point.
        return Digits.of(count >= exact.scale() ? exact : exact.setScale(count, RoundingMode.HALF_EVEN));
    }

    /**
     * dtoa mode 0: the shortest digits that round back to the double, the closest to it among
     * those. {@link Double#toString} finds the same digits, except that where one digit would do
     * it may give two when those are closer (4.9E-324 for the smallest subnormal, whose repr is
     * 5e-324); then the closest one-digit decimal that still reads back is taken.
     */
    private static Digits shortestDigits(double magnitude) {
        if (magnitude == 0) {
            return Digits.ZERO;
        }
        Digits digits = Digits.of(new BigDecimal(Double.toString(magnitude)));
        if (digits.digits().length() != 2) {
            return digits;
        }
        BigDecimal exact = new BigDecimal(magnitude);
        BigDecimal best = null;
        for (RoundingMode direction : new RoundingMode[]{RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(1, direction));
            if (Double.parseDouble(candidate.toString()) == magnitude && (best == null ||
                            candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best == null ? digits : Digits.of(best);
    }
}
