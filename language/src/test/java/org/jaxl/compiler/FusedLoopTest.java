package org.jaxl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fused loops against the primitives' eager kernels: each case is a function traced and lowered
 * under {@code jax.jit}, run once interpreted (where vectorized groups run the eager kernels)
 * and then as Graal's machine code, and compared with the same function run op by op under
 * {@code jax.disable_jit()}. Exact operations (arithmetic, comparisons, selects, conversions,
 * integer and max/min reductions) must agree bit for bit, approximated ones (transcendental
 * functions, float sums, which associate differently in vector accumulators) within a relative
 * tolerance of a few float32 ULP; the summed values leave out the ±1e30 inputs, whose
 * cancellation depends on the order of the additions. Inputs include zeros of both signs, subnormals, infinities and
 * NaN, and sizes below, at and above a vector's length.
 */
class FusedLoopTest {
    /** The arguments every case function takes, in order. */
    private static final String PARAMETERS = "x, y, b, c, i, j, u, v";
    private static final String MATRIX_PARAMETERS = "m, r, col, s, mi";

    private static final String PRELUDE = """
                    import jax
                    import jax.numpy as jnp
                    import jax.lax as lax

                    SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 1e-40, -1e-40, 1e30, -1e30, float("inf"), float("-inf"),
                               float("nan"), 88.0, -90.0, 2.5, -0.375]

                    def _size(shape):
                        n = 1
                        for d in shape:
                            n *= d
                        return n

                    def _floats(shape, seed):
                        vals = []
                        for k in range(_size(shape)):
                            t = (k * 7919 + seed * 104729) % 1009
                            vals.append(SPECIAL[t % len(SPECIAL)] if t % 7 == 0 else (t - 504) / 37.0)
                        return jnp.array(vals, dtype=jnp.float32).reshape(shape)

                    def _ints(shape, seed, dtype):
                        vals = []
                        for k in range(_size(shape)):
                            t = (k * 7919 + seed * 104729) % 1009
                            vals.append(t - 504 if dtype == jnp.int32 else t * 4256011)
                        return jnp.array(vals, dtype=jnp.int64 if dtype == jnp.uint32 else dtype).astype(dtype).reshape(shape)

                    def _flat(a):
                        with jax.disable_jit():
                            return ",".join([repr(v) for v in jnp.ravel(a).tolist()])

                    def inputs(shape):
                        x = _floats(shape, 1)
                        y = _floats(shape, 2)
                        i = _ints(shape, 3, jnp.int32)
                        j = _ints(shape, 4, jnp.int32) % 5
                        return [x, y, x > 0.25, y < 1.0, i, j, _ints(shape, 5, jnp.uint32), _ints(shape, 6, jnp.uint32)]

                    def matrix_inputs(rows, cols):
                        return [_floats((rows, cols), 7), _floats((cols,), 8), _floats((rows, 1), 9), _floats((), 10),
                                _ints((rows, cols), 11, jnp.int32)]

                    def _outputs(value):
                        return list(value) if isinstance(value, tuple) else [value]

                    def run(f, args):
                        jitted = jax.jit(f)
                        first = _outputs(jitted(*args))
                        jitted.lower(*args).compile()
                        jitted(*args)
                        compiled = _outputs(jitted(*args))
                        with jax.disable_jit():
                            eager = _outputs(f(*args))
                        return "\\n".join([";".join([str(e.dtype), str(e.shape), _flat(e), _flat(a), str(c.dtype), str(c.shape), _flat(c)])
                                          for e, a, c in zip(eager, first, compiled)])
                    """;

    private static Context context;

