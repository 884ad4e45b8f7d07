package org.jaxl.runtime;

/** Python's {@code range} over longs. */
public final class PRange extends JaxlObject {
    private final long start;
    private final long stop;
    private final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
