package org.jaxl.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A jit cache entry is a real compilation unit: Graal compiles the call target of the lowered
 * jaxpr (named {@code jit(f)}), and calls that hit the cache neither trace nor lower again.
 */
class JitUnitTest {
    private static final String PROGRAM = """
                    import jax
                    import jax.numpy as jnp
                    jax.config.update("jax_log_compiles", True)
                    traces = []
                    def selu(x, alpha=1.67, lmbda=1.05):
                        traces.append(1)
                        return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)
                    selu_jit = jax.jit(selu)
                    x = jnp.arange(1000, dtype=jnp.float32) / 100.0 - 5.0
                    for _ in range(2000):
                        y = selu_jit(x)
                    z = selu_jit(jnp.arange(10, dtype=jnp.float32))
                    print(len(traces), selu_jit._cache_size(), float(y[0]))
                    """;

    @Test
    void cacheHitsReuseOneCompiledUnit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("jaxl").allowExperimentalOptions(true).out(out).err(err).logHandler(log)
                        .option("engine.TraceCompilation", "true").option("engine.BackgroundCompilation", "false").option("engine.CompileOnly", "jit(")
                        .build()) {
            context.eval("jaxl", PROGRAM);
        }
        // Two shapes: traced twice, two cache entries; 2000 calls with the first shape trace once.
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("2 2 "), printed);
        // selu(-5.0) = 1.05 * 1.67 * (exp(-5) - 1)
        double expected = 1.05 * (1.67 * Math.exp(-5.0) - 1.67);
        assertEquals(expected, Double.parseDouble(printed.trim().split(" ")[2]), 1e-5);
        String logged = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, count(logged, "Finished tracing \\+ transforming selu for pjit"), logged);
        assertEquals(2, count(logged, "Compiling selu with global shapes and types"), logged);
        // The engine compiled the lowered unit of the hot entry.
        String compilations = log.toString(StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("opt done.*jit\\(selu\\)").matcher(compilations).find(), compilations);
    }

    /** The seed's last cell: jit of a new partial or lambda in a loop compiles every time, of the same function once. */
    @Test
    void seedLoopsCompile20And20And1Times() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("jaxl").err(err).build()) {
            context.eval("jaxl", """
                            import jax
                            from functools import partial
                            jax.config.update("jax_log_compiles", True)

                            def unjitted_loop_body(prev_i):
                              return prev_i + 1

                            def g_inner_jitted_partial(x, n):
                              i = 0
                              while i < n:
                                i = jax.jit(partial(unjitted_loop_body))(i)
                              return x + i

                            def g_inner_jitted_lambda(x, n):
                              i = 0
                              while i < n:
                                i = jax.jit(lambda x: unjitted_loop_body(x))(i)
                              return x + i

                            def g_inner_jitted_normal(x, n):
                              i = 0
                              while i < n:
                                i = jax.jit(unjitted_loop_body)(i)
                              return x + i
                            """);
            int[] counts = new int[3];
            String[] calls = {"g_inner_jitted_partial(10, 20)", "g_inner_jitted_lambda(10, 20)", "g_inner_jitted_normal(10, 20)"};
            String[] names = {"unjitted_loop_body", "<lambda>", "unjitted_loop_body"};
            for (int k = 0; k < 3; k++) {
                err.reset();
                assertEquals(30, context.eval("jaxl", calls[k] + ".item()").asInt());
                counts[k] = count(err.toString(StandardCharsets.UTF_8), "Compiling " + Pattern.quote(names[k]) + " with global shapes");
            }
            assertEquals("[20, 20, 1]", java.util.Arrays.toString(counts));
        }
    }

    /**
     * A jitted map of 2^18 elements or more runs on two cores once Graal has compiled its second
     * half as a unit of its own: every element equals what the same compiled unit gives on pieces
     * too small to split (elementwise results do not depend on where an element is computed).
     */
    @Test
    void largeMapsSplitOverTwoCoresAsTheirPiecesCompute() {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing is split");
        String program = """
                        import jax
                        import jax.numpy as jnp
                        def selu(x, alpha=1.67, lmbda=1.05):
                            return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)
                        def two(x):
                            return jnp.sin(x) * 2.0, jnp.tanh(x) + (x > 1.0)
                        f = jax.jit(selu)
                        g = jax.jit(two)
                        n = 5 * 65536
                        x = jnp.sin(jnp.arange(n, dtype=jnp.float32) * 0.37) * 4.0
                        xi = jnp.arange(n, dtype=jnp.int32) - n // 2
                        for _ in range(300):
                            f(x)
                            g(x)
                            f(xi)
                            f(x[:65536])
                            g(x[:65536])
                            f(xi[:65536])
                        y, yi, (a, b) = f(x), f(xi), g(x)
                        pieces = [slice(i, i + 65536) for i in range(0, n, 65536)]
                        same = [bool(jnp.all(y == jnp.concatenate([f(x[p]) for p in pieces]))),
                                bool(jnp.all(yi == jnp.concatenate([f(xi[p]) for p in pieces]))),
                                bool(jnp.all(a == jnp.concatenate([g(x[p])[0] for p in pieces]))),
                                bool(jnp.all(b == jnp.concatenate([g(x[p])[1] for p in pieces])))]
                        print(same, y.shape, yi.dtype, b.dtype)
                        """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("jaxl").allowExperimentalOptions(true).out(out).logHandler(log)
                        .option("engine.TraceCompilation", "true").option("engine.BackgroundCompilation", "false").build()) {
            context.eval("jaxl", program);
        }
        assertEquals("[True, True, True, True] (327680,) float32 float32", out.toString(StandardCharsets.UTF_8).trim());
        String compilations = log.toString(StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("opt done.*fused loop \\(second core\\)").matcher(compilations).find(), compilations);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
