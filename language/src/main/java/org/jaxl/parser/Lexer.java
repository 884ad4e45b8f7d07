package org.jaxl.parser;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jaxl.parser.Token.Kind;

/**
 * Python's tokenizer: turns source text into tokens with INDENT/DEDENT for blocks, NEWLINE at the
 * end of each logical line, implicit line joining inside brackets and explicit joining with a
 * backslash. String literals are decoded here; f-strings are handed on undecoded.
 */
final class Lexer {
    private static final String[] OPERATORS = {
                    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
                    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "="};

    private final String src;
    private final int n;
    private int pos;
    private int line = 1;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Open brackets, as offsets into the source. */
    private final Deque<Integer> brackets = new ArrayDeque<>();
    private boolean atLineStart = true;

    private Lexer(String src) {
        this.src = src;
        this.n = src.length();
        indents.push(0);
    }

    static List<Token> tokenize(String src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            if (atLineStart && brackets.isEmpty()) {
                if (!handleIndentation()) {
                    break;
                }
            }
            skipSpacesAndContinuations();
            if (pos >= n) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                int start = pos;
                consumeNewline();
                if (brackets.isEmpty()) {
                    add(Kind.NEWLINE, "\n", null, start, start + 1, line - 1);
                    atLineStart = true;
                }
                continue;
            }
            if (isIdentifierStart(c)) {
                lexNameOrString();
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < n && Character.isDigit(src.charAt(pos + 1)))) {
                lexNumber();
            } else if (c == '"' || c == '\'') {
                lexString(pos, "");
            } else {
                lexOperator();
            }
        }
        if (!brackets.isEmpty()) {
            int open = brackets.peek();
            throw new SyntaxErrorInfo("SyntaxError", "'" + src.charAt(open) + "' was never closed", open, 1, true);
        }
        if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).is(Kind.NEWLINE) && !tokens.get(tokens.size() - 1).is(Kind.DEDENT)) {
            add(Kind.NEWLINE, "", null, n, n, line);
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(Kind.DEDENT, "", null, n, n, line);
        }
        add(Kind.END, "", null, n, n, line);
    }

    private void add(Kind kind, String text, Object value, int start, int end, int tokLine) {
        tokens.add(new Token(kind, text, value, start, end, tokLine));
    }

    private void consumeNewline() {
        if (src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    /** Measures the indentation of a new logical line; returns false at end of input. */
    private boolean handleIndentation() {
        while (true) {
            int lineStart = pos;
            int col = 0;
            while (pos < n && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
                col = src.charAt(pos) == '\t' ? (col / 8 + 1) * 8 : col + 1;
                pos++;
            }
            if (pos >= n) {
                return false;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
                if (pos >= n) {
                    return false;
                }
            }
            c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                consumeNewline();
                continue;
            }
            if (c == '\\' && pos + 1 < n && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                // A continuation line joins onto the indentation of this one.
                atLineStart = false;
                return true;
            }
            atLineStart = false;
            int current = indents.peek();
            if (col > current) {
                // Whether an indent is legal here is the parser's call: after "def f(x)" with no
                // colon CPython reports the missing ':' rather than the indent.
                indents.push(col);
                add(Kind.INDENT, "", null, lineStart, pos, line);
            } else {
                while (col < indents.peek()) {
                    indents.pop();
                    add(Kind.DEDENT, "", null, pos, pos, line);
                }
                if (col != indents.peek()) {
                    throw new SyntaxErrorInfo("IndentationError", "unindent does not match any outer indentation level", pos, 0, false);
                }
            }
            return true;
        }
    }

    private void skipSpacesAndContinuations() {
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '\\' && pos + 1 < n && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                consumeNewline();
            } else if (c == '\\' && pos + 1 >= n) {
                throw new SyntaxErrorInfo("SyntaxError", "unexpected EOF while parsing", pos, 1, true);
            } else if ((c == '\n' || c == '\r') && !brackets.isEmpty()) {
                consumeNewline();
            } else {
                return;
            }
        }
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierPart(c);
    }

    private void lexNameOrString() {
        int start = pos;
        while (pos < n && isIdentifierPart(src.charAt(pos))) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos < n && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && word.length() <= 2 && isStringPrefix(word)) {
            lexString(start, word.toLowerCase());
            return;
        }
        add(Kind.NAME, word, null, start, pos, line);
    }

    private static boolean isStringPrefix(String w) {
        return switch (w.toLowerCase()) {
            case "r", "u", "b", "f", "rb", "br", "fr", "rf" -> true;
            default -> false;
        };
    }

    private void lexString(int start, String prefix) {
        char quote = src.charAt(pos);
        boolean triple = pos + 2 < n && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote;
        int startLine = line;
        int quoteStart = pos;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        boolean raw = prefix.contains("r");
        while (true) {
            if (pos >= n) {
                if (triple) {
                    // CPython counts the line of the last character read, not the empty line after a final newline.
                    int lastLine = src.endsWith("\n") || src.endsWith("\r") ? line - 1 : line;
                    throw new SyntaxErrorInfo("SyntaxError", "unterminated triple-quoted string literal (detected at line " + lastLine + ")", quoteStart, 1, true);
                }
                throw new SyntaxErrorInfo("SyntaxError", "unterminated string literal (detected at line " + line + ")", quoteStart, 1, false);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < n) {
                    if (src.charAt(pos) == '\n' || src.charAt(pos) == '\r') {
                        consumeNewline();
                    } else {
                        pos++;
                    }
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw new SyntaxErrorInfo("SyntaxError", "unterminated string literal (detected at line " + line + ")", quoteStart, 1, false);
                }
                consumeNewline();
                continue;
            }
            if (c == quote) {
                if (!triple) {
                    break;
                }
                if (pos + 2 < n && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote) {
                    break;
                }
            }
            pos++;
        }
        String body = src.substring(bodyStart, pos);
        pos += triple ? 3 : 1;
        if (prefix.contains("f")) {
            add(Kind.FSTRING, src.substring(start, pos), new Token.FStringParts(body, bodyStart, raw), start, pos, startLine);
        } else {
            String value = raw ? body : decodeEscapes(body, bodyStart);
            add(Kind.STRING, src.substring(start, pos), value, start, pos, startLine);
        }
    }

    /** Decodes Python's backslash escapes; {@code offset} is the body's position for errors. */
    static String decodeEscapes(String s, int offset) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\' || i >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < s.length() && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits > s.length()) {
                        throw SyntaxErrorInfo.syntax("(unicode error) truncated \\" + e + " escape", offset + i - 2, 1);
                    }
                    int cp;
                    try {
                        cp = Integer.parseInt(s.substring(i, i + digits), 16);
                    } catch (NumberFormatException ex) {
                        throw SyntaxErrorInfo.syntax("(unicode error) truncated \\" + e + " escape", offset + i - 2, 1);
                    }
                    sb.appendCodePoint(cp);
                    i += digits;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            v = v * 8 + (s.charAt(i++) - '0');
                            k++;
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private void lexNumber() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < n && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int digitsStart = pos;
            while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            String digits = src.substring(digitsStart, pos).replace("_", "");
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            try {
                addInt(new BigInteger(digits, radix), start);
            } catch (NumberFormatException e) {
                throw SyntaxErrorInfo.syntax("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal", start, pos - start);
            }
            return;
        }
        boolean isFloat = false;
        scanDigits();
        if (pos < n && src.charAt(pos) == '.' && !(pos + 1 < n && src.charAt(pos + 1) == '.')) {
            isFloat = true;
            pos++;
            scanDigits();
        }
        if (pos < n && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < n && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < n && Character.isDigit(src.charAt(pos))) {
                isFloat = true;
                scanDigits();
            } else {
                pos = save;
            }
        }
        String text = src.substring(start, pos).replace("_", "");
        if (pos < n && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            add(Kind.NUMBER, src.substring(start, pos), new Ast.Imaginary(Double.parseDouble(text)), start, pos, line);
            return;
        }
        if (pos < n && isIdentifierStart(src.charAt(pos))) {
            throw SyntaxErrorInfo.syntax("invalid decimal literal", start, pos - start + 1);
        }
        if (isFloat) {
            add(Kind.NUMBER, src.substring(start, pos), Double.parseDouble(text), start, pos, line);
        } else {
            if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0')) {
                throw SyntaxErrorInfo.syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, pos - start);
            }
            addInt(new BigInteger(text), start);
        }
    }

    private void scanDigits() {
        while (pos < n && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_' && pos + 1 < n && Character.isDigit(src.charAt(pos + 1)))) {
            pos++;
        }
    }

    private void addInt(BigInteger v, int start) {
        Object value = v.bitLength() < 64 ? (Object) v.longValue() : v;
        add(Kind.NUMBER, src.substring(start, pos), value, start, pos, line);
    }

    private void lexOperator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                int start = pos;
                pos += op.length();
                switch (op) {
                    case "(", "[", "{" -> brackets.push(start);
                    case ")", "]", "}" -> {
                        char open = op.equals(")") ? '(' : op.equals("]") ? '[' : '{';
                        if (brackets.isEmpty()) {
                            throw SyntaxErrorInfo.syntax("unmatched '" + op + "'", start, 1);
                        }
                        int openPos = brackets.pop();
                        if (src.charAt(openPos) != open) {
                            throw SyntaxErrorInfo.syntax("closing parenthesis '" + op + "' does not match opening parenthesis '" + src.charAt(openPos) + "'", start, 1);
                        }
                    }
                    default -> {
                    }
                }
                add(Kind.OP, op, null, start, pos, line);
                return;
            }
        }
        char c = src.charAt(pos);
        if (c < 128) {
            // Stray ASCII characters ('$', '?', '!', '`') are plain syntax errors in CPython.
            throw SyntaxErrorInfo.syntax("invalid syntax", pos, 1);
        }
        throw SyntaxErrorInfo.syntax("invalid character '" + c + "' (U+" + String.format("%04X", (int) c) + ")", pos, 1);
    }
}
