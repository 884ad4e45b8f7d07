package org.jaxl.golden;

import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The golden programs on the interpreter only: no call target is ever compiled. */
class GoldenInterpreterTest {
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = GoldenRunner.createEngine(Map.of("engine.Compilation", "false"));
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
