package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exceptions crossing the boundary both ways. A Jaxl error reaches the embedder as a guest
 * {@link PolyglotException} with its Jaxl type, JAX's message and the user's source location
 * (library frames filtered out, as JAX's traceback filtering does). A failure of a foreign value
 * inside Jaxl code is a Jaxl exception that {@code except} handles, with Python's type for it
 * ({@code AttributeError} for a missing member, {@code IndexError} for an index out of range,
 * {@code RuntimeError} for an exception the host threw); one that Jaxl code does not handle
 * reaches the embedder as the host exception it was, as GraalVM's {@code isHostException()}
 * contract says.
 */
class ExceptionsTest {

    /** A host object whose method throws, and a public field that reads normally. */
    public static final class Sensor {
        public final int id = 7;

        public double reading() {
            throw new IllegalStateException("sensor offline");
        }
    }

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("jaxl").allowHostAccess(HostAccess.ALL).build();
        Value bindings = context.getBindings("jaxl");
        bindings.putMember("sensor", new Sensor());
        bindings.putMember("fail", (ProxyExecutable) args -> {
            throw new UnsupportedOperationException("host says no");
        });
        bindings.putMember("guarded", new ProxyObject() {
            @Override
            public Object getMember(String key) {
                throw new SecurityException("no reading " + key);
            }

            @Override
            public Object getMemberKeys() {
                return new String[]{"secret"};
            }

            @Override
            public boolean hasMember(String key) {
                return key.equals("secret");
            }

            @Override
            public void putMember(String key, Value value) {
                throw new SecurityException("no writing " + key);
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("jaxl", code);
    }

    /** What {@code code} binds to {@code r} after handling {@code exceptionType}: the exception's type and text. */
    private String caught(String code, String exceptionType) {
        return eval("try:\n    " + code + "\n    r = 'not raised'\nexcept " + exceptionType + " as e:\n    r = type(e).__name__ + ': ' + str(e)\nr").asString();
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

    @Test
    void aHostMethodThatThrowsRaisesRuntimeError() {
        assertEquals(7, eval("sensor.id").asInt());
        assertEquals("RuntimeError: java.lang.IllegalStateException: sensor offline", caught("sensor.reading()", "RuntimeError"));
        assertEquals("RuntimeError: java.lang.UnsupportedOperationException: host says no", caught("fail()", "Exception"));
    }

    @Test
    void aHostMemberReadThatThrowsRaisesRuntimeError() {
        assertEquals("RuntimeError: java.lang.SecurityException: no reading secret", caught("guarded.secret", "RuntimeError"));
        assertEquals("RuntimeError: java.lang.SecurityException: no writing secret", caught("guarded.secret = 1", "RuntimeError"));
        assertEquals("RuntimeError: java.lang.SecurityException: no reading secret", caught("getattr(guarded, 'secret', None)", "BaseException"),
                        "getattr's default stands in for an AttributeError only");
    }

    @Test
    void aMissingForeignMemberRaisesAttributeError() {
        assertEquals("AttributeError: 'foreign' object has no attribute 'missing'", caught("sensor.missing", "AttributeError"));
        assertEquals("AttributeError: 'foreign' object has no attribute 'other'", caught("guarded.other", "AttributeError"));
        assertFalse(eval("hasattr(sensor, 'missing')").asBoolean());
        assertEquals(0, eval("getattr(sensor, 'missing', 0)").asInt());
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("sensor.missing"));
        assertTrue(e.isGuestException());
        assertEquals("AttributeError", e.getGuestObject().getMetaObject().getMetaSimpleName());
    }

    @Test
    void foreignArraysIndexAsPythonSequences() {
        int[] data = {10, 20, 30};
        context.getBindings("jaxl").putMember("data", data);
        assertEquals(20, eval("data[1]").asInt());
        assertEquals(30, eval("data[-1]").asInt(), "a negative index counts from the end");
        assertEquals("IndexError: foreign array index out of range", caught("data[3]", "IndexError"));
        assertEquals("IndexError: foreign array index out of range", caught("data[-4]", "LookupError"));
        assertEquals("TypeError: foreign array indices must be integers, not str", caught("data['a']", "TypeError"));
        eval("data[0] = 11");
        assertArrayEquals(new int[]{11, 20, 30}, data, "an item assignment writes the host array");
        assertEquals("IndexError: foreign array assignment index out of range", caught("data[3] = 1", "IndexError"));
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("data[5]"));
        assertTrue(e.isGuestException());
        assertEquals("IndexError", e.getGuestObject().getMetaObject().getMetaSimpleName());
    }

    @Test
    void foreignMapsIndexAsPythonMappings() {
        context.getBindings("jaxl").putMember("table", Map.of("a", 1));
        assertEquals(1, eval("table['a']").asInt());
        assertEquals("KeyError: 'b'", caught("table['b']", "KeyError"));
    }

    @Test
    void anUnhandledHostExceptionReachesTheEmbedderAsItself() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("def read():\n    return sensor.reading()\nread()"));
        assertTrue(e.isHostException());
        assertFalse(e.isInternalError());
        IllegalStateException original = assertInstanceOf(IllegalStateException.class, e.asHostException());
        assertEquals("sensor offline", original.getMessage());
        List<String> crossed = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                crossed.add(frame.getRootName());
            }
        }
        assertEquals(List.of("read", "<module>"), crossed, "the Jaxl frames it went through are in its stack trace");
        PolyglotException fromMember = assertThrows(PolyglotException.class, () -> eval("guarded.secret"));
        assertInstanceOf(SecurityException.class, fromMember.asHostException());
    }

    @Test
    void cleanUpRunsForHostExceptions() {
        assertEquals("RuntimeError: java.lang.IllegalStateException: sensor offline", caught("""
                        try:
                                sensor.reading()
                            finally:
                                cleaned = True""", "RuntimeError"));
        assertTrue(eval("cleaned").asBoolean());
        Value exits = eval("""
                        class Recorder:
                            def __init__(self):
                                self.seen = None
                            def __enter__(self):
                                return self
                            def __exit__(self, kind, value, tb):
                                self.seen = kind.__name__
                                return True
                        recorder = Recorder()
                        with recorder:
                            sensor.reading()
                        recorder.seen
                        """);
        assertEquals("RuntimeError", exits.asString(), "__exit__ sees the host exception and may suppress it");
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("""
                        class Passing:
                            def __enter__(self):
                                return self
                            def __exit__(self, kind, value, tb):
                                return False
                        with Passing():
                            fail()
                        """));
        assertNotNull(e.asHostException(), "an exception __exit__ does not suppress goes on as the host exception");
    }
}
