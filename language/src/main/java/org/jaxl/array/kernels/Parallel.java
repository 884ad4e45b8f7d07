package org.jaxl.array.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits large kernel loops over the common fork-join pool. Below {@link #THRESHOLD} elements,
 * or with one core, the body runs on the calling thread.
 */
public final class Parallel {
    /** Elements from which splitting pays for the hand-off (measured on elementwise float32 loops). */
    static final int THRESHOLD = 1 << 18;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private Parallel() {
    }

    /** A loop over the index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /** Runs {@code body} over {@code [0, n)}, in parallel chunks when {@code n} is large. */
    public static void forRange(int n, RangeBody body) {
        forRange(n, THRESHOLD, body);
    }

    /** As {@link #forRange(int, RangeBody)}, splitting from {@code threshold} units of work. */
    public static void forRange(int n, int threshold, RangeBody body) {
        int chunks = Math.min(CORES, n / Math.max(1, threshold / 4));
        if (n < threshold || chunks < 2 || ForkJoinTask.inForkJoinPool()) {
            body.run(0, n);
            return;
        }
        List<ForkJoinTask<?>> tasks = new ArrayList<>(chunks);
        int step = (n + chunks - 1) / chunks;
        for (int start = step; start < n; start += step) {
            int from = start;
            int to = Math.min(n, start + step);
            tasks.add(ForkJoinPool.commonPool().submit(() -> body.run(from, to)));
        }
        body.run(0, Math.min(n, step));
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
    }
}
