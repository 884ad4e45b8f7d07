package org.jaxl.trace;

/** The current trace of a context (JAX's trace context); the eval trace when nothing is being traced. */
public final class TraceState {
    private final EvalTrace evalTrace = new EvalTrace();
    private Trace current = evalTrace;

    public Trace current() {
        return current;
    }

    public EvalTrace evalTrace() {
        return evalTrace;
    }

    /** Makes {@code trace} current and returns the previous one, to restore with {@link #restore}. */
    public Trace enter(Trace trace) {
        Trace previous = current;
        current = trace;
        return previous;
    }

    public void restore(Trace previous) {
        current = previous;
    }
}
