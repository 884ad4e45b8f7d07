package org.jaxl.runtime;

import java.io.Serial;

/**
 * A Python exception raised by {@link PyFormat}: the name of the built-in exception type
 * ({@code ValueError}, {@code TypeError}, {@code OverflowError}, {@code MemoryError}) and CPython
 * 3.11's message, word for word. {@code PyFormat} knows no interpreter state, so the caller turns
 * this into the Jaxl exception, e.g. {@code PyErrors.create(node, e.pythonType(), e.getMessage())}.
 */
public final class PyFormatException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    private final String pythonType;

    public PyFormatException(String pythonType, String message) {
        // No stack trace: this is a Python-level error that the caller converts at once.
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type's name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static PyFormatException valueError(String message) {
        return new PyFormatException("ValueError", message);
    }

    static PyFormatException typeError(String message) {
        return new PyFormatException("TypeError", message);
    }

    static PyFormatException overflowError(String message) {
        return new PyFormatException("OverflowError", message);
    }

    /** CPython raises a bare {@code MemoryError} (empty message) when a result cannot be allocated. */
    static PyFormatException memoryError() {
        return new PyFormatException("MemoryError", "");
    }
}
