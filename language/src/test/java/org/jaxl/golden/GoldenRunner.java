package org.jaxl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the golden programs: every {@code *.jaxl} under the {@code golden} test resources that has a
 * {@code *.output} beside it is evaluated in a fresh context, with standard output and standard
 * error captured together, and the captured text must equal the {@code .output} file exactly. An
 * uncaught Jaxl exception (or syntax error) appends its message, CPython's last traceback line,
 * as {@code gen_expected.py} does when it produces the expected output with CPython. An internal
 * error fails the test with its Java stack trace.
 *
 * <p>Set {@code -Djaxl.golden.filter=SUBSTRING} to run only the programs whose path relative to
 * the golden directory contains SUBSTRING.
 */
final class GoldenRunner {
    static final String FILTER_PROPERTY = "jaxl.golden.filter";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private GoldenRunner() {
    }

    /** An engine for one suite: the optimizing runtime with the given (possibly experimental) engine options. */
    static Engine createEngine(Map<String, String> options) {
        return Engine.newBuilder("jaxl").allowExperimentalOptions(true).options(options).out(System.out).err(System.err).build();
    }

    /** One dynamic test per golden program that passes the filter, run in contexts of {@code engine}. */
    static Stream<DynamicTest> tests(Engine engine) {
        return tests(engine, relative -> true);
    }

    /** The tests of the programs whose path relative to the golden directory passes {@code select}. */
    static Stream<DynamicTest> tests(Engine engine, java.util.function.Predicate<String> select) {
        Path root = goldenRoot();
        String filter = System.getProperty(FILTER_PROPERTY, "");
        return programs(root).stream()
                        .filter(p -> root.relativize(p).toString().contains(filter) && select.test(root.relativize(p).toString()))
                        .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(), () -> check(engine, p)));
    }

    private static Path goldenRoot() {
        URL url = GoldenRunner.class.getResource("/golden");
        if (url == null) {
            throw new IllegalStateException("golden test resources are not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> programs(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".jaxl") && Files.exists(expectedPath(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path expectedPath(Path program) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".jaxl".length()) + ".output");
    }

    private static void check(Engine engine, Path program) throws IOException {
        String expected = Files.readString(expectedPath(program), StandardCharsets.UTF_8);
        String actual = assertTimeoutPreemptively(TIMEOUT, () -> run(engine, program), () -> program + " ran longer than " + TIMEOUT);
        assertEquals(expected, actual, () -> "output of " + program);
    }

    /** Runs one program and returns what it wrote to stdout and stderr, plus the last line of an uncaught exception. */
    static String run(Engine engine, Path program) throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Source source = Source.newBuilder("jaxl", text, program.getFileName().toString()).build();
        // Read-only file access lets a program import the modules beside it, as CPython's does.
        IOAccess readOnly = IOAccess.newBuilder().fileSystem(FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem())).build();
        try (Context context = Context.newBuilder("jaxl").engine(engine).allowAllAccess(false).allowIO(readOnly).out(captured).err(captured)
                        .arguments("jaxl", new String[]{program.toString()}).build()) {
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isInternalError() || e.isHostException()) {
                    fail("internal error in " + program + ":\n" + stackTrace(e));
                }
                if (!e.isExit()) {
                    captured.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
