package org.jaxl.launcher.notebook;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one {@code %timeit} measured: {@code repeat} runs of {@code loops} calls each. Its text is
 * IPython 8's {@code TimeitResult.__str__}: the mean and the population standard deviation of the
 * per-call times, e.g. {@code 2.76 ms ± 18.3 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)}.
 */
public final class TimeitResult {

    private static final int PRECISION = 3;

    private final long loops;
    private final double[] perLoopSeconds;

    /**
     * @param loops calls per run
     * @param runSeconds the total time of each run, in seconds
     */
    public TimeitResult(long loops, double[] runSeconds) {
        if (loops < 1 || runSeconds.length == 0) {
            throw new IllegalArgumentException("a timing needs at least one run of at least one loop");
        }
        this.loops = loops;
        this.perLoopSeconds = Arrays.stream(runSeconds).map(run -> run / loops).toArray();
    }

    public double average() {
        return fsum(perLoopSeconds) / perLoopSeconds.length;
    }

    /** The population standard deviation (divided by n, not n - 1), as IPython computes it. */
    public double stdev() {
        double mean = average();
        return Math.sqrt(fsum(Arrays.stream(perLoopSeconds).map(t -> (t - mean) * (t - mean)).toArray()) / perLoopSeconds.length);
    }

    /**
     * The correctly rounded sum, as Python's {@code math.fsum} (which IPython uses) computes it:
     * exact partial sums (Shewchuk's algorithm), then CPython's final rounding, so that the
     * digits printed agree with IPython's where a plain sum's rounding would change them.
     */
    static double fsum(double[] values) {
        double[] partials = new double[values.length];
        int count = 0;
        for (double value : values) {
            double x = value;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                double y = partials[i];
                if (Math.abs(x) < Math.abs(y)) {
                    double swap = x;
                    x = y;
                    y = swap;
                }
                double high = x + y;
                double low = y - (high - x);
                if (low != 0.0) {
                    partials[kept++] = low;
                }
                x = high;
            }
            partials[kept] = x;
            count = kept + 1;
        }
        if (count == 0) {
            return 0.0;
        }
        int n = count - 1;
        double high = partials[n];
        double low = 0.0;
        while (n > 0) {
            double x = high;
            double y = partials[--n];
            high = x + y;
            low = y - (high - x);
            if (low != 0.0) {
                break;
            }
        }
        // Round half to even across the partials left over, as math.fsum does.
        if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
            double y = low * 2.0;
            double x = high + y;
            if (y == x - high) {
                high = x;
            }
        }
        return high;
    }

    public double best() {
        return Arrays.stream(perLoopSeconds).min().orElseThrow();
    }

    public double worst() {
        return Arrays.stream(perLoopSeconds).max().orElseThrow();
    }

    /**
     * IPython's warning that the runs disagree so much that something may be cached, or
     * {@code null} when they agree well enough (or are all below a microsecond, where it does not
     * matter).
     */
    public String cachingWarning() {
        double best = best();
        double worst = worst();
        if (worst > 4 * best && best > 0 && worst > 1e-6) {
            return String.format(Locale.ROOT, "The slowest run took %.2f times longer than the fastest. "
                            + "This could mean that an intermediate result is being cached.", worst / best);
        }
        return null;
    }

    @Override
    public String toString() {
        int runs = perLoopSeconds.length;
        return String.format(Locale.ROOT, "%s \u00b1 %s per loop (mean \u00b1 std. dev. of %d run%s, %,d loop%s each)",
                        TimeFormat.formatTime(average(), PRECISION), TimeFormat.formatTime(stdev(), PRECISION),
                        runs, runs == 1 ? "" : "s", loops, loops == 1 ? "" : "s");
    }
}
