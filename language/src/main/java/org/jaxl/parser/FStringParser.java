package org.jaxl.parser;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.parser.Ast.Constant;
import org.jaxl.parser.Ast.Expr;
import org.jaxl.parser.Ast.FormattedValue;
import org.jaxl.parser.Ast.JoinedStr;

/**
 * Splits the body of an f-string into literal text and {@code {expr!conv:spec}} fields, parsing
 * each field's expression (and nested fields in the spec) with the expression parser.
 */
final class FStringParser {
    private final String wholeSource;
    private final String body;
    private final int offset;
    private final boolean raw;
    private int i;

    FStringParser(String wholeSource, String body, int offset, boolean raw) {
        this.wholeSource = wholeSource;
        this.body = body;
        this.offset = offset;
        this.raw = raw;
    }

    List<Expr> parse() {
        List<Expr> parts = new ArrayList<>();
        parseUntil(parts, false);
        return parts;
    }

    /** Parses literal text and fields until the end of the body, or until a top-level '}' when inside a spec. */
    private void parseUntil(List<Expr> parts, boolean inSpec) {
        StringBuilder literal = new StringBuilder();
        int literalStart = i;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                    continue;
                }
                flush(parts, literal, literalStart);
                parts.add(field());
                literalStart = i;
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw SyntaxErrorInfo.syntax("f-string: single '}' is not allowed", offset + i, 1);
            } else if (c == '\\' && !raw && i + 1 < body.length()) {
                int start = i;
                i += 2;
                char e = body.charAt(start + 1);
                if (e == 'x') {
                    i += 2;
                } else if (e == 'u') {
                    i += 4;
                } else if (e == 'U') {
                    i += 8;
                } else if (e >= '0' && e <= '7') {
                    while (i < body.length() && i < start + 4 && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        i++;
                    }
                }
                i = Math.min(i, body.length());
                literal.append(Lexer.decodeEscapes(body.substring(start, i), offset + start));
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(parts, literal, literalStart);
    }

    private void flush(List<Expr> parts, StringBuilder literal, int literalStart) {
        if (!literal.isEmpty()) {
            parts.add(new Constant(literal.toString(), offset + literalStart, offset + i));
            literal.setLength(0);
        }
    }

    /** Parses {@code {expr[=][!c][:spec]}} starting at the '{'. */
    private Expr field() {
        int open = i;
        i++;
        int exprStart = i;
        int depth = 0;
        char quote = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ':' || c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '='))) {
                break;
            } else if (depth == 0 && c == '=' && i + 1 < body.length() && body.charAt(i + 1) != '=' && i > exprStart
                            && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                break;
            }
            i++;
        }
        if (i >= body.length()) {
            throw SyntaxErrorInfo.syntax("f-string: expecting '}'", offset + open, 1);
        }
        String exprText = body.substring(exprStart, i);
        if (exprText.isBlank()) {
            throw SyntaxErrorInfo.syntax("f-string: empty expression not allowed", offset + open, 1);
        }
        Expr value = Parser.parseEmbeddedExpression(wholeSource, exprText, offset + exprStart);
        String debugText = null;
        if (body.charAt(i) == '=') {
            // The debug text keeps the whitespace around '=' as written: f"{x = }" prints "x = 1".
            i++;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            debugText = body.substring(exprStart, i);
        }
        char conversion = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            if (i + 1 >= body.length() || "sra".indexOf(body.charAt(i + 1)) < 0) {
                throw SyntaxErrorInfo.syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'", offset + i, 1);
            }
            conversion = body.charAt(i + 1);
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            int specStart = i;
            List<Expr> specParts = new ArrayList<>();
            parseUntil(specParts, true);
            spec = new JoinedStr(specParts, offset + specStart, offset + i);
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw SyntaxErrorInfo.syntax("f-string: expecting '}'", offset + open, 1);
        }
        i++;
        if (debugText != null && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        FormattedValue fv = new FormattedValue(value, conversion, spec, offset + open, offset + i);
        if (debugText != null) {
            return new JoinedStr(List.of(new Constant(debugText, offset + exprStart, offset + exprStart + debugText.length()), fv), offset + open, offset + i);
        }
        return fv;
    }
}