    @BeforeAll
    static void createContext() {
        context = Context.newBuilder("jaxl").allowExperimentalOptions(true)
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.CompilationFailureAction", "Throw")
                        .build();
        context.eval("jaxl", PRELUDE);
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    private static final String[] SHAPES = {"()", "(1,)", "(7,)", "(16,)", "(37,)", "(1000,)", "(3, 5)", "(4, 33)", "(2, 3, 17)"};

    private static final String[] EXACT = {
                    "x + y", "x - y", "x * y", "x / y", "jnp.maximum(x, y)", "jnp.minimum(x, y)", "-x", "jnp.abs(x)", "jnp.sign(x)",
                    "x > y", "x >= y", "x == y", "x != y", "x < 0.5", "jnp.where(x > 0, x, y * 2.0)", "x * 2.0 + 1.0",
                    "(x * x) * x - y", "x ** 2", "x ** 3", "x ** -2", "jnp.clip(x, -1.0, 2.0)", "x.astype(jnp.int32)",
                    "x.astype(bool)", "b.astype(jnp.float32) * x", "i.astype(jnp.float32) + x", "jnp.floor(x)", "jnp.ceil(x)",
                    "jnp.round(x)", "jnp.sqrt(jnp.abs(x))", "lax.rem(x, y)",
                    "i + j", "i * j", "i - 3", "lax.div(i, j)", "lax.rem(i, j)", "jnp.maximum(i, j)", "i > j", "i & j", "i | j",
                    "i ^ j", "~i", "i << 3", "i >> 2", "jnp.abs(i)", "-i", "i * 2 + 1", "jnp.where(i > 0, i, -i)",
                    "b & c", "b | c", "~b", "b ^ c", "b == c", "jnp.where(b, x, y)",
                    "u + v", "jnp.maximum(u, v)", "jnp.minimum(u, v)", "u > v", "u * 3", "u.astype(jnp.float32)",
                    "jnp.sum(i)", "jnp.max(x)", "jnp.min(y)", "jnp.any(b)", "jnp.all(c)", "jnp.prod(j)", "jnp.max(u)",
                    "jnp.sum(i * 3 - j)", "(x * 2.0, x + y, jnp.max(x * y))"};

    private static final String[] APPROXIMATE = {
                    "jnp.exp(x)", "jnp.log(x)", "jnp.tanh(x)", "lax.logistic(x)", "lax.rsqrt(x)", "jnp.sin(x)", "jnp.exp(x) * 2.0 - 1.0",
                    "1.05 * jnp.where(x > 0, x, 1.67 * jnp.exp(x) - 1.67)", "jnp.sum(jnp.where(jnp.abs(x) < 1e3, x, 0.0))",
                    "jnp.mean(jnp.where(jnp.abs(y) < 1e3, jnp.abs(y), 1.0))", "jnp.log(jnp.exp(x) + 1.0)"};

    private static final String[] MATRIX_SHAPES = {"3, 5", "4, 33", "1, 17", "40, 1", "2, 64"};

    private static final String[] MATRIX_EXACT = {
                    "m + r", "m * col", "m - s", "m * r + col", "jnp.where(m > r, m, col)", "jnp.max(m, axis=0)", "jnp.min(m, axis=1)",
                    "jnp.max(m * col, axis=1, keepdims=True)", "jnp.sum(mi, axis=0)", "jnp.sum(mi * 2, axis=1)", "mi + mi[:1]"};

    private static final String[] MATRIX_APPROXIMATE = {
                    "jnp.sum(jnp.where(jnp.isfinite(m), m, 0.0), axis=0)", "jnp.sum(jnp.where(jnp.isfinite(m), m, 0.0) * r, axis=1)",
                    "jnp.exp(m - jnp.max(m, axis=1, keepdims=True))"};

    static Stream<Arguments> exactCases() {
        return cases(EXACT, SHAPES);
    }

    static Stream<Arguments> approximateCases() {
        return cases(APPROXIMATE, SHAPES);
    }

    static Stream<Arguments> matrixExactCases() {
        return cases(MATRIX_EXACT, MATRIX_SHAPES);
    }

    static Stream<Arguments> matrixApproximateCases() {
        return cases(MATRIX_APPROXIMATE, MATRIX_SHAPES);
    }

    private static Stream<Arguments> cases(String[] exprs, String[] shapes) {
        List<Arguments> out = new ArrayList<>();
        for (String e : exprs) {
            for (String s : shapes) {
                out.add(Arguments.of(e, s));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("exactCases")
    void exact(String expr, String shape) {
        check(PARAMETERS, expr, "inputs(" + shape + ")", 0);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("approximateCases")
    void approximate(String expr, String shape) {
        check(PARAMETERS, expr, "inputs(" + shape + ")", 4e-6);
    }

    @ParameterizedTest(name = "{0} on ({1})")
    @MethodSource("matrixExactCases")
    void matrixExact(String expr, String shape) {
        check(MATRIX_PARAMETERS, expr, "matrix_inputs(" + shape + ")", 0);
    }

    @ParameterizedTest(name = "{0} on ({1})")
    @MethodSource("matrixApproximateCases")
    void matrixApproximate(String expr, String shape) {
        check(MATRIX_PARAMETERS, expr, "matrix_inputs(" + shape + ")", 4e-6);
    }

    /**
     * Runs {@code expr} jitted (interpreted, then compiled) and eagerly, output by output.
     * {@code rtol} 0 demands identical bits, zeros' signs and NaN included.
     */
    private static void check(String parameters, String expr, String inputs, double rtol) {
        context.eval("jaxl", "def case(" + parameters + "):\n    return " + expr + "\n");
        context.eval("jaxl", "outputs = run(case, " + inputs + ")");
        String[] outputs = context.getBindings("jaxl").getMember("outputs").asString().split("\n");
        for (int k = 0; k < outputs.length; k++) {
            String[] r = outputs[k].split(";", -1);
            String what = expr + " (output " + k + ")";
            assertEquals(r[0], r[4], what + ": dtype");
            assertEquals(r[1], r[5], what + ": shape");
            compare(what + ", interpreted", r[0], r[2], r[3], rtol);
            compare(what + ", compiled", r[0], r[2], r[6], rtol);
        }
    }

    /** Compares comma-separated Python reprs of elements of {@code dtype}. */
    private static void compare(String what, String dtype, String expected, String actual, double rtol) {
        String[] e = expected.split(",");
        String[] a = actual.split(",");
        assertEquals(e.length, a.length, what + ": size");
        for (int i = 0; i < e.length; i++) {
            if (!dtype.startsWith("float")) {
                assertEquals(e[i], a[i], what + " at " + i);
                continue;
            }
            double ev = parse(e[i]);
            double av = parse(a[i]);
            boolean same = Double.doubleToLongBits(ev) == Double.doubleToLongBits(av);
            boolean close = rtol > 0 && Double.isFinite(ev) && Math.abs(ev - av) <= rtol * Math.abs(ev) + 1e-37;
            if (!same && !close) {
                fail(what + " at " + i + ": expected " + e[i] + " but was " + a[i]);
            }
        }
    }

    private static double parse(String repr) {
        return switch (repr) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
    }
}
