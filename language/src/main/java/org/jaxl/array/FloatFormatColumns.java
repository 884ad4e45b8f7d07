package org.jaxl.array;

import org.jaxl.array.FloatFormatDragon4.Binary;
import org.jaxl.array.FloatFormatDragon4.Trim;

/**
 * NumPy's {@code FloatingFormat} (numpy/_core/arrayprint.py) with the default print options
 * (precision 8, floatmode 'maxprec', no suppression): one look at all the floats that will be
 * printed picks positional or scientific notation for all of them, the number of fraction
 * digits, and the padding that lines them up in columns; {@link #format} then prints each.
 *
 * <p>Scientific notation is chosen when a nonzero finite magnitude is at least 1e8 or below
 * 1e-4, or the largest is more than 1000 times the smallest; NumPy compares in the array's own
 * precision (NEP 50 converts the Python-float thresholds to it), which {@link Binary#round}
 * reproduces. The 1e8 cut-off is the one of NumPy 1.26-2.2, the versions JAX 0.4.30 ran with
 * (NumPy 2.3 lowered it to 1e3 for float16 and 1e6 for float32).
 */
final class FloatFormatColumns {
    private static final int PRECISION = 8;

    private final Binary binary;
    private final boolean plusSign;
    private final boolean scientific;
    private final int precision;
    private final int minDigits;
    private final Trim trim;
    private final int padLeft;
    private final int padRight;
    private final int expSize;

    /**
     * Fits the layout to {@code values}, all of format {@code binary}.
     *
     * @param plusSign print {@code +} before non-negative values (NumPy's {@code sign='+'}, used
     *            for the imaginary parts of complex numbers)
     */
    FloatFormatColumns(double[] values, Binary binary, boolean plusSign) {
        this.binary = binary;
        this.plusSign = plusSign;
        double maxAbs = 0;
        double minAbs = Double.POSITIVE_INFINITY;
        int finiteCount = 0;
        boolean anyNonFinite = false;
        boolean anyNegativeInfinity = false;
        for (double v : values) {
            if (Double.isFinite(v)) {
                finiteCount++;
                if (v != 0) {
                    maxAbs = Math.max(maxAbs, Math.abs(v));
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
            } else {
                anyNonFinite = true;
                anyNegativeInfinity |= v == Double.NEGATIVE_INFINITY;
            }
        }
        this.scientific = maxAbs > 0 && (maxAbs >= binary.round(1e8) || minAbs < binary.round(1e-4)
                        || binary.round(maxAbs / minAbs) > 1000.0);

        int fitPrecision = PRECISION;
        int fitMinDigits = FloatFormatDragon4.NONE;
        Trim fitTrim = Trim.ZEROS;
        int fitPadLeft = 0;
        int fitPadRight = 0;
        int fitExpSize = FloatFormatDragon4.NONE;
        if (finiteCount > 0 && scientific) {
            int maxFraction = 0;
            int maxExponentDigits = 0;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    String s = FloatFormatDragon4.scientific(v, binary, PRECISION, FloatFormatDragon4.NONE, Trim.ZEROS,
                                    plusSign, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE);
                    int point = s.indexOf('.');
                    int e = s.indexOf('e');
                    fitPadLeft = Math.max(fitPadLeft, point);
                    maxFraction = Math.max(maxFraction, e - point - 1);
                    // The exponent without the 'e' and its sign.
                    maxExponentDigits = Math.max(maxExponentDigits, s.length() - e - 2);
                }
            }
            // Every value gets as many fraction digits as the longest needs: 1.0000e-05, 1.2345e+00.
            fitPrecision = maxFraction;
            fitMinDigits = maxFraction;
            fitTrim = Trim.KEEP;
            fitExpSize = maxExponentDigits;
            fitPadRight = maxExponentDigits + 2 + maxFraction;
        } else if (finiteCount > 0) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    String s = FloatFormatDragon4.positional(v, binary, PRECISION, FloatFormatDragon4.NONE, true,
                                    Trim.ZEROS, plusSign, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE);
                    int point = s.indexOf('.');
                    fitPadLeft = Math.max(fitPadLeft, point);
                    fitPadRight = Math.max(fitPadRight, s.length() - point - 1);
                }
            }
            fitMinDigits = 0;
        }
        if (anyNonFinite) {
            // Make room for "nan" and "inf", signed when negative or when every value shows a sign.
            int afterPoint = fitPadRight + 1;
            boolean signedInfinity = plusSign || anyNegativeInfinity;
            fitPadLeft = Math.max(fitPadLeft, Math.max(3 - afterPoint, 3 + (signedInfinity ? 1 : 0) - afterPoint));
        }
        this.precision = fitPrecision;
        this.minDigits = fitMinDigits;
        this.trim = fitTrim;
        this.padLeft = fitPadLeft;
        this.padRight = fitPadRight;
        this.expSize = fitExpSize;
    }

    /** Prints one of the values this layout was fitted to. */
    String format(double v) {
        if (!Double.isFinite(v)) {
            String word = Double.isNaN(v) ? (plusSign ? "+nan" : "nan") : (v < 0 ? "-inf" : plusSign ? "+inf" : "inf");
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - word.length())) + word;
        }
        if (scientific) {
            return FloatFormatDragon4.scientific(v, binary, precision, minDigits, trim, plusSign, padLeft, expSize);
        }
        return FloatFormatDragon4.positional(v, binary, precision, minDigits, true, trim, plusSign, padLeft, padRight);
    }
}
