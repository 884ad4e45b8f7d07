package org.jaxl.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
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

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
