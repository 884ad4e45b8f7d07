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

    /**
     * Depth of executions of compiled jit entries in progress: primitives evaluated inside one are
     * part of that executable, not dispatched (and compiled) one by one.
     */
    private int compiledDepth;

    public boolean inCompiledExecution() {
        return compiledDepth > 0;
    }

    /** Runs {@code body} as the execution of one compiled executable. */
    public <T> T runCompiled(java.util.function.Supplier<T> body) {
        compiledDepth++;
        try {
            return body.get();
        } finally {
            compiledDepth--;
        }
    }
}
