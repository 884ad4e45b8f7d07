package org.jaxl.runtime;

/** Python's {@code range} over longs. */
public record PRange(long start, long stop, long step) implements com.oracle.truffle.api.interop.TruffleObject {
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
