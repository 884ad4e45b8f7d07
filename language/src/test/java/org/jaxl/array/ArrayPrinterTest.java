package org.jaxl.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link ArrayPrinter} against printing/printing_cases.txt: NumPy's output for every dtype,
 * rank, empty shape, wrapping, summarisation and float corner case, with JAX's repr wrapper,
 * written by printing/gen_printing_cases.py (see there for how JAX's own pieces are reproduced).
 */
class ArrayPrinterTest {
    private static final String CASES = "printing/printing_cases.txt";

    /** One line of the data file: the array to build and what JAX prints for it. */
    record PrintCase(String name, DType dtype, int[] shape, boolean weak, String view, String[] data, String repr,
                    String str) {
        @Override
        public String toString() {
            return name;
        }

        NDArray array() {
            NDArray base = NDArray.of(dtype, shape, parseData(dtype, data), weak);
            return switch (view) {
                case "-" -> base;
                case "T" -> transposed(base);
                case "odd" -> oddPositionsOfLastAxis(base);
                default -> throw new IllegalArgumentException("unknown view " + view);
            };
        }
    }

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = ArrayPrinterTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                DType dtype = DType.fromName(f[1]);
                assertNotNull(dtype, f[1]);
                int[] shape = f[2].isEmpty() ? new int[0] : Arrays.stream(f[2].split(",")).mapToInt(Integer::parseInt).toArray();
                String[] data = f[5].isEmpty() ? new String[0] : f[5].split(" ");
                cases.add(Arguments.of(new PrintCase(f[0], dtype, shape, f[3].equals("1"), f[4], data, unescape(f[6]),
                                unescape(f[7]))));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reprMatchesJax(PrintCase c) {
        assertEquals(c.repr, ArrayPrinter.repr(c.array()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strMatchesNumpy(PrintCase c) {
        assertEquals(c.str, ArrayPrinter.str(c.array()));
    }

    // Outputs quoted in JAX 0.4.30's docs and JAX-PRINTING.md.

    @Test
    void documentedFloatVector() {
        NDArray a = NDArray.of(DType.FLOAT32, new int[]{3}, new float[]{1, 2, 3}, false);
        assertEquals("Array([1., 2., 3.], dtype=float32)", ArrayPrinter.repr(a));
        assertEquals("[1. 2. 3.]", ArrayPrinter.str(a));
    }

    @Test
    void documentedWeakScalars() {
        NDArray i = NDArray.scalar(DType.INT32, 30L, true);
        assertEquals("Array(30, dtype=int32, weak_type=True)", ArrayPrinter.repr(i));
        assertEquals("30", ArrayPrinter.str(i));
        NDArray f = NDArray.scalar(DType.FLOAT32, 30.0, true);
        assertEquals("Array(30., dtype=float32, weak_type=True)", ArrayPrinter.repr(f));
        assertEquals("30.0", ArrayPrinter.str(f));
    }

    @Test
    void documentedMatrixContinuesUnderFirstBracket() {
        NDArray a = NDArray.of(DType.INT32, new int[]{2, 2}, new int[]{1, 3, 2, 4}, false);
        assertEquals("Array([[1, 3],\n       [2, 4]], dtype=int32)", ArrayPrinter.repr(a));
        assertEquals("[[1 3]\n [2 4]]", ArrayPrinter.str(a));
    }

    @Test
    void documentedThirdsPadToCommonWidth() {
        NDArray a = NDArray.of(DType.FLOAT32, new int[]{2}, new float[]{1f / 3, 2f / 3}, false);
        assertEquals("Array([0.33333334, 0.6666667 ], dtype=float32)", ArrayPrinter.repr(a));
    }

    @Test
    void documentedEmptyArrayShowsShape() {
        NDArray a = NDArray.of(DType.INT32, new int[]{1, 0}, new int[0], false);
        assertEquals("Array([], shape=(1, 0), dtype=int32)", ArrayPrinter.repr(a));
        assertEquals("[]", ArrayPrinter.str(a));
    }

    @Test
    void documentedIntRange() {
        int[] data = new int[10];
        Arrays.setAll(data, i -> i);
        assertEquals("[0 1 2 3 4 5 6 7 8 9]", ArrayPrinter.str(NDArray.of(DType.INT32, new int[]{10}, data, false)));
    }

    @Test
    void dtypeReprQuotesNumpyNames() {
        assertEquals("dtype('float32')", ArrayPrinter.dtypeRepr(DType.FLOAT32));
        assertEquals("dtype('bool')", ArrayPrinter.dtypeRepr(DType.BOOL));
        assertEquals("dtype('uint64')", ArrayPrinter.dtypeRepr(DType.UINT64));
        assertEquals("dtype('complex128')", ArrayPrinter.dtypeRepr(DType.COMPLEX128));
        assertEquals("dtype('float16')", ArrayPrinter.dtypeRepr(DType.FLOAT16));
    }

    @Test
    void dtypeReprOfBfloat16IsUnquoted() {
        assertEquals("dtype(bfloat16)", ArrayPrinter.dtypeRepr(DType.BFLOAT16));
    }

    /**
     * Too big for the data file. Expected: {@code np.array2string(np.arange(1000000,
     * dtype=np.float32).reshape(1000, 1000), prefix='Array(', suffix=',', separator=', ',
     * max_line_width=75)} with JAX's wrapper, NumPy 2.4 with legacy='2.2'.
     */
    @Test
    void summarisedMillionElementsShowOnlyCorners() {
        float[] data = new float[1_000_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        NDArray a = NDArray.of(DType.FLOAT32, new int[]{1000, 1000}, data, false);
        assertEquals("""
                        Array([[0.00000e+00, 1.00000e+00, 2.00000e+00, ..., 9.97000e+02,
                                9.98000e+02, 9.99000e+02],
                               [1.00000e+03, 1.00100e+03, 1.00200e+03, ..., 1.99700e+03,
                                1.99800e+03, 1.99900e+03],
                               [2.00000e+03, 2.00100e+03, 2.00200e+03, ..., 2.99700e+03,
                                2.99800e+03, 2.99900e+03],
                               ...,
                               [9.97000e+05, 9.97001e+05, 9.97002e+05, ..., 9.97997e+05,
                                9.97998e+05, 9.97999e+05],
                               [9.98000e+05, 9.98001e+05, 9.98002e+05, ..., 9.98997e+05,
                                9.98998e+05, 9.98999e+05],
                               [9.99000e+05, 9.99001e+05, 9.99002e+05, ..., 9.99997e+05,
                                9.99998e+05, 9.99999e+05]], dtype=float32)""", ArrayPrinter.repr(a));
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static Object parseData(DType dtype, String[] tokens) {
        int n = tokens.length;
        return switch (dtype) {
            case BOOL -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = tokens[i].equals("1");
                }
                yield a;
            }
            case INT8, UINT8 -> {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (byte) Long.parseLong(tokens[i]);
                }
                yield a;
            }
            case INT16, UINT16 -> {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (short) Long.parseLong(tokens[i]);
                }
                yield a;
            }
            case INT32, UINT32 -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (int) Long.parseLong(tokens[i]);
                }
                yield a;
            }
            case INT64, UINT64 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = dtype == DType.UINT64 ? Long.parseUnsignedLong(tokens[i]) : Long.parseLong(tokens[i]);
                }
                yield a;
            }
            case FLOAT16, BFLOAT16 -> {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (short) Integer.parseInt(tokens[i], 16);
                }
                yield a;
            }
            case FLOAT32, COMPLEX64 -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(tokens[i], 16));
                }
                yield a;
            }
            case FLOAT64, COMPLEX128 -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Double.longBitsToDouble(Long.parseUnsignedLong(tokens[i], 16));
                }
                yield a;
            }
        };
    }

    /** {@code a.T}: all axes reversed, sharing storage. */
    private static NDArray transposed(NDArray a) {
        int nd = a.ndim();
        int[] shape = new int[nd];
        int[] strides = new int[nd];
        for (int d = 0; d < nd; d++) {
            shape[d] = a.shape()[nd - 1 - d];
            strides[d] = a.strides()[nd - 1 - d];
        }
        return NDArray.view(a, shape, strides, a.offset());
    }

    /** {@code a[..., 1::2]}, sharing storage. */
    private static NDArray oddPositionsOfLastAxis(NDArray a) {
        int last = a.ndim() - 1;
        int[] shape = a.shape().clone();
        int[] strides = a.strides().clone();
        shape[last] = a.shape()[last] / 2;
        strides[last] *= 2;
        return NDArray.view(a, shape, strides, a.offset() + a.strides()[last]);
    }
}
