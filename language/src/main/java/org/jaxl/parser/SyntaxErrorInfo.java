package org.jaxl.parser;

/**
 * A syntax error found by the lexer or parser, before it is attached to a Truffle source:
 * CPython's exception type ({@code SyntaxError} or {@code IndentationError}), its message, and
 * the character range its caret line marks (length 0: no caret, as CPython prints for
 * "unexpected indent"). {@code incomplete} is set when more input could complete the source.
 */
public final class SyntaxErrorInfo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final int start;
    private final int length;
    private final boolean incomplete;

    SyntaxErrorInfo(String pythonType, String message, int start, int length, boolean incomplete) {
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.start = start;
        this.length = length;
        this.incomplete = incomplete;
    }

    static SyntaxErrorInfo syntax(String message, int start, int length) {
        return new SyntaxErrorInfo("SyntaxError", message, start, length, false);
    }

    public String pythonType() {
        return pythonType;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    public boolean incomplete() {
        return incomplete;
    }
}
