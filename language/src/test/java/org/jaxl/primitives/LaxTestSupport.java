package org.jaxl.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Storage;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.ShapedArray;

/**
 * Helpers for the primitive tests: an entered Jaxl context (for error texts and the x64 flag),
 * arrays from the text format the generator scripts write, and comparisons with JAX's results.
 */
final class LaxTestSupport {
    private static Context context;

    private LaxTestSupport() {
    }

    /** Enters a Jaxl context on this thread (once) with {@code jax_enable_x64} as given. */
    static void enter(boolean x64) {
        if (context == null) {
            context = Context.newBuilder("jaxl").build();
            context.initialize("jaxl");
            context.enter();
        }
        JaxlContext.get(null).getConfig().setEnableX64(x64);
    }

    static Primitive prim(String name) {
        Primitive p = PrimitiveRegistry.get(name);
        if (p == null) {
            fail("no primitive " + name);
        }
        return p;
    }

    static NDArray[] run(String name, Params params, NDArray... args) {
        return prim(name).impl(args, params, null);
    }

    static ShapedArray[] eval(String name, Params params, ShapedArray... avals) {
        return prim(name).abstractEval(avals, params, null);
    }

    static ShapedArray aval(DType dtype, int... shape) {
        return new ShapedArray(shape, dtype, false);
    }

    static ShapedArray weak(DType dtype, int... shape) {
        return new ShapedArray(shape, dtype, true);
    }

    /** The message ({@code TypeError: ...}) of the Python exception {@code body} raises. */
    static String error(Runnable body) {
        try {
            body.run();
        } catch (PException e) {
            return e.getMessage();
        }
        fail("no exception raised");
        return null;
    }

    static PTuple tuple(int... values) {
        return Params.tuple(values);
    }

    /** Lines of a resource beside this class, skipping blanks. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = LaxTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** An array from the generators' {@code dtype:shape:values} text. */
    static NDArray parseArray(String text) {
        String[] parts = text.split(":", 3);
        DType dtype = DType.fromName(parts[0]);
        int[] shape = parts[1].isEmpty() ? new int[0] : parseInts(parts[1], ",");
        String[] vals = parts[2].isEmpty() ? new String[0] : parts[2].split(",");
        Object data = dtype.allocate(vals.length);
        for (int i = 0; i < vals.length; i++) {
            String v = vals[i];
            if (dtype.isComplex()) {
                String[] reIm = v.split("/");
                Storage.setComplex(dtype, data, i, parseDouble(reIm[0]), parseDouble(reIm[1]));
            } else if (dtype.isFloating()) {
                Storage.setDouble(dtype, data, i, parseDouble(v));
            } else if (dtype == DType.UINT64) {
                Storage.setLong(dtype, data, i, Long.parseUnsignedLong(v));
            } else {
                Storage.setLong(dtype, data, i, Long.parseLong(v));
            }
        }
        return NDArray.of(dtype, shape, data, false);
    }

    static int[] parseInts(String text, String sep) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(sep);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }

    static double parseDouble(String v) {
        return switch (v) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(v);
        };
    }

    /** Parameters from {@code key=value;...}, each value written as Python source (see gen_structural_cases.py). */
    static Params parseParams(String text) {
        if (text.equals("-")) {
            return Params.EMPTY;
        }
        List<Object> kv = new ArrayList<>();
        for (String item : text.split(";")) {
            String[] p = item.split("=", 2);
            kv.add(p[0]);
            kv.add(new ValueParser(p[1]).value());
        }
        return Params.of(kv.toArray());
    }

    /** Reads the Python-source parameter values the generators write. */
    private static final class ValueParser {
        private final String s;
        private int pos;

        ValueParser(String s) {
            this.s = s;
        }

        Object value() {
            skipSpaces();
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                List<Object> items = new ArrayList<>();
                skipSpaces();
                while (s.charAt(pos) != ')') {
                    items.add(value());
                    skipSpaces();
                    if (s.charAt(pos) == ',') {
                        pos++;
                        skipSpaces();
                    }
                }
                pos++;
                return PTuple.of(items.toArray());
            }
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "._-+".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            String word = s.substring(start, pos);
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                List<Object> fields = new ArrayList<>();
                while (s.charAt(pos) != ')') {
                    skipSpaces();
                    while (s.charAt(pos) != '=') {
                        pos++;
                    }
                    pos++;
                    fields.add(value());
                    skipSpaces();
                    if (s.charAt(pos) == ',') {
                        pos++;
                    }
                }
                pos++;
                return word.equals("GatherDimensionNumbers") ? new GatherDimensionNumbers(fields.get(0), fields.get(1), fields.get(2))
                                : new ScatterDimensionNumbers(fields.get(0), fields.get(1), fields.get(2));
            }
            return word(word);
        }

        private static Object word(String w) {
            switch (w) {
                case "None":
                    return org.jaxl.runtime.PNone.NONE;
                case "True":
                    return true;
                case "False":
                    return false;
                case "nan":
                    return Double.NaN;
                default:
                    break;
            }
            if (w.startsWith("GatherScatterMode.")) {
                return GatherScatterMode.valueOf(w.substring("GatherScatterMode.".length()));
            }
            DType d = DType.fromName(w);
            if (d != null) {
                return d;
            }
            if (w.matches("-?\\d+")) {
                java.math.BigInteger big = new java.math.BigInteger(w);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            return Double.parseDouble(w);
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
    }

    /** Asserts {@code actual} equals JAX's {@code expected}: same dtype and shape, values exactly or within tolerance. */
    static void assertArray(NDArray expected, NDArray actual, boolean exact, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertEquals(org.jaxl.array.Shapes.toTupleString(expected.shape()), org.jaxl.array.Shapes.toTupleString(actual.shape()), what + ": shape");
        for (int i = 0; i < expected.size(); i++) {
            String at = what + " at " + i;
            DType d = expected.dtype();
            if (d.isComplex()) {
                // approximate complex results are compared relative to the value's magnitude
                double scale = exact ? 0 : Math.max(Math.abs(expected.getDouble(i)), Math.abs(expected.getImag(i)));
                assertClose(expected.getDouble(i), actual.getDouble(i), d, exact, scale, at + " (re)");
                assertClose(expected.getImag(i), actual.getImag(i), d, exact, scale, at + " (im)");
            } else if (d.isInexact()) {
                assertClose(expected.getDouble(i), actual.getDouble(i), d, exact, 0, at);
            } else {
                assertEquals(expected.getLong(i), actual.getLong(i), at);
            }
        }
    }

    static void assertClose(double expected, double actual, DType dtype, boolean exact, double scale, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected nan, got " + actual);
            return;
        }
        if (exact) {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what + ": expected " + expected + ", got " + actual);
            return;
        }
        if (Double.isInfinite(expected) || expected == actual) {
            // approximate results may differ in the sign of a zero (complex parts)
            assertTrue(expected == actual, what + ": expected " + expected + ", got " + actual);
            return;
        }
        double rtol = switch (dtype) {
            case FLOAT16 -> 2e-3;
            case BFLOAT16 -> 1.6e-2;
            case FLOAT32, COMPLEX64 -> 5e-6;
            default -> 1e-12;
        };
        double atol = switch (dtype) {
            case FLOAT16 -> 1e-4;
            case BFLOAT16 -> 1e-3;
            case FLOAT32, COMPLEX64 -> 1e-6;
            default -> 1e-13;
        };
        double magnitude = Math.max(Math.abs(expected), scale);
        assertTrue(Math.abs(expected - actual) <= atol + rtol * magnitude, what + ": expected " + expected + ", got " + actual);
    }
}
