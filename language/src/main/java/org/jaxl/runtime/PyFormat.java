package org.jaxl.runtime;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython 3.11's text forms of numbers and strings, character for character: {@code repr} and
 * {@code str} of floats and strings, {@code format(value, spec)} with the format-spec
 * mini-language (which f-strings and {@code str.format} use after their conversions), and
 * {@code %}-formatting. The sources followed are Python/formatter_unicode.c (the mini-language),
 * Python/pystrtod.c (float to text) and Objects/unicodeobject.c ({@code repr}, {@code %}).
 *
 * <p>Python ints arrive as {@code Long} or {@code BigInteger}, floats as {@code double}, strings
 * as {@code String} (whose code points are the Python characters; widths and precisions count
 * code points). Errors are thrown as {@link PyFormatException} carrying CPython's exception type
 * and message. Nothing here touches interpreter state; every entry point is a Truffle boundary.
 *
 * <p>How the interpreter maps Python's operations onto this class:
 * <ul>
 * <li>{@code format(x, spec)}, {@code f"{x:spec}"}, {@code "{:spec}".format(x)}: by the type of
 * {@code x}, {@link #formatFloat}, {@link #formatInt}, {@link #formatBool}, {@link #formatStr};
 * a conversion ({@code !r}, {@code !s}, {@code !a}) first turns the value into a string, which
 * is then formatted with {@link #formatStr}. An empty spec gives {@code str(x)} for every type.</li>
 * <li>{@code repr}/{@code str}: {@link #reprFloat}, {@link #strFloat}, {@link #reprStr}.</li>
 * <li>{@code format % args}: {@link #percentFormat}.</li>
 * </ul>
 */
public final class PyFormat {
    /** The longest string the JVM can build; CPython raises MemoryError when it cannot allocate. */
    private static final long MAX_RESULT_LENGTH = Integer.MAX_VALUE - 8;

    private static final HexFormat HEX = HexFormat.of();

    private PyFormat() {
    }

    /**
     * {@code repr(value)}: the shortest digits that read back as {@code value}, in positional form
     * for magnitudes in [1e-4, 1e16) ({@code 1.0}, {@code 0.0001}, {@code 1234567890123456.0})
     * and exponent form otherwise ({@code 1e+16}, {@code 1.5e-05}); {@code inf}, {@code -inf},
     * {@code nan}, {@code -0.0}.
     */
    @TruffleBoundary
    public static String reprFloat(double value) {
        return PyFormatDouble.format(value, 'r', 0, true, false, false);
    }

    /** {@code str(value)}, which is {@code repr(value)} since Python 3.2. */
    public static String strFloat(double value) {
        return reprFloat(value);
    }

    /**
     * {@code repr(value)} of a str: in single quotes, or double quotes when the string contains a
     * single quote and no double quote; the chosen quote and backslash escaped; {@code \t \n \r};
     * other ASCII controls and DEL as {@code \x..}; non-ASCII characters that are not printable
     * ({@code str.isprintable}: categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs) as {@code \x..},
     * <code>&#92;u....</code> or {@code \U........}, printable ones as they are. Printability follows
     * CPython 3.11's Unicode 14.0 database exactly, although the JDK's is newer. A lone surrogate
     * in {@code value} is one (non-printable) character, as in Python.
     */
    @TruffleBoundary
    public static String reprStr(String value) {
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
        for (int i = 0; i < value.length();) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                out.append("\\x").append(HEX.toHexDigits((byte) c));
            } else if (c < 0x7f || PyFormatUnicode.isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                appendEscape(out, c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code ascii()} given {@code repr()}: the repr with every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                appendEscape(out, c);
            }
        });
        return out.toString();
    }

    /** The shortest of {@code \xhh}, <code>&#92;uhhhh</code>, {@code \Uhhhhhhhh} that holds {@code c}. */
    private static void appendEscape(StringBuilder out, int c) {
        if (c <= 0xff) {
            out.append("\\x").append(HEX.toHexDigits((byte) c));
        } else if (c <= 0xffff) {
            out.append("\\u").append(HEX.toHexDigits((char) c));
        } else {
            out.append("\\U").append(HEX.toHexDigits(c));
        }
    }

    /** A part of a complex number's repr: repr's shortest digits, whole numbers without {@code .0} ({@code (1+2.5j)}), as CPython writes them. */
    @TruffleBoundary
    public static String reprComplexPart(double value) {
        return formatFloat(value, PyFormatSpec.parse("r", "float", PyFormatSpec.NO_TYPE, '>'));
    }

    /**
     * {@code format(value, spec)} for a float. Types e E f F g G n % and none; with no type the
     * result is {@code repr} when no precision is given ({@code format(1.0, '')} is {@code 1.0},
     * {@code format(1e16, '>8')} is {@code '   1e+16'}), else 'g' that keeps at least one digit
     * after the point and switches to exponent form once the exponent reaches the precision
     * ({@code format(123.0, '.3')} is {@code 1.23e+02}). 'n' is 'g' (the C locale, which CPython
     * keeps for numbers, has no grouping).
     */
    @TruffleBoundary
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return reprFloat(value);
        }
        PyFormatSpec parsed = PyFormatSpec.parse(spec, "float", PyFormatSpec.NO_TYPE, '>');
        return switch (parsed.type()) {
            case PyFormatSpec.NO_TYPE, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloat(value, parsed);
            default -> throw PyFormatSpec.unknownType(parsed.type(), "float");
        };
    }

    /**
     * {@code format(value, spec)} for an int ({@code Long} or {@code BigInteger}; a
     * {@code Boolean} goes to {@link #formatBool}). Types b c d o x X n and none (= d); the float
     * types e E f F g G % convert the int to float first, as CPython does
     * ({@code format(5, '.2f')} is {@code 5.00}), and fail with OverflowError for ints beyond the
     * float range.
     */
    @TruffleBoundary
    public static String formatInt(Object value, String spec) {
        return switch (value) {
            case Boolean b -> formatBool(b, spec);
            case BigInteger big -> formatInteger(big, spec, "int");
            default -> formatInteger(BigInteger.valueOf((Long) value), spec, "int");
        };
    }

    /**
     * {@code format(value, spec)} for a bool. bool inherits int's {@code __format__}, which gives
     * {@code str(value)} for an empty spec only: {@code format(True, '')} and {@code f"{True}"}
     * are {@code True}, but {@code format(True, '>5')} is {@code '    1'}, and
     * {@code format(True, 's')} is an error naming type 'bool'. Use {@code formatStr} for
     * {@code f"{True!s:>5}"}.
     */
    @TruffleBoundary
    public static String formatBool(boolean value, String spec) {
        if (spec.isEmpty()) {
            return value ? "True" : "False";
        }
        return formatInteger(value ? BigInteger.ONE : BigInteger.ZERO, spec, "bool");
    }

    /**
     * {@code format(value, spec)} for a str: type s or none, fill and alignment (left by default;
     * a leading {@code 0} sets the fill but, since Python 3.10, not the alignment), width, and a
     * precision that cuts the string. Signs, {@code z}, {@code #}, {@code =} and grouping are
     * errors.
     */
    @TruffleBoundary
    public static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        PyFormatSpec parsed = PyFormatSpec.parse(spec, "str", 's', '<');
        if (parsed.type() != 's') {
            throw PyFormatSpec.unknownType(parsed.type(), "str");
        }
        if (parsed.sign() != 0) {
            throw PyFormatException.valueError(
                            (parsed.sign() == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (parsed.noNegativeZero()) {
            throw PyFormatException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (parsed.alternate()) {
            throw PyFormatException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (parsed.align() == '=') {
            throw PyFormatException.valueError("'=' alignment not allowed in string format specifier");
        }
        int length = value.codePointCount(0, value.length());
        if (parsed.precision() >= 0 && length > parsed.precision()) {
            length = (int) parsed.precision();
        }
        long padding = Math.max(0, parsed.width() - length);
        long left = switch (parsed.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        checkLength(value.length() + padding * Character.charCount(parsed.fill()));
        StringBuilder out = new StringBuilder();
        out.repeat(parsed.fill(), (int) left);
        out.append(value, 0, value.offsetByCodePoints(0, length));
        out.repeat(parsed.fill(), (int) (padding - left));
        return out.toString();
    }

    /**
     * {@code format % args}, CPython's {@code PyUnicode_Format} for a tuple of arguments (one
     * non-tuple argument is passed as a list of one). Conversions {@code s r a d i u o x X e E f
     * F g G c %}, flags {@code - + space # 0}, width, precision, {@code *} for either, and the
     * ignored length modifiers {@code h l L}. {@code %(name)s} is not supported here and fails
     * with CPython's message for a non-mapping operand; a caller with a dict operand must do the
     * lookups itself.
     *
     * <p>Arguments that are {@code Long}, {@code BigInteger}, {@code Boolean}, {@code Double} or
     * {@code String} are Python's int, bool, float and str. Any other object is not a number
     * ({@code %d} and {@code %f} reject it), and the callbacks give its {@code str()},
     * {@code repr()} and type name (for messages such as
     * {@code %d format: a real number is required, not NoneType}).
     */
    @TruffleBoundary
    public static String percentFormat(String format, List<Object> args, Function<Object, String> str,
                    Function<Object, String> repr, Function<Object, String> typeName) {
        return new PyFormatPercent(format, args, str, repr, typeName, null).format();
    }

    /**
     * {@code format % args} where {@code args} is a mapping, so {@code %(key)s} looks keys up
     * with {@code mapping}; {@code args} holds the mapping itself, which plain {@code %s} formats.
     */
    @TruffleBoundary
    public static String percentFormat(String format, List<Object> args, Function<Object, String> str,
                    Function<Object, String> repr, Function<Object, String> typeName, Function<String, Object> mapping) {
        return new PyFormatPercent(format, args, str, repr, typeName, mapping).format();
    }

    // ---------------------------------------------------------------- the mini-language for numbers

    private static String formatInteger(BigInteger value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value.toString();
        }
        PyFormatSpec parsed = PyFormatSpec.parse(spec, typeName, 'd', '>');
        return switch (parsed.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatIntegerDigits(value, parsed);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(toDouble(value), parsed);
            default -> throw PyFormatSpec.unknownType(parsed.type(), typeName);
        };
    }

    /** CPython's {@code format_long_internal}. */
    private static String formatIntegerDigits(BigInteger value, PyFormatSpec spec) {
        int type = spec.type();
        if (spec.precision() != -1) {
            throw PyFormatException.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PyFormatException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw PyFormatException.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PyFormatException.valueError(
                                "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            return layOutNumber(spec, false, "", "", false, Character.toString(codePointOf(value)),
                            PyFormatSpec.Grouping.NONE);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(radix);
        String prefix = "";
        if (spec.alternate() && radix != 10) {
            prefix = "0" + (char) type;
        }
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        // 'n' groups as the C locale does, which is not at all.
        PyFormatSpec.Grouping grouping = type == 'n' ? PyFormatSpec.Grouping.NONE : spec.grouping();
        return layOutNumber(spec, value.signum() < 0, prefix, digits, false, "", grouping);
    }

    /** An int as the argument of {@code 'c'}: a C long, then a code point. */
    private static int codePointOf(BigInteger value) {
        if (value.bitLength() > 63) {
            throw PyFormatException.overflowError("Python int too large to convert to C long");
        }
        long c = value.longValue();
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            throw PyFormatException.overflowError("%c arg not in range(0x110000)");
        }
        return (int) c;
    }

    /** Python's {@code float(int)}: correctly rounded, OverflowError beyond the float range. */
    static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyFormatException.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** CPython's {@code format_float_internal}. */
    private static String formatFloat(double value, PyFormatSpec spec) {
        if (spec.precision() > Integer.MAX_VALUE) {
            throw PyFormatException.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        int type = spec.type();
        int defaultPrecision = 6;
        boolean addDotZero = false;
        if (type == PyFormatSpec.NO_TYPE) {
            // Like repr without a precision, else like 'g' but with a digit after the point.
            type = 'r';
            addDotZero = true;
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = type == '%';
        double scaled = value;
        if (percent) {
            type = 'f';
            scaled = value * 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = PyFormatDouble.format(scaled, (char) type, precision, addDotZero, spec.alternate(),
                        spec.noNegativeZero());
        if (percent) {
            text += "%";
        }
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int digitsEnd = start;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasPoint = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasPoint ? digitsEnd + 1 : digitsEnd);
        PyFormatSpec.Grouping grouping = spec.type() == 'n' ? PyFormatSpec.Grouping.NONE : spec.grouping();
        return layOutNumber(spec, negative, "", text.substring(start, digitsEnd), hasPoint, remainder, grouping);
    }

    /**
     * CPython's {@code calc_number_widths} and {@code fill_number}: a number laid out as
     * {@code [left padding][sign][prefix][padding after sign][grouped digits][.remainder][right
     * padding]}. With fill {@code 0} and alignment {@code =} the zeros go into the digits, so they
     * are grouped too ({@code format(1234, '010,')} is {@code 00,001,234}).
     *
     * @param digits the integer digits, empty for inf, nan and the character of 'c'
     * @param remainder what follows the integer digits (and the point, when {@code hasPoint}):
     *     fraction, exponent, {@code %}, or all of inf, nan and the 'c' character
     */
    private static String layOutNumber(PyFormatSpec spec, boolean negative, String prefix, String digits,
                    boolean hasPoint, String remainder, PyFormatSpec.Grouping grouping) {
        char sign = switch (spec.sign()) {
            case '+' -> negative ? '-' : '+';
            case ' ' -> negative ? '-' : ' ';
            default -> negative ? '-' : 0;
        };
        long nonDigits = (sign == 0 ? 0 : 1) + prefix.length() + (hasPoint ? 1 : 0)
                        + remainder.codePointCount(0, remainder.length());
        checkLength(spec.width());
        long minDigitsWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minDigitsWidth, grouping);
        long padding = Math.max(0, spec.width() - (nonDigits + grouped.length()));
        long left = 0;
        long afterSign = 0;
        long right = 0;
        switch (spec.align()) {
            case '<' -> right = padding;
            case '^' -> {
                left = padding / 2;
                right = padding - left;
            }
            case '=' -> afterSign = padding;
            default -> left = padding;
        }
        StringBuilder out = new StringBuilder();
        out.repeat(spec.fill(), (int) left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        out.repeat(spec.fill(), (int) afterSign);
        out.append(grouped);
        if (hasPoint) {
            out.append('.');
        }
        out.append(remainder);
        out.repeat(spec.fill(), (int) right);
        return out.toString();
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators between groups counted from
     * the right, after left-padding with zeros (themselves grouped) to {@code minWidth}.
     */
    private static String group(String digits, long minWidth, PyFormatSpec.Grouping grouping) {
        if (grouping == PyFormatSpec.Grouping.NONE) {
            return "0".repeat((int) Math.max(0, minWidth - digits.length())) + digits;
        }
        int size = grouping.groupSize;
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        long width = Math.max(0, minWidth);
        while (true) {
            long length = Math.min(size, Math.max(Math.max(remaining, width), 1));
            int taken = (int) Math.min(remaining, length);
            for (int i = 0; i < taken; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            reversed.repeat('0', (int) (length - taken));
            remaining -= taken;
            width -= length;
            if (remaining <= 0 && width <= 0) {
                break;
            }
            reversed.append(grouping.separator);
            width--;
        }
        return reversed.reverse().toString();
    }

    /** Throws CPython's MemoryError for a result longer than a Java string can be. */
    static void checkLength(long length) {
        if (length > MAX_RESULT_LENGTH) {
            throw PyFormatException.memoryError();
        }
    }
}
