package org.jaxl.golden;

import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs with every call target compiled by Graal before its first run, in the
 * foreground, so the compiled code is what runs; a failed compilation fails the test.
 */
class GoldenCompiledTest {
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = GoldenRunner.createEngine(Map.of(
                        "engine.CompileImmediately", "true",
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
