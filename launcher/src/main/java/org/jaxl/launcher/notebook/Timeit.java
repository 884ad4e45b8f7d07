package org.jaxl.launcher.notebook;

/**
 * IPython 8's {@code %timeit} measuring procedure, apart from what is timed: choose the number of
 * calls per run as the first of 1, 10, 100, … whose run takes at least 0.2 s, then time seven
 * runs of that many calls.
 */
public final class Timeit {

    /** IPython's default repeat count ({@code max(7, timeit.default_repeat)}). */
    public static final int DEFAULT_REPEAT = 7;

    private static final double AUTORANGE_MIN_SECONDS = 0.2;
    /** IPython tries at most 10 powers of ten, up to 10^9 calls per run. */
    private static final int AUTORANGE_MAX_POWER = 9;

    /** Runs what is being measured a given number of times in a row. */
    @FunctionalInterface
    public interface Loop {
        /** Calls the timed statement {@code number} times and returns the elapsed nanoseconds. */
        long time(long number);
    }

    private Timeit() {
    }

    /** Measures {@code loop} as {@code %timeit} does with no options. */
    public static TimeitResult measure(Loop loop) {
        long number = 1;
        for (int power = 0; power <= AUTORANGE_MAX_POWER; power++) {
            number = pow10(power);
            if (seconds(loop.time(number)) >= AUTORANGE_MIN_SECONDS) {
                break;
            }
        }
        double[] runs = new double[DEFAULT_REPEAT];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = seconds(loop.time(number));
        }
        return new TimeitResult(number, runs);
    }

    private static long pow10(int power) {
        long result = 1;
        for (int i = 0; i < power; i++) {
            result *= 10;
        }
        return result;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
