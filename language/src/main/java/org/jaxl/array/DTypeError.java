package org.jaxl.array;

import java.io.Serial;

/**
 * An error that JAX raises from its dtype rules, carrying the Python exception type JAX raises
 * ({@code "TypeError"}, {@code "ValueError"}, {@code "OverflowError"}) and JAX's message text, so
 * that the runtime can turn it into the Jaxl exception a JAX user would see.
 */
public final class DTypeError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public DTypeError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    static DTypeError typeError(String message) {
        return new DTypeError("TypeError", message);
    }

    static DTypeError valueError(String message) {
        return new DTypeError("ValueError", message);
    }

    /** The name of the Python exception class, e.g. {@code "TypeError"}. */
    public String pythonType() {
        return pythonType;
    }

    /** The last line of a Python traceback: {@code TypeError: message}. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
