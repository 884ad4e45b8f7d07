package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * These tests run where Jaxl's users run it: on Truffle's optimizing runtime (the Graal compiler
 * on the upgrade module path), not on the fallback interpreter, which would call itself
 * {@code Interpreted}.
 */
class OptimizingRuntimeTest {

    @Test
    void engineIsTheOptimizingRuntime() {
        try (Engine engine = Engine.create()) {
            assertEquals("GraalVM CE", engine.getImplementationName());
        }
    }
}
