package org.jaxl.launcher.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the tracing issue: {@code examples/jit-tutorial.jaxl} (the seed's code
 * cells) run as a notebook prints the seed's outputs ({@code examples/jit-tutorial.expected},
 * copied from the seed) line by line; timing figures, loop counts, the notebook's path and line
 * numbers are masked, the format of every line still checked.
 */
class SeedNotebookTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern SLOWEST_RUN = Pattern.compile(
                    "The slowest run took [0-9.]+ times longer than the fastest\\. This could mean that an intermediate result is being cached\\.");

    /** Turns one expected line into a pattern: the text literally, with the masks as wildcards. */
    static Pattern linePattern(String expected) {
        String quoted = Pattern.quote(expected);
        String time = "[0-9.]+ (s|ms|µs|ns)";
        String re = quoted.replace("<TIME>", "\\E" + time + "\\Q").replace("<LOOPS>", "\\E[0-9,]+ loops?\\Q").replace("<PATH>", "\\E\\S+\\Q").replace("<LINE>", "\\E[0-9]+\\Q");
        return Pattern.compile(re);
    }

    @Test
    void masksMatchTimeitLines() {
        Pattern p = linePattern("<TIME> ± <TIME> per loop (mean ± std. dev. of 7 runs, <LOOPS> each)");
        assertTrue(p.matcher("2.76 ms ± 18.3 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)").matches());
        assertTrue(p.matcher("227 ms ± 4.97 ms per loop (mean ± std. dev. of 7 runs, 1 loop each)").matches());
        assertTrue(p.matcher("1.01 ms ± 5.24 µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)").matches());
        assertTrue(!p.matcher("2.76 ms per loop").matches());
    }

    @Test
    void seedNotebookPrintsTheSeedsOutputs() throws IOException {
        String notebook = Files.readString(EXAMPLES.resolve("jit-tutorial.jaxl"));
        List<String> expected = Files.readAllLines(EXAMPLES.resolve("jit-tutorial.expected"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (Context context = Context.newBuilder("jaxl").out(buffer).err(buffer).arguments("jaxl", new String[]{"jit-tutorial.jaxl"}).build()) {
            int status = new NotebookRunner(context, "jaxl", "jit-tutorial.jaxl", out).run(notebook);
            assertEquals(0, status);
        }
        out.flush();
        // IPython adds this line when timings vary a lot (here: while Graal compiles); like the
        // figures themselves it depends on timing, so it is not part of the comparison.
        List<String> actual = buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> !SLOWEST_RUN.matcher(l).matches()).toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertTrue(linePattern(expected.get(i)).matcher(actual.get(i)).matches(), "line " + (i + 1) + ": expected\n" + expected.get(i) + "\nbut got\n" + actual.get(i));
        }
        assertEquals(expected.size(), actual.size(), "number of output lines; got:\n" + String.join("\n", actual));
    }
}
