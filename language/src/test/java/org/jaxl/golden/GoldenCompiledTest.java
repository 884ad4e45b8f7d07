package org.jaxl.golden;

import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The plain-Python golden programs with every call target compiled by Graal before its first
 * run, in the foreground, so that compiled code is what runs; and the JAX programs on the jitted
 * path: with {@code jaxl.CompiledDispatch} every primitive
 * applied outside jit runs as a lowered jit unit of one equation (JAX's {@code apply_primitive}),
 * so each program's results come from the compiler's nodes rather than the eager kernels. The
 * units, and the programs' own jit entries, are compiled by Graal in the foreground after a few
 * calls, and a failed compilation fails the test.
 */
class GoldenCompiledTest {
    private static Engine engine;
    private static Engine immediate;

    @BeforeAll
    static void createEngine() {
        engine = GoldenRunner.createEngine(Map.of(
                        "jaxl.CompiledDispatch", "true",
                        "engine.CompileOnly", "jit(",
                        "engine.MultiTier", "false",
                        "engine.SingleTierCompilationThreshold", "3",
                        "engine.BackgroundCompilation", "false",
                        "engine.CompilationFailureAction", "Throw"));
        immediate = GoldenRunner.createEngine(Map.of(
                        "engine.CompileImmediately", "true",
                        "engine.BackgroundCompilation", "false",
                        "engine.CompilationFailureAction", "Throw"));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
        immediate.close();
    }

    @TestFactory
    Stream<DynamicTest> jitted() {
        return GoldenRunner.tests(engine, p -> !p.startsWith("python"));
    }

    @TestFactory
    Stream<DynamicTest> compiledImmediately() {
        return GoldenRunner.tests(immediate, p -> p.startsWith("python"));
    }
}
