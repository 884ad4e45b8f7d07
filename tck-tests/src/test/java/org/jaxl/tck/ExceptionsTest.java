package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exceptions crossing the boundary. A Jaxl error reaches the embedder as a guest
 * {@link PolyglotException} with its Jaxl type, JAX's message and the user's source location
 * (library frames filtered out, as JAX's traceback filtering does).
 */
class ExceptionsTest {

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
    void aLibraryErrorIsReportedAtTheUsersLine() {
        Source source = Source.newBuilder("jaxl", "import jax.numpy as jnp\nx = jnp.ones(3)\ny = jnp.reshape(x, (2, 2))\n", "user.jaxl").buildLiteral();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertTrue(e.isGuestException());
        assertEquals("TypeError: cannot reshape array of shape (3,) (size 3) into shape (2, 2) (size 4)", e.getMessage(), "jax/_src/numpy/array_methods.py's text");
        assertEquals("TypeError", e.getGuestObject().getMetaObject().getMetaSimpleName());
        assertEquals("user.jaxl", e.getSourceLocation().getSource().getName());
        assertEquals(3, e.getSourceLocation().getStartLine());
        assertEquals("jnp.reshape(x, (2, 2))", e.getSourceLocation().getCharacters().toString());
        assertEquals(List.of("user.jaxl:3"), jaxlFrames(e), "the library's frames are internal: hidden from the stack trace");
    }

    @Test
    void aLibraryErrorUnderJitIsReportedInTheInnermostUserFunction() {
        Source source = Source.newBuilder("jaxl", """
                        import jax
                        import jax.numpy as jnp
                        def f(x):
                            return jnp.reshape(x, (2, 2))

                        jax.jit(f)(jnp.ones(3))
                        """, "traced.jaxl").buildLiteral();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertEquals("TypeError", e.getGuestObject().getMetaObject().getMetaSimpleName());
        assertEquals(4, e.getSourceLocation().getStartLine());
        assertEquals(List.of("traced.jaxl:4", "traced.jaxl:6"), jaxlFrames(e));
    }

    /** The Jaxl frames of {@code e}'s polyglot stack trace that have a location, as {@code name:line}, innermost first. */
    private static List<String> jaxlFrames(PolyglotException e) {
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                assertFalse(frame.getSourceLocation().getSource().isInternal(), frame.toString());
                frames.add(frame.getSourceLocation().getSource().getName() + ":" + frame.getSourceLocation().getStartLine());
            }
        }
        return frames;
    }
}
