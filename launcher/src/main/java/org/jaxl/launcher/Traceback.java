package org.jaxl.launcher;

import java.util.List;

/**
 * The text CPython 3.11 prints for an uncaught exception: a traceback with the outermost call
 * first, or for a syntax error the offending line with a caret under the error.
 */
public final class Traceback {

    /**
     * One call on the guest stack.
     *
     * @param fileName the source's name as the program was started with it
     * @param line 1-based line of the call or raise
     * @param function the function's name, {@code <module>} for top-level code
     * @param sourceLine the text of that line, or {@code null} where it is not known
     */
    public record Frame(String fileName, int line, String function, String sourceLine) {
    }

    private Traceback() {
    }

    /**
     * Formats a traceback ending in {@code message}, the exception's {@code TypeName: text}.
     *
     * @param frames the calls, outermost first
     */
    public static String format(List<Frame> frames, String message) {
        StringBuilder text = new StringBuilder("Traceback (most recent call last):\n");
        for (Frame frame : frames) {
            text.append("  File \"").append(frame.fileName()).append("\", line ").append(frame.line())
                            .append(", in ").append(frame.function()).append('\n');
            if (frame.sourceLine() != null && !frame.sourceLine().isBlank()) {
                text.append("    ").append(frame.sourceLine().strip()).append('\n');
            }
        }
        return text.append(message).append('\n').toString();
    }

    /**
     * Formats a syntax error as CPython 3.11's {@code traceback._format_syntax_error} does: the
     * line with its leading spaces removed and carets under columns {@code [startColumn,
     * endColumn)}.
     *
     * @param lineText the offending line, or {@code null} where it is not known
     * @param startColumn 1-based column of the first character the error points at
     * @param endColumn 1-based column just past the last one; at most {@code startColumn} means one
     *            caret
     * @param message the error's {@code SyntaxError: text}
     */
    public static String formatSyntaxError(String fileName, int line, String lineText, int startColumn, int endColumn,
                    String message) {
        StringBuilder text = new StringBuilder();
        text.append("  File \"").append(fileName).append("\", line ").append(line).append('\n');
        if (lineText != null) {
            String right = stripTrailingNewlines(lineText);
            String left = stripLeading(right);
            int removed = right.length() - left.length();
            text.append("    ").append(left).append('\n');
            int from = startColumn - 1 - removed;
            int to = Math.max(endColumn, startColumn + 1) - 1 - removed;
            if (from >= 0) {
                text.append("    ");
                for (int i = 0; i < from; i++) {
                    // Tabs stay tabs so the caret lines up however the terminal expands them.
                    char c = i < left.length() ? left.charAt(i) : ' ';
                    text.append(Character.isWhitespace(c) ? c : ' ');
                }
                text.append("^".repeat(to - from)).append('\n');
            }
        }
        return text.append(message).append('\n').toString();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Strips what CPython strips ({@code ' \n\f'}): tabs are kept. */
    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && " \n\f".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }
}
