package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jaxl embedded in a Java program through the polyglot API, as an embedder would use it. */
class EmbeddingTest {

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
}
