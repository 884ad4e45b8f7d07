package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jaxl embedded in a Java program through the polyglot API, as an embedder would use it, and the
 * README's embedding snippets for Java, JavaScript and Python, read from README.md and run. Each
 * builds {@code [1.5, 2.5, 3.5]}, calls a jitted {@code x * 2 + 1} on it and reads
 * {@code [4, 6, 8]}.
 */
class EmbeddingTest {

    private static final Path README = Path.of("..", "README.md");
    private static final float[] EXPECTED = {4, 6, 8};

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.create("jaxl");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void evalReturnsTheValueOfTheLastExpression() {
        Value sum = context.eval("jaxl", "1 + 2");
        assertEquals(3, sum.asInt());
    }

    @Test
    void javaCallsAJaxlFunction() {
        context.eval("jaxl", """
                        def add(a, b):
                            return a + b
                        """);
        Value add = context.getBindings("jaxl").getMember("add");
        assertEquals(5, add.execute(2, 3).asInt());
    }

    @Test
    void readmeJavaSnippet() throws IOException {
        // README java begin
        try (Context context = Context.newBuilder("jaxl").allowHostAccess(HostAccess.ALL).build()) {
            Value jax = context.eval("jaxl", "import jax\njax");
            Value jnp = context.eval("jaxl", "import jax.numpy as jnp\njnp");
            Value affine = jax.invokeMember("jit", context.eval("jaxl", "lambda x: x * 2 + 1"));
            Value y = affine.execute(jnp.invokeMember("asarray", new double[]{1.5, 2.5, 3.5}));
            float[] result = y.as(float[].class);
            // README java end
            assertArrayEquals(EXPECTED, result);
        }
        String source = Files.readString(Path.of("src", "test", "java", "org", "jaxl", "tck", "EmbeddingTest.java"));
        int begin = source.indexOf("// README java begin\n") + "// README java begin\n".length();
        int end = source.lastIndexOf('\n', source.indexOf("// README java end")) + 1;
        String region = source.substring(begin, end);
        assertEquals(readmeSnippet("java"), dedent(region) + "}\n", "README.md shows the code this test runs");
    }

    @Test
    void readmeJavaScriptSnippet() throws IOException {
        try (Context polyglot = Context.newBuilder("jaxl", "js").allowPolyglotAccess(PolyglotAccess.ALL).build()) {
            Value result = polyglot.eval("js", readmeSnippet("javascript") + "result;\n");
            assertArrayEquals(EXPECTED, result.as(float[].class));
        }
    }

    /** JavaScript's typed arrays (array elements) and ArrayBuffers (raw bytes, read with a dtype) go into jnp.asarray. */
    @Test
    void javaScriptTypedArraysAndBuffersBecomeJaxArrays() {
        try (Context polyglot = Context.newBuilder("jaxl", "js").allowPolyglotAccess(PolyglotAccess.ALL).build()) {
            Value result = polyglot.eval("js", """
                            const jnp = Polyglot.eval('jaxl', 'import jax.numpy as jnp\\njnp');
                            const floats = new Float32Array([1.5, -2]);
                            [jnp.asarray(floats), jnp.asarray(floats.buffer, 'float32'), jnp.asarray(floats.buffer, 'int16')];
                            """);
            assertEquals("Array([ 1.5, -2. ], dtype=float32)", result.getArrayElement(0).toString());
            assertEquals("Array([ 1.5, -2. ], dtype=float32)", result.getArrayElement(1).toString());
            assertEquals("Array([     0,  16320,      0, -16384], dtype=int16)", result.getArrayElement(2).toString());
        }
    }

    @Test
    void readmePythonSnippet() throws IOException {
        try (Context polyglot = Context.newBuilder("jaxl", "python").allowPolyglotAccess(PolyglotAccess.ALL).build()) {
            polyglot.eval("python", readmeSnippet("python"));
            assertArrayEquals(EXPECTED, polyglot.getBindings("python").getMember("result").as(float[].class));
        }
    }

    /** The fenced code block for {@code language} in the README's Embedding section. */
    private static String readmeSnippet(String language) throws IOException {
        String readme = Files.readString(README);
        String embedding = readme.substring(readme.indexOf("## Embedding"));
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(embedding);
        if (!block.find()) {
            throw new AssertionError("README.md has no " + language + " snippet under Embedding");
        }
        return block.group(1);
    }

    private static String dedent(String text) {
        List<String> lines = Arrays.asList(text.split("\n"));
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return out.toString();
    }
}
