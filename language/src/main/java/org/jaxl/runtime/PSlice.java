package org.jaxl.runtime;

/** Python's {@code slice(start, stop, step)}; the parts are arbitrary objects, usually ints or None. */
public final class PSlice extends JaxlObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }
}
