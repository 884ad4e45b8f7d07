package org.jaxl.parser;

/**
 * A lexical token. {@code value} holds the parsed literal for numbers and strings; for f-strings
 * it is the {@link FStringParts} to be parsed further.
 */
record Token(Kind kind, String text, Object value, int start, int end, int line) {

    enum Kind {
        NAME,
        NUMBER,
        STRING,
        FSTRING,
        OP,
        NEWLINE,
        INDENT,
        DEDENT,
        END
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    boolean isKeyword(String kw) {
        return kind == Kind.NAME && text.equals(kw);
    }

    /**
     * The undecoded body of an f-string literal: {@code body} starts at source offset
     * {@code bodyStart}; {@code raw} tells whether backslashes are literal.
     */
    record FStringParts(String body, int bodyStart, boolean raw) {
    }
}
