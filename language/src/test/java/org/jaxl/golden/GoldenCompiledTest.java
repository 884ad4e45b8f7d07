package org.jaxl.golden;

import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs on the jitted path: with {@code jaxl.CompiledDispatch} every primitive
 * applied outside jit runs as a lowered jit unit of one equation (JAX's {@code apply_primitive}),
 * so each program's results come from the compiler's nodes rather than the eager kernels. The
 * units, and the programs' own jit entries, are compiled by Graal in the foreground after a few
 * calls, and a failed compilation fails the test.
 */
class GoldenCompiledTest {
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = GoldenRunner.createEngine(Map.of(
                        "jaxl.CompiledDispatch", "true",
                        "engine.CompileOnly", "jit(",
                        "engine.SingleTierCompilationThreshold", "3",
                        "engine.BackgroundCompilation", "false",
                        "engine.CompilationFailureAction", "Throw"));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> golden() {
        return GoldenRunner.tests(engine);
    }
}
