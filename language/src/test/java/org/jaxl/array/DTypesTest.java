package org.jaxl.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tests {@link DTypes}, {@link FInfo} and {@link IInfo} against JAX's promotion table (copied from
 * docs/type_promotion.rst into type_promotion_table.txt) and NumPy's answers (generated into
 * dtype_info_expected.properties by dtype_info_expected.py, beside it).
 */
class DTypesTest {
    /** The doc's names for the table's rows and columns, as (dtype, weak) inputs. */
    private static final Map<String, JType> TABLE_TYPES = Map.ofEntries(
                    Map.entry("b1", JType.strong(DType.BOOL)),
                    Map.entry("u1", JType.strong(DType.UINT8)),
                    Map.entry("u2", JType.strong(DType.UINT16)),
                    Map.entry("u4", JType.strong(DType.UINT32)),
                    Map.entry("u8", JType.strong(DType.UINT64)),
                    Map.entry("i1", JType.strong(DType.INT8)),
                    Map.entry("i2", JType.strong(DType.INT16)),
                    Map.entry("i4", JType.strong(DType.INT32)),
                    Map.entry("i8", JType.strong(DType.INT64)),
                    Map.entry("bf", JType.strong(DType.BFLOAT16)),
                    Map.entry("f2", JType.strong(DType.FLOAT16)),
                    Map.entry("f4", JType.strong(DType.FLOAT32)),
                    Map.entry("f8", JType.strong(DType.FLOAT64)),
                    Map.entry("c8", JType.strong(DType.COMPLEX64)),
                    Map.entry("c16", JType.strong(DType.COMPLEX128)),
                    // Python int/float/complex: dtypes.dtype(int) is int64, and they are weak.
                    Map.entry("i*", JType.weak(DType.INT64)),
                    Map.entry("f*", JType.weak(DType.FLOAT64)),
                    Map.entry("c*", JType.weak(DType.COMPLEX128)));

    private static List<String> tableHeader;
    private static List<List<String>> tableRows;
    private static Properties expected;

