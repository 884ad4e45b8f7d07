package org.jaxl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * {@link PyFormat} against CPython 3.11. The bulk of the expectations are in
 * {@code pyformat_cases.tsv}, written by {@code gen_pyformat_cases.py} (both beside this class
 * in the test resources; the script's docstring describes the format and how to re-run it). The
 * named tests at the top show the behaviours a reader is most likely to look for; their literal
 * expectations were printed by CPython 3.11 too.
 */
class PyFormatTest {
    private static final List<String[]> CASES = loadCases();

    /** A Python object that is not a built-in number or str, as the tests' callbacks see it. */
    private record Opaque(String typeName, String str, String repr) {
    }

    @Test
    void reprFloatSwitchesToExponentFormAt1e16AndBelow1eMinus4() {
        assertEquals("1.0", PyFormat.reprFloat(1.0));
        assertEquals("0.1", PyFormat.reprFloat(0.1));
        assertEquals("0.30000000000000004", PyFormat.reprFloat(0.1 + 0.2));
        assertEquals("1234567890123456.0", PyFormat.reprFloat(1234567890123456.0));
        assertEquals("1e+16", PyFormat.reprFloat(1e16));
        assertEquals("0.0001", PyFormat.reprFloat(1e-4));
        assertEquals("1.5e-05", PyFormat.reprFloat(1.5e-5));
        assertEquals("-0.0", PyFormat.reprFloat(-0.0));
        assertEquals("inf", PyFormat.reprFloat(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyFormat.reprFloat(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyFormat.reprFloat(Double.NaN));
        assertEquals("5e-324", PyFormat.reprFloat(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PyFormat.strFloat(Double.MAX_VALUE));
    }

    @Test
    void reprStrChoosesQuotesAndEscapes() {
        assertEquals("'abc'", PyFormat.reprStr("abc"));
        assertEquals("\"it's\"", PyFormat.reprStr("it's"));
        assertEquals("'both \\' and \"'", PyFormat.reprStr("both ' and \""));
        assertEquals("'a\\\\b\\n\\t\\r\\x00\\x7f'", PyFormat.reprStr("a\\b\n\t\r\0\u007f"));
        assertEquals("'caf\u00e9 \\xa0\\u2028\\U000e0001 \uD83D\uDE00'",
                        PyFormat.reprStr("caf\u00e9 \u00a0\u2028\uDB40\uDC01 \uD83D\uDE00"));
        assertEquals("'\\ud800'", PyFormat.reprStr("\uD800"));
    }

    @Test
    void floatFormatsRoundTheExactBinaryValueHalfToEven() {
        assertEquals("2.67", PyFormat.formatFloat(2.675, ".2f"));
        assertEquals("0.12", PyFormat.formatFloat(0.125, ".2f"));
        assertEquals("0.38", PyFormat.formatFloat(0.375, ".2f"));
        assertEquals("2", PyFormat.formatFloat(2.5, ".0f"));
        assertEquals("1.000e+16", PyFormat.formatFloat(1e16, ".3e"));
        assertEquals("0.1000000000000000055511151231257827", PyFormat.formatFloat(0.1, ".34f"));
    }

    @Test
    void floatFormatWithoutTypeIsReprOrGeneralKeepingAPoint() {
        assertEquals("1.0", PyFormat.formatFloat(1.0, ""));
        assertEquals("1e+16", PyFormat.formatFloat(1e16, ""));
        assertEquals("     1.0", PyFormat.formatFloat(1.0, ">8"));
        assertEquals("0.1", PyFormat.formatFloat(0.1, ".3"));
        assertEquals("1.23e+02", PyFormat.formatFloat(123.0, ".3"));
        assertEquals("1.0", PyFormat.formatFloat(1.0, ".3"));
    }

    @Test
    void specMiniLanguage() {
        assertEquals("    12,345", PyFormat.formatInt(12345L, ">10,"));
        assertEquals("00,001,234", PyFormat.formatInt(1234L, "010,"));
        assertEquals("+0b00_0001", PyFormat.formatInt(1L, "=+#010_b"));
        assertEquals("0XFF", PyFormat.formatInt(255L, "#X"));
        assertEquals("5.00", PyFormat.formatInt(5L, ".2f"));
        assertEquals("100.000000%", PyFormat.formatInt(1L, "%"));
        assertEquals("0.00", PyFormat.formatFloat(-0.0001, "z.2f"));
        assertEquals("-0.00", PyFormat.formatFloat(-0.0001, ".2f"));
        assertEquals("\uD83D\uDE00\uD83D\uDE001.0\uD83D\uDE00\uD83D\uDE00",
                        PyFormat.formatFloat(1.0, "\uD83D\uDE00^7"));
        assertEquals("ab   ", PyFormat.formatStr("abc", "<5.2"));
        assertEquals("ab000", PyFormat.formatStr("ab", "05"));
        assertEquals("True", PyFormat.formatBool(true, ""));
        assertEquals("    1", PyFormat.formatBool(true, ">5"));
    }

    @Test
    void errorsCarryCPythonsTypeAndMessage() {
        assertError("ValueError", "Unknown format code 'd' for object of type 'float'",
                        () -> PyFormat.formatFloat(1.0, "d"));
        assertError("ValueError", "Invalid format specifier '10.2ff' for object of type 'float'",
                        () -> PyFormat.formatFloat(1.0, "10.2ff"));
        assertError("ValueError", "Sign not allowed in string format specifier", () -> PyFormat.formatStr("a", "+"));
        assertError("ValueError", "Cannot specify ',' with 's'.", () -> PyFormat.formatStr("a", ","));
        assertError("ValueError", "Unknown format code 's' for object of type 'bool'",
                        () -> PyFormat.formatBool(true, "s"));
        assertError("OverflowError", "int too large to convert to float",
                        () -> PyFormat.formatInt(BigInteger.TWO.pow(1024), "f"));
    }

    @Test
    void percentFormatting() {
        assertEquals("x=  3.142|0x00ff|'a'", percent("x=%7.3f|%#06x|%r", 3.14159, 255L, "a"));
        assertEquals("None and [1]", percent("%s and %s", new Opaque("NoneType", "None", "None"),
                        new Opaque("list", "[1]", "[1]")));
        assertError("TypeError", "%d format: a real number is required, not str", () -> percent("%d", "a"));
        assertError("TypeError", "%d format: a real number is required, not NoneType",
                        () -> percent("%d", new Opaque("NoneType", "None", "None")));
        assertError("TypeError", "not enough arguments for format string", () -> percent("%s %s", 1L));
        assertError("TypeError", "not all arguments converted during string formatting", () -> percent("%s", 1L, 2L));
    }

    @Test
    void formatFloatMatchesCPython() {
        checkCases("float", row -> () -> PyFormat.formatFloat(toDouble(row[1]), unescape(row[2])), 3);
    }

    @Test
    void formatIntMatchesCPythonForLongAndBigInteger() {
        checkCases("int", row -> () -> {
            BigInteger value = new BigInteger(row[1]);
            String spec = unescape(row[2]);
            String viaBig = PyFormat.formatInt(value, spec);
            if (value.bitLength() < 64) {
                assertEquals(viaBig, PyFormat.formatInt(value.longValue(), spec), "Long and BigInteger differ");
            }
            return viaBig;
        }, 3);
    }

    @Test
    void formatBoolMatchesCPython() {
        checkCases("bool", row -> () -> PyFormat.formatBool(row[1].equals("True"), unescape(row[2])), 3);
    }

    @Test
    void formatStrMatchesCPython() {
        checkCases("str", row -> () -> PyFormat.formatStr(unescape(row[1]), unescape(row[2])), 3);
    }

    @Test
    void reprFloatMatchesCPython() {
        checkCases("repr_float", row -> () -> PyFormat.reprFloat(toDouble(row[1])), 2);
    }

    @Test
    void reprStrMatchesCPython() {
        checkCases("repr_str", row -> () -> PyFormat.reprStr(unescape(row[1])), 2);
    }

    @Test
    void percentFormatMatchesCPython() {
        checkCases("percent", row -> () -> {
            List<Object> args = new ArrayList<>();
            for (int i = 3; i < row.length; i++) {
                args.add(toArgument(row[i]));
            }
            return percent(unescape(row[1]), args.toArray());
        }, 2);
    }

    @Test
    void printabilityMatchesCPythonForEveryCodePoint() {
        boolean[] printable = new boolean[Character.MAX_CODE_POINT + 1];
        for (String[] row : rows("printable")) {
            Arrays.fill(printable, Integer.parseInt(row[1], 16), Integer.parseInt(row[2], 16) + 1, true);
        }
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (PyFormatUnicode.isPrintable(c) != printable[c]) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertNoneDiffer(wrong);
    }

    @Test
    void decimalDigitsMatchCPythonForEveryCodePoint() {
        int[] value = new int[Character.MAX_CODE_POINT + 1];
        Arrays.fill(value, -1);
        for (String[] row : rows("decimal")) {
            int zero = Integer.parseInt(row[1], 16);
            for (int c = zero; c <= Integer.parseInt(row[2], 16); c++) {
                value[c] = c - zero;
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (PyFormatUnicode.decimalValue(c) != value[c]) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertNoneDiffer(wrong);
    }

    // ---------------------------------------------------------------- helpers

    private static String percent(String format, Object... args) {
        Function<Object, Opaque> opaque = o -> (Opaque) o;
        return PyFormat.percentFormat(format, Arrays.asList(args), o -> opaque.apply(o).str(),
                        o -> opaque.apply(o).repr(), o -> opaque.apply(o).typeName());
    }

    private static void assertNoneDiffer(List<String> codePoints) {
        assertTrue(codePoints.isEmpty(), () -> codePoints.size() + " code points differ from CPython, e.g. "
                        + codePoints.subList(0, Math.min(40, codePoints.size())));
    }

    private static void assertError(String type, String message, Runnable action) {
        PyFormatException e = assertThrows(PyFormatException.class, action::run);
        assertEquals(type + ": " + message, e.pythonType() + ": " + e.getMessage());
    }

    /**
     * Runs every case of {@code kind}; {@code expectedColumn} holds CPython's outcome. Reports all
     * mismatches (the first ones in full) rather than stopping at the first.
     */
    private static void checkCases(String kind, Function<String[], Supplier<String>> run, int expectedColumn) {
        List<String[]> cases = rows(kind);
        assertTrue(cases.size() > 0, "no " + kind + " cases in the data file");
        List<String> mismatches = new ArrayList<>();
        for (String[] row : cases) {
            String expected = unescape(row[expectedColumn]);
            String actual;
            try {
                actual = "=" + run.apply(row).get();
            } catch (PyFormatException e) {
                actual = "!" + e.pythonType() + ": " + e.getMessage();
            } catch (RuntimeException | AssertionError e) {
                actual = "Java " + e;
            }
            if (!expected.equals(actual)) {
                mismatches.add(String.join("\t", row) + "\n    got " + actual);
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + cases.size() + " " + kind + " cases differ from CPython:\n"
                            + String.join("\n", mismatches.subList(0, Math.min(25, mismatches.size()))));
        }
    }

    private static List<String[]> rows(String kind) {
        return CASES.stream().filter(row -> row[0].equals(kind)).toList();
    }

    private static List<String[]> loadCases() {
        try (InputStream in = PyFormatTest.class.getResourceAsStream("pyformat_cases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("pyformat_cases.tsv is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            return reader.lines().map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double toDouble(String bits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    }

    private static Object toArgument(String encoded) {
        String value = encoded.substring(2);
        return switch (encoded.charAt(0)) {
            case 'i' -> {
                BigInteger big = new BigInteger(value);
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            case 'f' -> toDouble(value);
            case 'b' -> value.equals("True");
            case 's' -> unescape(value);
            case 'o' -> {
                String[] parts = value.split("\\|", -1);
                yield new Opaque(parts[0], unescape(parts[1]), unescape(parts[2]));
            }
            default -> throw new IllegalArgumentException("argument " + encoded);
        };
    }

    /** Undoes the generator's escaping: {@code \\} for a backslash and <code>&#92;u{hex}</code> for a code point. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                int close = s.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(s.substring(i + 3, close), 16));
                i = close;
            }
        }
        return out.toString();
    }
}
