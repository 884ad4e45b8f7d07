package org.jaxl.array;

import java.math.BigInteger;

/**
 * NumPy's float-to-decimal conversion ({@code numpy/_core/src/multiarray/dragon4.c}): the Dragon4
 * algorithm in its "unique" mode, which prints the shortest digits that read back as the same
 * value of the value's own binary format (so a float32 {@code 0.1f} gives {@code 0.1}, not the
 * digits of the double it widens to), optionally cut off or extended to a digit count, and the
 * {@code FormatPositional} / {@code FormatScientific} layouts with their trimming and padding.
 * These are what {@code np.format_float_positional} and {@code np.format_float_scientific} expose
 * and what array printing calls for every float.
 */
final class FloatFormatDragon4 {
    /** The IEEE binary formats a value is printed in, and in whose arithmetic NumPy compares it. */
    enum Binary {
        HALF(10, 5),
        SINGLE(23, 8),
        DOUBLE(52, 11);

        private final int mantissaBits;
        private final int exponentBits;

        Binary(int mantissaBits, int exponentBits) {
            this.mantissaBits = mantissaBits;
            this.exponentBits = exponentBits;
        }

        /** The bit pattern of {@code v}, which must be a value of this format. */
        long bits(double v) {
            return switch (this) {
                case HALF -> Float.floatToFloat16((float) v) & 0xffffL;
                case SINGLE -> Float.floatToRawIntBits((float) v) & 0xffffffffL;
                case DOUBLE -> Double.doubleToRawLongBits(v);
            };
        }

        /**
         * {@code v} rounded to this format: the result of an operation on values of this format
         * that was computed exactly (or in double, whose 53 bits make the second rounding
         * harmless for quotients of these formats).
         */
        double round(double v) {
            return switch (this) {
                case HALF -> Float.float16ToFloat(Float.floatToFloat16((float) v));
                case SINGLE -> (float) v;
                case DOUBLE -> v;
            };
        }
    }

    /** What to do with trailing zeros and the decimal point (NumPy's {@code trim} argument). */
    enum Trim {
        /** {@code 'k'}: keep trailing zeros, pad with zeros up to the minimum digit count. */
        KEEP,
        /** {@code '.'}: drop trailing zeros, keep the point: {@code 1.}. */
        ZEROS,
        /** {@code '0'}: drop trailing zeros but keep one after the point: {@code 1.0}. */
        LEAVE_ONE_ZERO,
        /** {@code '-'}: drop trailing zeros and a bare trailing point: {@code 1}. */
        DPT_ZEROS
    }

    /** Marks an unused count argument, as NumPy's {@code -1} does. */
    static final int NONE = -1;

    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    private FloatFormatDragon4() {
    }

