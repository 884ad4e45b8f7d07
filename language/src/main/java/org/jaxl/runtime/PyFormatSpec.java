package org.jaxl.runtime;

/**
 * A parsed format spec, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * as CPython 3.11's {@code parse_internal_render_format_spec} (Python/formatter_unicode.c) reads
 * it: code points, not UTF-16 units, so a fill may be any character.
 *
 * @param fill the fill code point, {@code ' '} by default
 * @param align one of {@code < > = ^}: the one given, or the type's default
 * @param sign {@code '+'}, {@code '-'}, {@code ' '}, or 0 when none was given
 * @param noNegativeZero {@code z}: print a negative zero (after rounding) without its sign
 * @param alternate {@code #}
 * @param width the minimum width, -1 when not given
 * @param grouping the thousands separator and group size
 * @param precision -1 when not given
 * @param type the presentation type's code point, or the type's default ({@link #NO_TYPE} for
 *     floats)
 */
record PyFormatSpec(int fill, int align, int sign, boolean noNegativeZero, boolean alternate, long width,
                Grouping grouping, long precision, int type) {

    /** The "no presentation type" of floats; CPython uses the NUL character for it too. */
    static final int NO_TYPE = 0;

    /** The grouping option, which CPython calls the locale type. */
    enum Grouping {
        NONE('\0', 0),
        COMMA(',', 3),
        UNDERSCORE('_', 3),
        /** {@code _} with the types b, o, x and X: a separator every four digits. */
        UNDERSCORE_FOUR('_', 4);

        final char separator;
        final int groupSize;

        Grouping(char separator, int groupSize) {
            this.separator = separator;
            this.groupSize = groupSize;
        }
    }

    /**
     * Parses {@code spec}; {@code typeName} is the Python type of the value being formatted, for
     * the error message about a malformed spec.
     */
    static PyFormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        Reader in = new Reader(spec);
        int fill = ' ';
        int align = defaultAlign;
        boolean alignGiven = false;
        boolean fillGiven = false;
        if (in.remaining() >= 2 && isAlignment(in.peek(1))) {
            fill = in.next();
            align = in.next();
            fillGiven = true;
            alignGiven = true;
        } else if (in.remaining() >= 1 && isAlignment(in.peek(0))) {
            align = in.next();
            alignGiven = true;
        }
        int sign = 0;
        if (in.at('+') || in.at('-') || in.at(' ')) {
            sign = in.next();
        }
        boolean noNegativeZero = in.skip('z');
        boolean alternate = in.skip('#');
        if (!fillGiven && in.skip('0')) {
            fill = '0';
            // Since 3.10 a leading 0 no longer implies '=' for types that align left (strings).
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
        }
        long width = in.integer();

        Grouping grouping = Grouping.NONE;
        if (in.skip(',')) {
            grouping = Grouping.COMMA;
        }
        if (in.skip('_')) {
            if (grouping != Grouping.NONE) {
                throw PyFormatException.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = Grouping.UNDERSCORE;
        }
        if (in.at(',') && grouping == Grouping.UNDERSCORE) {
            throw PyFormatException.valueError("Cannot specify both ',' and '_'.");
        }

        long precision = -1;
        if (in.skip('.')) {
            precision = in.integer();
            if (precision < 0) {
                throw PyFormatException.valueError("Format specifier missing precision");
            }
        }

        if (in.remaining() > 1) {
            throw PyFormatException.valueError(
                            "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = in.remaining() == 1 ? in.next() : defaultType;

        if (grouping != Grouping.NONE) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NO_TYPE -> {
                    // PEP 378 allows the separators with these.
                }
                case 'b', 'o', 'x', 'X' -> {
                    // PEP 515 allows '_' (every four digits) but not ',' with these.
                    if (grouping != Grouping.UNDERSCORE) {
                        throw invalidGrouping(grouping, type);
                    }
                    grouping = Grouping.UNDERSCORE_FOUR;
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new PyFormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type);
    }

    private static boolean isAlignment(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads a spec's code points left to right. */
    private static final class Reader {
        private final int[] cps;
        private int pos;

        Reader(String spec) {
            cps = spec.codePoints().toArray();
        }

        int remaining() {
            return cps.length - pos;
        }

        int peek(int ahead) {
            return cps[pos + ahead];
        }

        int next() {
            return cps[pos++];
        }

        boolean at(char c) {
            return pos < cps.length && cps[pos] == c;
        }

        boolean skip(char c) {
            boolean found = at(c);
            if (found) {
                pos++;
            }
            return found;
        }

        /** CPython's {@code get_integer}: Unicode decimal digits, or -1 when there are none. */
        long integer() {
            int start = pos;
            long value = 0;
            for (int digit; pos < cps.length && (digit = PyFormatUnicode.decimalValue(cps[pos])) >= 0; pos++) {
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    throw PyFormatException.valueError("Too many decimal digits in format string");
                }
                value = value * 10 + digit;
            }
            return pos == start ? -1 : value;
        }
    }

    private static PyFormatException invalidGrouping(Grouping grouping, int type) {
        return PyFormatException.valueError(
                        "Cannot specify '" + grouping.separator + "' with " + quotedCode(type) + ".");
    }

    /**
     * A presentation type for an error message: {@code 'x'} when printable ASCII, else its code
     * in hex as CPython prints it, {@code '\x250'}.
     */
    private static String quotedCode(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** CPython's {@code unknown_presentation_type}. */
    static PyFormatException unknownType(int type, String typeName) {
        return PyFormatException.valueError(
                        "Unknown format code " + quotedCode(type) + " for object of type '" + typeName + "'");
    }
}
