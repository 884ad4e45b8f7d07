package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Jaxl under an embedder's security policy: it runs in a {@link SandboxPolicy#CONSTRAINED}
 * context, and its code reaches host objects only as far as the embedder's {@link HostAccess}
 * allows (by default not at all).
 */
class SecurityTest {

    private static final String PROGRAM = """
                    import jax
                    import jax.numpy as jnp

                    @jax.jit
                    def selu(x, alpha=1.67, lmbda=1.05):
                        return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)

                    x = jnp.arange(5.0)
                    print(selu(x).shape)
                    float(selu(x)[2])
                    """;

    /**
     * A Jaxl context runs one thread at a time: while one thread is in it, another thread of the
     * embedder is refused (only Jaxl's own worker, splitting a large loop, may join it), and the
     * large loops split over two cores give what they give on one.
     */
    @Test
    void aSecondEmbedderThreadIsRefused() throws Exception {
        try (Context context = Context.newBuilder("jaxl").out(new ByteArrayOutputStream()).build()) {
            context.eval("jaxl", "import jax\nimport jax.numpy as jnp\nf = jax.jit(lambda v: v * 2.0 + 1.0)\nx = jnp.ones(1 << 19)\nfor _ in range(50):\n    y = f(x)\n");
            context.enter();
            try {
                Throwable[] refused = new Throwable[1];
                Thread other = new Thread(() -> {
                    try {
                        context.eval("jaxl", "1 + 1");
                    } catch (Throwable t) {
                        refused[0] = t;
                    }
                });
                other.start();
                other.join();
                assertTrue(refused[0] instanceof IllegalStateException && refused[0].getMessage().contains("Multi threaded access"), String.valueOf(refused[0]));
            } finally {
                context.leave();
            }
            assertEquals(3.0 * (1 << 19), context.eval("jaxl", "float(jnp.sum(y))").asDouble());
        }
    }

    @Test
    void runsUnderTheConstrainedSandboxPolicy() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("jaxl").sandbox(SandboxPolicy.CONSTRAINED).out(out).err(new ByteArrayOutputStream()).build()) {
            Value result = context.eval("jaxl", PROGRAM);
            // selu(2.0) = 1.05 * 2.0 in float32.
            assertEquals((double) (1.05f * 2.0f), result.asDouble(), 1e-6);
        }
        assertEquals("(5,)\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theConstrainedPolicyRejectsHostAccessForJaxlToo() {
        assertThrows(IllegalArgumentException.class,
                        () -> Context.newBuilder("jaxl").sandbox(SandboxPolicy.CONSTRAINED).out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).allowAllAccess(true).build());
    }

    @Test
    void jaxlCodeHasNoHostAccessByDefault() {
        List<String> hostList = new ArrayList<>(List.of("secret"));
        try (Context context = Context.create("jaxl")) {
            Value probe = context.eval("jaxl", """
                            def probe(o):
                                try:
                                    return str(o.size())
                                except Exception as e:
                                    return type(e).__name__
                            probe
                            """);
            assertEquals("AttributeError", probe.execute(hostList).asString(), "a host object's methods are not reachable");
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("jaxl", "import java"));
            assertEquals("ModuleNotFoundError: No module named 'java'", e.getMessage());
        }
    }

    @Test
    void hostAccessIsTheEmbeddersToGrant() {
        List<String> hostList = new ArrayList<>(List.of("granted"));
        try (Context context = Context.newBuilder("jaxl").allowHostAccess(HostAccess.ALL).build()) {
            Value size = context.eval("jaxl", "lambda o: o.size()");
            assertEquals(1, size.execute(hostList).asInt());
            assertTrue(hostList.contains("granted"));
        }
    }
}
