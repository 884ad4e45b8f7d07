package org.jaxl.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One run of {@code format % args}: CPython's {@code PyUnicode_Format} with
 * {@code unicode_format_arg_parse}, {@code unicode_format_arg_format} and
 * {@code unicode_format_arg_output} (Objects/unicodeobject.c). The parse keeps CPython's order of
 * reading and its "ran off the end" state, because they decide which error a malformed format
 * gives ({@code '%5%' % ()} is "not enough arguments", {@code '%5' % 1} "incomplete format").
 */
final class PyFormatPercent {
    private static final int LEFT_JUSTIFY = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALTERNATE = 8;
    private static final int ZERO_PAD = 16;

    private static final BigInteger MAX_CODE_POINT = BigInteger.valueOf(Character.MAX_CODE_POINT);

    private final int[] format;
    private final List<Object> args;
    private final Function<Object, String> str;
    private final Function<Object, String> repr;
    private final Function<Object, String> typeName;
    /** For {@code %(key)s}: looks a key up in the mapping given as the arguments, or null when they are not a mapping. */
    private final Function<String, Object> mapping;
    private final StringBuilder out = new StringBuilder();

    private int pos;
    private int argIndex;
    /** The character last read by {@link #advance}. */
    private int ch;
    /** Set when {@link #advance} found no character left: CPython's {@code fmtcnt < 0}. */
    private boolean exhausted;

    PyFormatPercent(String format, List<Object> args, Function<Object, String> str, Function<Object, String> repr,
                    Function<Object, String> typeName, Function<String, Object> mapping) {
        this.format = format.codePoints().toArray();
        this.args = args;
        this.str = str;
        this.repr = repr;
        this.typeName = typeName;
        this.mapping = mapping;
    }

