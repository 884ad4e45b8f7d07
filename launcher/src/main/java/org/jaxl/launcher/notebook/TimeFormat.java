package org.jaxl.launcher.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Durations written the way IPython 8's {@code %timeit} and {@code %time} write them
 * ({@code IPython/core/magics/execution.py}, {@code _format_time}): a number with a few
 * significant digits in C's {@code %g} style and the unit that keeps it between 1 and 1000 —
 * {@code 2.76 ms}, {@code 18.3 µs}, {@code 8 ns} — or, from one minute on, {@code 1min 5s}.
 */
public final class TimeFormat {

    /**
     * The micro sign U+00B5, as IPython printed it until 8.24 and as the seed's outputs show it
     * (later versions switched to the Greek letter mu U+03BC).
     */
    private static final String[] UNITS = {"s", "ms", "\u00b5s", "ns"};
    private static final double[] SCALING = {1, 1e3, 1e6, 1e9};

    private static final String[] LONG_SUFFIXES = {"d", "h", "min", "s"};
    private static final long[] LONG_LENGTHS = {60 * 60 * 24, 60 * 60, 60, 1};

    private TimeFormat() {
    }

    /**
     * Formats a duration as IPython's {@code _format_time(timespan, precision)} does.
     *
     * @param seconds the duration in seconds
     * @param precision significant digits (IPython's default is 3)
     */
    public static String formatTime(double seconds, int precision) {
        if (seconds >= 60.0) {
            return formatLong(seconds);
        }
        int order = 3;
        if (seconds > 0.0) {
            int decade = (int) Math.floor(Math.log10(seconds));
            order = Math.min(-Math.floorDiv(decade, 3), 3);
        }
        return formatG(seconds * SCALING[order], precision) + " " + UNITS[order];
    }

    /** Days, hours, minutes and whole seconds, largest first, stopping below one second left over. */
    private static String formatLong(double seconds) {
        List<String> parts = new ArrayList<>();
        double leftover = seconds;
        for (int i = 0; i < LONG_LENGTHS.length; i++) {
            long value = (long) (leftover / LONG_LENGTHS[i]);
            if (value > 0) {
                leftover = leftover % LONG_LENGTHS[i];
                parts.add(value + LONG_SUFFIXES[i]);
            }
            if (leftover < 1) {
                break;
            }
        }
        return String.join(" ", parts);
    }

    /**
     * Formats a finite, non-negative number as C's {@code printf("%.*g", precision, value)} does:
     * rounded to {@code precision} significant digits (half to even on the exact binary value, as
     * glibc rounds), fixed notation for decimal exponents from -4 to {@code precision - 1} and
     * exponent notation with at least two exponent digits otherwise, trailing zeros removed.
     * Java's {@code %g} differs on all three counts, so it cannot be used here.
     */
    static String formatG(double value, int precision) {
        int digits = precision == 0 ? 1 : precision;
        if (value == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.UNNECESSARY);
            String sign = exponent < 0 ? "-" : "+";
            return stripTrailingZeros(mantissa.toPlainString()) + "e" + sign + String.format("%02d", Math.abs(exponent));
        }
        return stripTrailingZeros(rounded.setScale(digits - 1 - exponent, RoundingMode.UNNECESSARY).toPlainString());
    }

    private static String stripTrailingZeros(String number) {
        if (number.indexOf('.') < 0) {
            return number;
        }
        int end = number.length();
        while (number.charAt(end - 1) == '0') {
            end--;
        }
        if (number.charAt(end - 1) == '.') {
            end--;
        }
        return number.substring(0, end);
    }
}
