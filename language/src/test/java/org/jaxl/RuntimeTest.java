package org.jaxl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    @Test
    void optimizingRuntimeIsActive() {
        try (Engine engine = Engine.create()) {
            assertEquals("GraalVM CE", engine.getImplementationName());
        }
    }
}