    String format() {
        while (pos < format.length) {
            int c = format[pos++];
            if (c != '%') {
                out.appendCodePoint(c);
            } else if (pos < format.length && format[pos] == '%') {
                out.append('%');
                pos++;
            } else {
                convertOne();
            }
        }
        if (argIndex < args.size() && mapping == null) {
            throw PyFormatException.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private boolean advance() {
        if (pos < format.length) {
            ch = format[pos++];
            return true;
        }
        exhausted = true;
        return false;
    }

    private Object nextArgument() {
        if (argIndex < args.size()) {
            return args.get(argIndex++);
        }
        throw PyFormatException.typeError("not enough arguments for format string");
    }

    /** Reads {@code (key)} (parentheses may nest inside the key) and returns the mapping's value for it. */
    private Object mappingArgument() {
        if (mapping == null) {
            throw PyFormatException.typeError("format requires a mapping");
        }
        int start = ++pos;
        int depth = 1;
        while (pos < format.length && depth > 0) {
            if (format[pos] == '(') {
                depth++;
            } else if (format[pos] == ')') {
                depth--;
            }
            pos++;
        }
        if (depth > 0) {
            throw PyFormatException.valueError("incomplete format key");
        }
        return mapping.apply(new String(format, start, pos - 1 - start));
    }

    /** Parses one conversion after its '%' and appends its output. */
    private void convertOne() {
        Object keyed = null;
        if (pos < format.length && format[pos] == '(') {
            keyed = mappingArgument();
        }
        // At the end of the format CPython reads its terminating NUL.
        ch = 0;
        exhausted = false;
        int flags = 0;
        while (advance() && flag(ch) != 0) {
            flags |= flag(ch);
        }

        long width = -1;
        if (ch == '*') {
            width = ssizeArgument(intArgument());
            if (width < 0) {
                flags |= LEFT_JUSTIFY;
                width = -width;
            }
            advance();
        } else if (isAsciiDigit(ch)) {
            width = ch - '0';
            while (advance() && isAsciiDigit(ch)) {
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw PyFormatException.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }

        int precision = -1;
        if (ch == '.') {
            precision = 0;
            advance();
            if (ch == '*') {
                precision = Math.max(0, intArgumentAsCInt(intArgument()));
                advance();
            } else if (isAsciiDigit(ch)) {
                precision = ch - '0';
                while (advance() && isAsciiDigit(ch)) {
                    if (precision > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw PyFormatException.valueError("precision too big");
                    }
                    precision = precision * 10 + (ch - '0');
                }
            }
        }

        if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
            advance();
        }
        if (exhausted) {
            throw PyFormatException.valueError("incomplete format");
        }

        Object argument = keyed != null ? keyed : nextArgument();
        boolean numeric = false;
        String text = switch (ch) {
            case 's' -> strOf(argument);
            case 'r' -> reprOf(argument);
            case 'a' -> PyFormat.ascii(reprOf(argument));
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                numeric = true;
                yield formatInteger(argument, flags, precision);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                numeric = true;
                yield formatFloat(argument, flags, precision);
            }
            case 'c' -> Character.toString(characterOf(argument));
            default -> throw PyFormatException.valueError(String.format(Locale.ROOT,
                            "unsupported format character '%c' (0x%x) at index %d",
                            ch >= 31 && ch <= 126 ? ch : '?', ch, pos - 1));
        };
        output(text, flags, width, precision, numeric);
    }

    private static int flag(int c) {
        return switch (c) {
            case '-' -> LEFT_JUSTIFY;
            case '+' -> SIGN;
            case ' ' -> BLANK;
            case '#' -> ALTERNATE;
            case '0' -> ZERO_PAD;
            default -> 0;
        };
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The argument of a {@code *}, which must be an int. */
    private BigInteger intArgument() {
        Object value = nextArgument();
        if (!isInt(value)) {
            throw PyFormatException.typeError("* wants int");
        }
        return bigInteger(value);
    }

    private static long ssizeArgument(BigInteger value) {
        if (value.bitLength() > 63) {
            throw PyFormatException.overflowError("Python int too large to convert to C ssize_t");
        }
        return value.longValue();
    }

    private static int intArgumentAsCInt(BigInteger value) {
        if (value.bitLength() > 31) {
            throw PyFormatException.overflowError("Python int too large to convert to C int");
        }
        return value.intValue();
    }

    /** {@code mainformatlong} and {@code _PyUnicode_FormatLong}. */
    private String formatInteger(Object argument, int flags, int precision) {
        BigInteger value;
        if (isInt(argument)) {
            value = bigInteger(argument);
        } else if (argument instanceof Double d && ch != 'o' && ch != 'x' && ch != 'X') {
            // int(float) for %d; the hex and octal conversions want __index__, which float lacks.
            if (d.isNaN()) {
                throw PyFormatException.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw PyFormatException.overflowError("cannot convert float infinity to integer");
            }
            value = new BigDecimal(d).toBigInteger();
        } else {
            String wanted = ch == 'o' || ch == 'x' || ch == 'X' ? "an integer" : "a real number";
            throw PyFormatException.typeError(String.format(Locale.ROOT, "%%%c format: %s is required, not %s",
                            ch, wanted, typeNameOf(argument)));
        }
        if (precision > Integer.MAX_VALUE - 3) {
            throw PyFormatException.overflowError("precision too large");
        }
        int radix = switch (ch) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(radix);
        PyFormat.checkLength(precision);
        StringBuilder text = new StringBuilder();
        if (value.signum() < 0) {
            text.append('-');
        }
        if ((flags & ALTERNATE) != 0 && radix != 10) {
            text.append('0').append(ch == 'o' ? 'o' : 'x');
        }
        text.repeat('0', Math.max(0, precision - digits.length()));
        text.append(digits);
        String result = text.toString();
        return ch == 'X' ? result.toUpperCase(Locale.ROOT) : result;
    }

    /** {@code formatfloat}: {@code PyFloat_AsDouble}, then the float as text. */
    private String formatFloat(Object argument, int flags, int precision) {
        double value;
        if (argument instanceof Double d) {
            value = d;
        } else if (isInt(argument)) {
            value = PyFormat.toDouble(bigInteger(argument));
        } else {
            throw PyFormatException.typeError("must be real number, not " + typeNameOf(argument));
        }
        return PyFormatDouble.format(value, (char) ch, precision < 0 ? 6 : precision, false,
                        (flags & ALTERNATE) != 0, false);
    }

    /** {@code formatchar}: a one-character str or an int code point. */
    private static int characterOf(Object argument) {
        if (argument instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        if (isInt(argument)) {
            BigInteger value = bigInteger(argument);
            if (value.signum() < 0 || value.compareTo(MAX_CODE_POINT) > 0) {
                throw PyFormatException.overflowError("%c arg not in range(0x110000)");
            }
            return value.intValue();
        }
        throw PyFormatException.typeError("%c requires int or char");
    }

    /**
     * {@code unicode_format_arg_output}: cuts a str conversion to the precision, then pads to the
     * width, putting the sign and the {@code 0x}/{@code 0o} prefix of numbers before zero padding
     * and after space padding.
     */
    private void output(String text, int flags, long width, int precision, boolean numeric) {
        int[] cps = text.codePoints().toArray();
        int index = 0;
        long length = cps.length;
        int fill = numeric && (flags & ZERO_PAD) != 0 ? '0' : ' ';
        if ((ch == 's' || ch == 'r' || ch == 'a') && precision >= 0 && length > precision) {
            length = precision;
        }
        boolean signed = numeric;
        int signChar = 0;
        if (signed) {
            if (cps[0] == '-' || cps[0] == '+') {
                signChar = cps[0];
                length--;
                index++;
            } else if ((flags & SIGN) != 0) {
                signChar = '+';
            } else if ((flags & BLANK) != 0) {
                signChar = ' ';
            } else {
                signed = false;
            }
        }
        PyFormat.checkLength(width);
        if (width < length) {
            width = length;
        }
        if (signed) {
            if (fill != ' ') {
                out.appendCodePoint(signChar);
            }
            if (width > length) {
                width--;
            }
        }
        boolean prefixed = (flags & ALTERNATE) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefixed) {
            if (fill != ' ') {
                out.appendCodePoint(cps[index]).appendCodePoint(cps[index + 1]);
                index += 2;
            }
            width = Math.max(0, width - 2);
            length -= 2;
        }
        if (width > length && (flags & LEFT_JUSTIFY) == 0) {
            out.repeat(fill, (int) (width - length));
            width = length;
        }
        if (fill == ' ') {
            if (signed) {
                out.appendCodePoint(signChar);
            }
            if (prefixed) {
                out.appendCodePoint(cps[index]).appendCodePoint(cps[index + 1]);
                index += 2;
            }
        }
        for (int i = index; i < index + length; i++) {
            out.appendCodePoint(cps[i]);
        }
        if (width > length) {
            out.repeat(' ', (int) (width - length));
        }
    }

    private String strOf(Object value) {
        return switch (value) {
            case String s -> s;
            case Double d -> PyFormat.strFloat(d);
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            default -> str.apply(value);
        };
    }

    private String reprOf(Object value) {
        return switch (value) {
            case String s -> PyFormat.reprStr(s);
            case Double d -> PyFormat.reprFloat(d);
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            default -> repr.apply(value);
        };
    }

    private String typeNameOf(Object value) {
        return switch (value) {
            case String _ -> "str";
            case Double _ -> "float";
            case Boolean _ -> "bool";
            case Long _, BigInteger _ -> "int";
            default -> typeName.apply(value);
        };
    }

    private static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    private static BigInteger bigInteger(Object value) {
        return switch (value) {
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> BigInteger.valueOf((Long) value);
        };
    }
}