    @BeforeAll
    static void loadExpectations() throws IOException {
        tableRows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("type_promotion_table.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = List.of(line.trim().split("\\s+"));
                if (tableHeader == null) {
                    tableHeader = cells.subList(1, cells.size());
                } else {
                    tableRows.add(cells);
                }
            }
        }
        assertEquals(18, tableHeader.size());
        assertEquals(18, tableRows.size());
        expected = new Properties();
        try (InputStream in = resource("dtype_info_expected.properties")) {
            expected.load(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DTypesTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    private interface CellCheck {
        void check(String rowName, String columnName, JType row, JType column, JType cell);
    }

    /** Calls {@code check} for each of the 18×18 cells with the cell's (dtype, weak), x64 names. */
    private static void forEachCell(CellCheck check) {
        int checked = 0;
        for (List<String> row : tableRows) {
            for (int c = 0; c < tableHeader.size(); c++) {
                String cellName = row.get(c + 1);
                check.check(row.get(0), tableHeader.get(c), TABLE_TYPES.get(row.get(0)), TABLE_TYPES.get(tableHeader.get(c)), TABLE_TYPES.get(cellName));
                checked++;
            }
        }
        assertEquals(18 * 18, checked);
    }

    private static String where(String row, String column) {
        return "row " + row + ", column " + column;
    }

    @Test
    void latticeResultTypeIsTheDocumentedTable() {
        forEachCell((r, c, row, column, cell) -> assertEquals(cell, DTypes.latticeResultType(row, column), where(r, c)));
    }

    @Test
    void resultTypeWithX64IsTheDocumentedTable() {
        // With x64 the weak cells' default dtypes (int64, float64, complex128) are the table's.
        forEachCell((r, c, row, column, cell) -> assertEquals(cell, DTypes.resultType(true, row, column), where(r, c)));
    }

    @Test
    void resultTypeWithoutX64CanonicalizesTheTable() {
        forEachCell((r, c, row, column, cell) -> assertEquals(new JType(DTypes.canonicalize(cell.dtype(), false), cell.weak()),
                        DTypes.resultType(false, row, column), where(r, c)));
    }

    @Test
    void promoteTypesIsTheTablesDType() {
        // A weak cell is a Python type; promote_types gives its dtype: int64, float64, complex128.
        forEachCell((r, c, row, column, cell) -> {
            assertEquals(cell.dtype(), DTypes.promoteTypes(row, column), where(r, c));
            if (!row.weak() && !column.weak()) {
                assertEquals(cell.dtype(), DTypes.promoteTypes(row.dtype(), column.dtype()), where(r, c));
            }
        });
    }

    @Test
    void canonicalPythonScalarsPromoteLikeTheirX64Types() {
        // With x64 off a Python scalar is weak int32/float32/complex64 (as jnp.asarray makes it);
        // after canonicalization it promotes against everything as the table's int64/float64/complex128.
        Map<String, JType> canonicalScalars = Map.of(
                        "i*", DTypes.pythonScalarType(DTypes.PythonScalar.INT, false),
                        "f*", DTypes.pythonScalarType(DTypes.PythonScalar.FLOAT, false),
                        "c*", DTypes.pythonScalarType(DTypes.PythonScalar.COMPLEX, false));
        forEachCell((r, c, row, column, cell) -> {
            JType canonicalRow = canonicalScalars.getOrDefault(r, row);
            JType canonicalColumn = canonicalScalars.getOrDefault(c, column);
            JType promoted = DTypes.latticeResultType(canonicalRow, canonicalColumn);
            assertEquals(new JType(DTypes.canonicalize(cell.dtype(), false), cell.weak()),
                            new JType(DTypes.canonicalize(promoted.dtype(), false), promoted.weak()), where(r, c));
        });
    }

    @Test
    void weakTypesInResultType() {
        JType weakInt16 = JType.weak(DType.INT16);
        // All weak: the join of the dtypes, kept weak; result_type then takes the kind's default.
        assertEquals(weakInt16, DTypes.latticeResultType(weakInt16, weakInt16));
        assertEquals(JType.weak(DType.INT32), DTypes.resultType(false, weakInt16, weakInt16));
        assertEquals(JType.weak(DType.INT64), DTypes.resultType(true, weakInt16, weakInt16));
        assertEquals(weakInt16, DTypes.latticeResultType(weakInt16));
        assertEquals(JType.weak(DType.INT32), DTypes.resultType(false, weakInt16));
        JType weakBf16 = JType.weak(DType.BFLOAT16);
        JType weakF16 = JType.weak(DType.FLOAT16);
        assertEquals(JType.weak(DType.FLOAT32), DTypes.latticeResultType(weakBf16, weakF16));
        assertEquals(JType.weak(DType.FLOAT64), DTypes.resultType(true, weakBf16, weakF16));
        assertEquals(JType.weak(DType.FLOAT32), DTypes.resultType(false, weakBf16));

        // Same dtype, not all weak: strong.
        assertEquals(JType.strong(DType.INT32), DTypes.resultType(false, JType.weak(DType.INT32), JType.strong(DType.INT32)));
        // jnp.int8(1) + 1.0 is a weak float; jnp.int8(1) + 1 stays int8.
        JType pyFloat = DTypes.pythonScalarType(DTypes.PythonScalar.FLOAT, false);
        JType pyInt = DTypes.pythonScalarType(DTypes.PythonScalar.INT, false);
        JType int8 = JType.strong(DType.INT8);
        assertEquals(JType.weak(DType.FLOAT32), DTypes.resultType(false, int8, pyFloat));
        assertEquals(JType.weak(DType.FLOAT64), DTypes.resultType(true, int8, pyFloat));
        assertEquals(int8, DTypes.resultType(false, int8, pyInt));
        // A weak bfloat16 is a Python float on the lattice.
        assertEquals(JType.weak(DType.FLOAT32), DTypes.resultType(false, weakBf16, JType.strong(DType.INT32)));
        // bool with a Python int is a weak int; a bool is never weak.
        JType bool = DTypes.pythonScalarType(DTypes.PythonScalar.BOOL, false);
        assertEquals(JType.strong(DType.BOOL), bool);
        assertEquals(JType.weak(DType.INT32), DTypes.resultType(false, bool, pyInt));
        assertEquals(JType.strong(DType.BOOL), DTypes.resultType(false, JType.weak(DType.BOOL)));
        assertEquals(JType.strong(DType.BOOL), DTypes.resultType(false, JType.weak(DType.BOOL), JType.weak(DType.BOOL)));
        // More than two arguments.
        assertEquals(JType.weak(DType.FLOAT32), DTypes.resultType(false, int8, JType.strong(DType.UINT8), pyFloat));
        assertEquals(JType.strong(DType.INT16), DTypes.resultType(false, int8, JType.strong(DType.UINT8), pyInt));
        assertEquals(JType.strong(DType.COMPLEX64),
                        DTypes.resultType(true, JType.strong(DType.BFLOAT16), pyInt, JType.weak(DType.COMPLEX64), JType.strong(DType.FLOAT16)));
        // uint64 with int64 meets at f*: float64 from promote_types, the default float from result_type.
        JType uint64 = JType.strong(DType.UINT64);
        JType int64 = JType.strong(DType.INT64);
        assertEquals(DType.FLOAT64, DTypes.promoteTypes(DType.UINT64, DType.INT64));
        assertEquals(JType.weak(DType.FLOAT32), DTypes.resultType(false, uint64, int64));
        assertEquals(JType.weak(DType.FLOAT64), DTypes.resultType(true, uint64, int64));
        assertError("ValueError", "at least one array or dtype is required", () -> DTypes.resultType(false));
    }

    @Test
    void promoteDTypesKeepsAllWeakResults() {
        JType weakInt16 = JType.weak(DType.INT16);
        JType weakFloat32 = JType.weak(DType.FLOAT32);
        JType weakInt32 = JType.weak(DType.INT32);
        assertEquals(weakInt16, DTypes.promoteDTypes(false, weakInt16, weakInt16));
        assertEquals(weakFloat32, DTypes.promoteDTypes(true, weakFloat32, weakInt32));
        assertEquals(JType.weak(DType.FLOAT64), DTypes.resultType(true, weakFloat32, weakInt32));
        JType pyInt = JType.weak(DType.INT64);
        assertEquals(JType.strong(DType.INT32), DTypes.promoteDTypes(false, JType.strong(DType.INT64), pyInt));
        assertEquals(JType.weak(DType.FLOAT32), DTypes.promoteDTypes(false, pyInt, JType.weak(DType.FLOAT64)));
        assertEquals(JType.strong(DType.UINT8), DTypes.promoteDTypes(true, JType.strong(DType.UINT8), pyInt));
    }

    @Test
    void canonicalizationBothWays() {
        for (DType dtype : DType.values()) {
            assertEquals(dtype, DTypes.canonicalize(dtype, true));
            DType expectedWithoutX64 = switch (dtype) {
                case INT64 -> DType.INT32;
                case UINT64 -> DType.UINT32;
                case FLOAT64 -> DType.FLOAT32;
                case COMPLEX128 -> DType.COMPLEX64;
                default -> dtype;
            };
            assertEquals(expectedWithoutX64, DTypes.canonicalize(dtype, false), dtype.jaxName());
        }
        assertEquals(DType.INT32, DTypes.defaultIntType(false));
        assertEquals(DType.INT64, DTypes.defaultIntType(true));
        assertEquals(DType.UINT32, DTypes.defaultUIntType(false));
        assertEquals(DType.UINT64, DTypes.defaultUIntType(true));
        assertEquals(DType.FLOAT32, DTypes.defaultFloatType(false));
        assertEquals(DType.FLOAT64, DTypes.defaultFloatType(true));
        assertEquals(DType.COMPLEX64, DTypes.defaultComplexType(false));
        assertEquals(DType.COMPLEX128, DTypes.defaultComplexType(true));
    }

    @Test
    void pythonScalarTypes() {
        assertEquals(JType.strong(DType.BOOL), DTypes.pythonScalarType(DTypes.PythonScalar.BOOL, true));
        assertEquals(JType.weak(DType.INT32), DTypes.pythonScalarType(DTypes.PythonScalar.INT, false));
        assertEquals(JType.weak(DType.INT64), DTypes.pythonScalarType(DTypes.PythonScalar.INT, true));
        assertEquals(JType.weak(DType.FLOAT32), DTypes.pythonScalarType(DTypes.PythonScalar.FLOAT, false));
        assertEquals(JType.weak(DType.FLOAT64), DTypes.pythonScalarType(DTypes.PythonScalar.FLOAT, true));
        assertEquals(JType.weak(DType.COMPLEX64), DTypes.pythonScalarType(DTypes.PythonScalar.COMPLEX, false));
        assertEquals(JType.weak(DType.COMPLEX128), DTypes.pythonScalarType(DTypes.PythonScalar.COMPLEX, true));

        assertEquals(JType.weak(DType.INT32), DTypes.pythonIntType(-2147483648L, false));
        assertEquals(JType.weak(DType.INT32), DTypes.pythonIntType(BigInteger.valueOf(2147483647L), false));
        assertEquals(JType.weak(DType.INT64), DTypes.pythonIntType(1L << 40, true));
        // As _scalar_type_to_dtype's doctest words it.
        assertError("OverflowError", "Python int 2147483648 too large to convert to int32", () -> DTypes.pythonIntType(1L << 31, false));
        assertError("OverflowError", "Python int -2147483649 too large to convert to int32", () -> DTypes.pythonIntType(-2147483649L, false));
        assertError("OverflowError", "Python int 9223372036854775808 too large to convert to int64",
                        () -> DTypes.pythonIntType(BigInteger.ONE.shiftLeft(63), true));

        assertEquals(DTypes.PythonScalar.BOOL, DTypes.scalarTypeOf(DType.BOOL));
        assertEquals(DTypes.PythonScalar.INT, DTypes.scalarTypeOf(DType.UINT16));
        assertEquals(DTypes.PythonScalar.FLOAT, DTypes.scalarTypeOf(DType.BFLOAT16));
        assertEquals(DTypes.PythonScalar.COMPLEX, DTypes.scalarTypeOf(DType.COMPLEX64));
    }

    @Test
    void kindConversions() {
        assertEquals(DType.INT32, DTypes.toNumericDType(DType.BOOL));
        assertEquals(DType.UINT8, DTypes.toNumericDType(DType.UINT8));
        for (DType dtype : DType.values()) {
            // dtypes._dtype_to_inexact
            DType inexact = switch (dtype) {
                case BOOL, UINT8, INT8, UINT16, INT16, UINT32, INT32 -> DType.FLOAT32;
                case UINT64, INT64 -> DType.FLOAT64;
                default -> dtype;
            };
            assertEquals(inexact, DTypes.toInexactDType(dtype), dtype.jaxName());
            DType complex = inexact == DType.FLOAT64 || inexact == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
            assertEquals(complex, DTypes.toComplexDType(dtype), dtype.jaxName());
            assertEquals(dtype.isInexact(), DTypes.supportsInf(dtype));
        }
    }

    @Test
    void issubdtypeAgreesWithNumPy() {
        for (DType dtype : DType.values()) {
            for (DTypes.Category category : DTypes.Category.values()) {
                String key = "issubdtype." + dtype.jaxName() + "." + category.numpyName();
                boolean answer = Boolean.parseBoolean(expected.getProperty(key).toLowerCase());
                assertEquals(answer, DTypes.issubdtype(dtype, category), key);
                assertEquals(answer, DTypes.issubdtype(dtype, category.numpyName()), key);
                assertEquals(category, DTypes.Category.fromNumpyName(category.numpyName()));
            }
            for (DType other : DType.values()) {
                assertEquals(dtype == other, DTypes.issubdtype(dtype, other));
                assertEquals(dtype == other, DTypes.issubdtype(dtype, other.jaxName()));
            }
            assertEquals(dtype == DType.BOOL, DTypes.issubdtype(dtype, "bool_"));
        }
        assertThrows(IllegalArgumentException.class, () -> DTypes.issubdtype(DType.INT8, "float"));
    }

    @Test
    void isdtypeKinds() {
        assertTrue(DTypes.isdtype(DType.BOOL, "bool"));
        assertTrue(DTypes.isdtype(DType.INT8, "signed integer"));
        assertFalse(DTypes.isdtype(DType.UINT8, "signed integer"));
        assertTrue(DTypes.isdtype(DType.UINT8, "integral"));
        assertTrue(DTypes.isdtype(DType.BFLOAT16, "real floating"));
        assertFalse(DTypes.isdtype(DType.COMPLEX64, "real floating"));
        assertTrue(DTypes.isdtype(DType.COMPLEX64, "complex floating"));
        assertFalse(DTypes.isdtype(DType.BOOL, "numeric"));
        assertTrue(DTypes.isdtype(DType.FLOAT16, "numeric"));
        assertTrue(DTypes.isdtype(DType.FLOAT32, "bool", "float32"));
        assertTrue(DTypes.isdtype(DType.FLOAT32, "f4"));
        assertFalse(DTypes.isdtype(DType.FLOAT32, "str"));
        // JAX gathers every kind before it answers, so a bad kind fails even after a match.
        assertError("ValueError", "Unrecognized kind='floating' expected one of ['bool', 'signed integer', 'unsigned integer',"
                        + " 'integral', 'real floating', 'complex floating', 'numeric'], or a compatible input for jnp.dtype()",
                        () -> DTypes.isdtype(DType.FLOAT32, "numeric", "floating"));
    }

    @Test
    void dtypeNamesAsNumPyReadsThem() {
        int names = 0;
        for (String key : expected.stringPropertyNames()) {
            if (key.startsWith("name.")) {
                String name = key.substring("name.".length());
                assertEquals(DType.fromName(expected.getProperty(key)), DTypes.dtypeFromName(name, "zeros"), name);
                names++;
            } else if (key.startsWith("nonnumeric.")) {
                String name = key.substring("nonnumeric.".length());
                assertError("TypeError", "JAX only supports number and bool dtypes, got dtype " + name + " in zeros",
                                () -> DTypes.dtypeFromName(name, "zeros"));
                assertError("TypeError", "JAX only supports number and bool dtypes, got dtype " + name, () -> DTypes.dtypeFromName(name, null));
            }
        }
        assertTrue(names > 100, "read " + names + " dtype names");
        assertPythonError(expected.getProperty("unknown.foo"), () -> DTypes.dtypeFromName("foo", "zeros"));
        assertError("TypeError", "Dtype float128 is not a valid JAX array type. Only arrays of numeric types are supported by JAX.",
                        () -> DTypes.dtypeFromName("longdouble", null));
    }

    @Test
    void x64TruncationWarning() {
        String tail = " is not available, and will be truncated to dtype int32. To enable more dtypes, set the jax_enable_x64"
                        + " configuration option or the JAX_ENABLE_X64 shell environment variable."
                        + " See https://github.com/google/jax#current-gotchas for more.";
        assertEquals(Optional.of("Explicitly requested dtype int64 requested in zeros" + tail),
                        DTypes.x64TruncationWarning("int64", DType.INT64, "zeros", false));
        assertEquals(Optional.of("Explicitly requested dtype <class 'jax.numpy.int64'> " + tail),
                        DTypes.x64TruncationWarning("<class 'jax.numpy.int64'>", DType.INT64, null, false));
        assertEquals(Optional.empty(), DTypes.x64TruncationWarning("int64", DType.INT64, "zeros", true));
        assertEquals(Optional.empty(), DTypes.x64TruncationWarning("float32", DType.FLOAT32, "zeros", false));
    }

    @Test
    void dtypeErrors() {
        assertError("TypeError", "Value 'abc' with dtype <U3 is not a valid JAX array type. Only arrays of numeric types are supported by JAX.",
                        () -> {
                            throw DTypes.invalidValueDTypeError("abc", "<U3");
                        });
        assertError("TypeError", "Cannot determine dtype of <object>", () -> {
            throw DTypes.cannotDetermineDTypeError("<object>");
        });
        assertError("ValueError", "Invalid argument to dtype: None.", () -> {
            throw DTypes.dtypeOfNoneError();
        });
    }

    @Test
    void finfoMatchesNumPy() {
        for (DType dtype : DType.values()) {
            String prefix = "finfo." + dtype.jaxName() + ".";
            if (expected.getProperty(prefix + "error") != null) {
                assertPythonError(expected.getProperty(prefix + "error"), () -> FInfo.of(dtype));
                continue;
            }
            FInfo info = FInfo.of(dtype);
            assertEquals(expected.getProperty(prefix + "dtype"), info.dtype().jaxName(), prefix);
            Map<String, Integer> ints = Map.of("bits", info.bits(), "precision", info.precision(), "nmant", info.nmant(),
                            "nexp", info.nexp(), "maxexp", info.maxexp(), "minexp", info.minexp(), "machep", info.machep(),
                            "negep", info.negep(), "iexp", info.iexp());
            ints.forEach((field, value) -> assertEquals(Integer.parseInt(expected.getProperty(prefix + field)), value, prefix + field));
            Map<String, Double> doubles = Map.of("eps", info.eps(), "epsneg", info.epsneg(), "max", info.max(), "min", info.min(),
                            "tiny", info.tiny(), "smallest_normal", info.smallestNormal(),
                            "smallest_subnormal", info.smallestSubnormal(), "resolution", info.resolution());
            doubles.forEach((field, value) -> assertEquals(Double.parseDouble(expected.getProperty(prefix + field)), value, prefix + field));
            assertEquals(expected.getProperty(prefix + "repr"), info.repr(), prefix + "repr");
            assertEquals(expected.getProperty(prefix + "repr"), info.toString(), prefix + "repr");
            assertEquals(expected.getProperty(prefix + "str"), info.str(), prefix + "str");
        }
    }

    @Test
    void iinfoMatchesNumPy() {
        for (DType dtype : DType.values()) {
            String prefix = "iinfo." + dtype.jaxName() + ".";
            if (expected.getProperty(prefix + "error") != null) {
                assertPythonError(expected.getProperty(prefix + "error"), () -> IInfo.of(dtype));
                continue;
            }
            IInfo info = IInfo.of(dtype);
            assertEquals(Integer.parseInt(expected.getProperty(prefix + "bits")), info.bits(), prefix);
            assertEquals(new BigInteger(expected.getProperty(prefix + "min")), info.min(), prefix);
            assertEquals(new BigInteger(expected.getProperty(prefix + "max")), info.max(), prefix);
            assertEquals(expected.getProperty(prefix + "dtype"), info.dtype().jaxName(), prefix);
            assertEquals(expected.getProperty(prefix + "kind"), info.kind(), prefix);
            assertEquals(expected.getProperty(prefix + "repr"), info.repr(), prefix);
            assertEquals(expected.getProperty(prefix + "str"), info.toString(), prefix);
        }
    }

    @Test
    void cFormatting() {
        // Values where C's printf differs from Java's Formatter, checked against Python's '%' operator.
        assertEquals("1.0000000000000001e-15", FInfo.formatExponent(1e-15, 16));
        assertEquals("1.00040e-03", FInfo.formatExponent(0.0010004043579101562, 5));
        assertEquals("4.9406564584124654e-324", FInfo.formatExponent(Double.MIN_VALUE, 16));
        assertEquals("6.55040e+04", FInfo.formatExponent(65504, 5));
        assertEquals("0.0100098", FInfo.formatGeneral(0.010009765625, 6));
        assertEquals("3.38953e+38", FInfo.formatGeneral(3.3895313892515355e38, 6));
        assertEquals("9.18355e-41", FInfo.formatGeneral(9.183549615799121e-41, 6));
        assertEquals("0.0078125", FInfo.formatGeneral(0.0078125, 6));
        assertEquals("100000", FInfo.formatGeneral(1e5, 6));
        assertEquals("1e+06", FInfo.formatGeneral(1e6, 6));
    }

    /** Asserts a {@link DTypeError} given as Python prints its last line: {@code TypeError: message}. */
    private static void assertPythonError(String expectedLine, Executable call) {
        int colon = expectedLine.indexOf(": ");
        assertError(expectedLine.substring(0, colon), expectedLine.substring(colon + 2), call);
    }

    private static void assertError(String pythonType, String message, Executable call) {
        DTypeError error = assertThrows(DTypeError.class, call);
        assertEquals(pythonType, error.pythonType());
        assertEquals(message, error.getMessage());
        assertEquals(pythonType + ": " + message, error.toString());
    }
}