    /**
     * {@code dragon4_positional} in unique mode: {@code ddd.ddd}.
     *
     * @param precision at most this many digits (after the point if {@code fractional}, else in
     *            total), or {@link #NONE}
     * @param minDigits at least this many digits (counted the same way), or {@link #NONE}
     * @param sign whether to print {@code +} before non-negative values
     * @param padLeft pad with spaces to this many characters before the point, or {@link #NONE}
     * @param padRight pad with spaces to this many characters after the point, or {@link #NONE}
     */
    static String positional(double value, Binary binary, int precision, int minDigits, boolean fractional,
                    Trim trim, boolean sign, int padLeft, int padRight) {
        if (!Double.isFinite(value)) {
            return infOrNan(value, sign);
        }
        StringBuilder out = new StringBuilder();
        int signWidth = appendSign(out, value, sign);
        Digits digits = digits(value, binary, fractional, precision, minDigits);
        int numDigits = digits.text.length();
        int numWholeDigits;
        int numFractionDigits = 0;
        if (digits.exponent >= 0) {
            numWholeDigits = digits.exponent + 1;
            if (numDigits <= numWholeDigits) {
                out.append(digits.text).repeat('0', numWholeDigits - numDigits);
            } else {
                numFractionDigits = numDigits - numWholeDigits;
                out.append(digits.text, 0, numWholeDigits).append('.').append(digits.text, numWholeDigits, numDigits);
            }
        } else {
            int numFractionZeros = -(digits.exponent + 1);
            out.append("0.").repeat('0', numFractionZeros).append(digits.text);
            numFractionDigits = numDigits + numFractionZeros;
            numWholeDigits = 1;
        }
        if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
            out.append('.');
        }
        int desiredFractionDigits = fractional ? Math.max(minDigits, 0) : minDigits - numWholeDigits;
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                out.append('0');
                numFractionDigits++;
            }
        } else if (trim == Trim.KEEP && desiredFractionDigits > numFractionDigits) {
            out.repeat('0', desiredFractionDigits - numFractionDigits);
            numFractionDigits = desiredFractionDigits;
        }
        // Digits asked for beyond the unique ones (minDigits, or a cutoff that rounds to 0) can
        // end in zeros; trim them as asked.
        if (trim != Trim.KEEP && numFractionDigits > 0) {
            while (out.charAt(out.length() - 1) == '0') {
                out.setLength(out.length() - 1);
                numFractionDigits--;
            }
            if (out.charAt(out.length() - 1) == '.') {
                if (trim == Trim.LEAVE_ONE_ZERO) {
                    out.append('0');
                    numFractionDigits++;
                } else if (trim == Trim.DPT_ZEROS) {
                    out.setLength(out.length() - 1);
                }
            }
        }
        if (padRight >= numFractionDigits) {
            // A trimmed point still takes its column when the caller pads the right side.
            if (trim == Trim.DPT_ZEROS && numFractionDigits == 0) {
                out.append(' ');
            }
            out.repeat(' ', padRight - numFractionDigits);
        }
        if (padLeft > numWholeDigits + signWidth) {
            out.insert(0, " ".repeat(padLeft - numWholeDigits - signWidth));
        }
        return out.toString();
    }

    /**
     * {@code dragon4_scientific} in unique mode: {@code d.ddde+XX}.
     *
     * @param precision at most this many digits after the point, or {@link #NONE}
     * @param minDigits at least this many digits after the point, or {@link #NONE}
     * @param padLeft pad with spaces to this many characters before the point, or {@link #NONE}
     * @param expDigits at least this many exponent digits (2 if {@link #NONE})
     */
    static String scientific(double value, Binary binary, int precision, int minDigits, Trim trim, boolean sign,
                    int padLeft, int expDigits) {
        if (!Double.isFinite(value)) {
            return infOrNan(value, sign);
        }
        StringBuilder out = new StringBuilder();
        int leftChars = 1 + (isNegative(value) || sign ? 1 : 0);
        if (padLeft > leftChars) {
            out.repeat(' ', padLeft - leftChars);
        }
        appendSign(out, value, sign);
        Digits digits = digits(value, binary, false, precision < 0 ? NONE : precision + 1,
                        minDigits < 0 ? NONE : minDigits + 1);
        out.append(digits.text.charAt(0));
        int numFractionDigits = digits.text.length() - 1;
        if (numFractionDigits > 0) {
            out.append('.').append(digits.text, 1, digits.text.length());
        }
        if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
            out.append('.');
        }
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                out.append('0');
                numFractionDigits++;
            }
        } else if (trim == Trim.KEEP && minDigits > numFractionDigits) {
            out.repeat('0', minDigits - numFractionDigits);
        }
        if (trim != Trim.KEEP && numFractionDigits > 0) {
            while (out.charAt(out.length() - 1) == '0') {
                out.setLength(out.length() - 1);
            }
            if (trim == Trim.LEAVE_ONE_ZERO && out.charAt(out.length() - 1) == '.') {
                out.append('0');
            }
        }
        int exponent = digits.exponent;
        out.append('e').append(exponent < 0 ? '-' : '+');
        String exponentText = Integer.toString(Math.abs(exponent));
        int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        return out.repeat('0', Math.max(0, width - exponentText.length())).append(exponentText).toString();
    }

    /** NumPy's {@code PrintInfNan}: a NaN never shows a sign, an infinity always shows its own. */
    private static String infOrNan(double value, boolean sign) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        return (value < 0 ? "-" : sign ? "+" : "") + "inf";
    }

    /** The sign bit, so true for {@code -0.0} too. */
    private static boolean isNegative(double value) {
        return Math.copySign(1.0, value) < 0;
    }

    /** Appends the sign that the sign bit or {@code sign} asks for; returns its width. */
    private static int appendSign(StringBuilder out, double value, boolean sign) {
        boolean negative = isNegative(value);
        if (negative || sign) {
            out.append(negative ? '-' : '+');
            return 1;
        }
        return 0;
    }

    /** Significant digits, without leading zeros, and the decimal exponent of the first one. */
    private record Digits(String text, int exponent) {
    }

    /**
     * Decomposes the finite {@code value} of format {@code binary} into an integer mantissa and a
     * power of two, and runs Dragon4 on it.
     */
    private static Digits digits(double value, Binary binary, boolean fractionCutoff, int cutoffMax, int cutoffMin) {
        long bits = binary.bits(value);
        long fieldMantissa = bits & ((1L << binary.mantissaBits) - 1);
        int fieldExponent = (int) ((bits >>> binary.mantissaBits) & ((1 << binary.exponentBits) - 1));
        int bias = (1 << (binary.exponentBits - 1)) - 1;
        if (fieldExponent != 0) {
            long mantissa = (1L << binary.mantissaBits) | fieldMantissa;
            // The gap to the next lower value halves at a power of two (except at the smallest normal).
            boolean unequalMargins = fieldExponent != 1 && fieldMantissa == 0;
            return dragon4(mantissa, fieldExponent - bias - binary.mantissaBits, binary.mantissaBits, unequalMargins,
                            fractionCutoff, cutoffMax, cutoffMin);
        }
        int mantissaBit = 63 - Long.numberOfLeadingZeros(fieldMantissa);
        return dragon4(fieldMantissa, 1 - bias - binary.mantissaBits, mantissaBit, false, fractionCutoff, cutoffMax,
                        cutoffMin);
    }

    /**
     * Dragon4 (Steele &amp; White, with Burger &amp; Dybvig's unique-digit stop and NumPy's
     * round-half-even) on {@code mantissa * 2^exponent}. Digits stop as soon as they identify the
     * value uniquely among its neighbours in the format (and at least {@code cutoffMin} digits are
     * out), or at the {@code cutoffMax}-th digit; the last digit is then rounded.
     *
     * @param fractionCutoff whether the cutoffs count digits after the decimal point (else all digits)
     * @param cutoffMax the most digits to print, or {@link #NONE}
     * @param cutoffMin the fewest digits to print, or {@link #NONE}
     */
    private static Digits dragon4(long mantissa, int exponent, int mantissaBit, boolean unequalMargins,
                    boolean fractionCutoff, int cutoffMax, int cutoffMin) {
        if (mantissa == 0) {
            return new Digits("0", 0);
        }
        boolean isEven = (mantissa & 1) == 0;
        // value = scaledValue / scale; marginLow is half the gap to the next lower value, scaled the
        // same way, and the upper margin is twice it when the margins are unequal. Everything is
        // doubled (quadrupled with unequal margins) so that the margins are integers.
        int marginShift = unequalMargins ? 2 : 1;
        BigInteger scaledValue;
        BigInteger scale;
        BigInteger marginLow;
        if (exponent > 0) {
            scaledValue = BigInteger.valueOf(mantissa).shiftLeft(exponent + marginShift);
            scale = BigInteger.ONE.shiftLeft(marginShift);
            marginLow = BigInteger.ONE.shiftLeft(exponent);
        } else {
            scaledValue = BigInteger.valueOf(mantissa).shiftLeft(marginShift);
            scale = BigInteger.ONE.shiftLeft(-exponent + marginShift);
            marginLow = BigInteger.ONE;
        }
        // floor(log10(value)) + 1, or one less; the estimate is corrected below.
        int digitExponent = (int) Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax) {
            // Nothing shows before the cutoff digit: start there so that the value rounds into it.
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger power = BigInteger.TEN.pow(-digitExponent);
            scaledValue = scaledValue.multiply(power);
            marginLow = marginLow.multiply(power);
        }
        if (scaledValue.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            scaledValue = scaledValue.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        int cutoffMaxExponent = Integer.MIN_VALUE;
        if (cutoffMax >= 0) {
            cutoffMaxExponent = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            cutoffMinExponent = Math.min(cutoffMinExponent, fractionCutoff ? -cutoffMin : digitExponent - cutoffMin);
        }
        int firstDigitExponent = digitExponent - 1;

        StringBuilder digits = new StringBuilder();
        int outputDigit;
        boolean low;
        boolean high;
        while (true) {
            digitExponent--;
            BigInteger[] quotientAndRemainder = scaledValue.divideAndRemainder(scale);
            outputDigit = quotientAndRemainder[0].intValue();
            scaledValue = quotientAndRemainder[1];
            BigInteger marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
            int compareLow = scaledValue.compareTo(marginLow);
            low = isEven ? compareLow <= 0 : compareLow < 0;
            int compareHigh = scaledValue.add(marginHigh).compareTo(scale);
            high = isEven ? compareHigh >= 0 : compareHigh > 0;
            if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) {
                break;
            }
            digits.append((char) ('0' + outputDigit));
            scaledValue = scaledValue.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }

        boolean roundDown = low;
        if (low == high) {
            // Both neighbours (or neither) are in reach: round to nearest, ties to an even digit.
            int compareHalf = scaledValue.shiftLeft(1).compareTo(scale);
            roundDown = compareHalf < 0 || (compareHalf == 0 && (outputDigit & 1) == 0);
        }
        if (roundDown) {
            digits.append((char) ('0' + outputDigit));
        } else if (outputDigit < 9) {
            digits.append((char) ('0' + outputDigit + 1));
        } else {
            // Carry: trailing nines vanish and the first other digit goes up.
            int length = digits.length();
            while (length > 0 && digits.charAt(length - 1) == '9') {
                length--;
            }
            if (length == 0) {
                digits.setLength(0);
                digits.append('1');
                firstDigitExponent++;
            } else {
                char last = digits.charAt(length - 1);
                digits.setLength(length - 1);
                digits.append((char) (last + 1));
            }
        }
        return new Digits(digits.toString(), firstDigitExponent);
    }
}
