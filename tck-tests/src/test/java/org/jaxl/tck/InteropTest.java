package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How Jaxl values look from Java and how Java values look to Jaxl, message by message. Expected
 * values are Python's and JAX's (a float32 array of {@code [0., 1., 2.]} holds those floats, its
 * repr is {@code Array([0., 1., 2.], dtype=float32)}).
 */
class InteropTest {

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("jaxl").allowHostAccess(HostAccess.ALL).build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("jaxl", code);
    }

    @Test
    void pythonScalarsArePolyglotPrimitives() {
        assertEquals(42, eval("6 * 7").asInt());
        assertEquals(0.5, eval("1 / 2").asDouble());
        assertTrue(eval("3 > 2").asBoolean());
        assertEquals("ab", eval("'a' + 'b'").asString());
        assertTrue(eval("None").isNull());
    }

    @Test
    void intsBeyondLongAreBigIntegers() {
        Value big = eval("2 ** 100");
        assertTrue(big.isNumber());
        assertFalse(big.fitsInLong());
        assertTrue(big.fitsInBigInteger());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertTrue(big.fitsInDouble(), "2**100 is exactly representable as a double");
        assertFalse(eval("2 ** 100 + 1").fitsInDouble());
        assertEquals("1267650600228229401496703205376", big.toString());
        assertEquals("int", big.getMetaObject().getMetaSimpleName());
        context.getBindings("jaxl").putMember("big", big);
        assertEquals("1267650600228229401496703205377", eval("str(big + 1)").asString());
    }

    @Test
    void displayStringsAreReprs() {
        assertEquals("'abc'", eval("'abc'").toString());
        assertEquals("True", eval("True").toString());
        assertEquals("(1+2j)", eval("1 + 2j").toString());
        assertEquals("(1.7319121124709869e-15+5.656854249492381j)", eval("(-2) ** 2.5").toString(), "CPython's repr");
        assertEquals("[1, (2, 3), {'a': None}]", eval("[1, (2, 3), {'a': None}]").toString());
        assertEquals("Array([0., 1., 2.], dtype=float32)", eval("import jax.numpy as jnp\njnp.arange(3.0)").toString());
    }

    @Test
    void metaObjectsAreJaxlClasses() {
        Value list = eval("[1]");
        Value listClass = list.getMetaObject();
        assertTrue(listClass.isMetaObject());
        assertEquals("list", listClass.getMetaSimpleName());
        assertEquals("list", listClass.getMetaQualifiedName());
        assertTrue(listClass.isMetaInstance(list));
        assertFalse(listClass.isMetaInstance(eval("(1,)")));
        Value array = eval("import jax\nimport jax.numpy as jnp\njnp.zeros(2)");
        assertEquals("ArrayImpl", array.getMetaObject().getMetaSimpleName());
        assertTrue(eval("jax.Array").isMetaInstance(array));
        assertEquals("jax.Array", eval("jax.Array").getMetaQualifiedName());
        assertEquals("bool", eval("True").getMetaObject().getMetaSimpleName());
        assertTrue(eval("int").isMetaInstance(true), "bool is a subclass of int");
    }

    @Test
    void listsAndTuplesAreArrays() {
        Value list = eval("[10, 20, 30]");
        assertEquals(3, list.getArraySize());
        assertEquals(20, list.getArrayElement(1).asInt());
        list.setArrayElement(1, 21);
        list.setArrayElement(3, 40);
        assertEquals("[10, 21, 30, 40]", list.toString());
        assertTrue(list.removeArrayElement(0));
        assertEquals(List.of(21, 30, 40), list.as(new org.graalvm.polyglot.TypeLiteral<List<Integer>>() {
        }));
        Value tuple = eval("(1, 'x')");
        assertEquals(2, tuple.getArraySize());
        assertEquals("x", tuple.getArrayElement(1).asString());
        assertThrows(UnsupportedOperationException.class, () -> tuple.setArrayElement(0, 5));
    }

    @Test
    void dictsAreHashes() {
        Value dict = eval("{'a': 1, 2: 'b'}");
        assertTrue(dict.hasHashEntries());
        assertEquals(2, dict.getHashSize());
        assertEquals(1, dict.getHashValue("a").asInt());
        assertEquals("b", dict.getHashValue(2).asString());
        dict.putHashEntry("c", 3);
        assertEquals("{'a': 1, 2: 'b', 'c': 3}", dict.toString());
        Value entries = dict.getHashEntriesIterator();
        Value first = entries.getIteratorNextElement();
        assertEquals("a", first.getArrayElement(0).asString());
        assertEquals(1, first.getArrayElement(1).asInt());
        assertTrue(dict.removeHashEntry("a"));
        assertFalse(dict.hasHashEntry("a"));
        assertEquals(Map.of("c", 3), eval("{'c': 3}").as(new org.graalvm.polyglot.TypeLiteral<Map<String, Integer>>() {
        }));
    }

    @Test
    void modulesHaveExecutableMembers() {
        Value jnp = eval("import jax.numpy as jnp\njnp");
        assertTrue(jnp.hasMember("exp"));
        Value exp = jnp.getMember("exp");
        assertTrue(exp.canExecute());
        assertEquals(Math.exp(1.0), exp.execute(1.0).asDouble(), 1e-6);
        assertEquals(6, jnp.invokeMember("sum", eval("jnp.arange(4)")).asInt());
        assertTrue(jnp.getMemberKeys().contains("exp"));
        Value jax = eval("import jax\njax");
        assertTrue(jax.getMember("numpy").getMember("exp").canExecute());
    }

    @Test
    void instancesHaveMembers() {
        Value point = eval("""
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm2(self):
                                return self.x * self.x + self.y * self.y
                        Point(3, 4)
                        """);
        assertEquals(3, point.getMember("x").asInt());
        assertEquals(25, point.invokeMember("norm2").asInt());
        point.putMember("x", 6);
        assertEquals(52, point.invokeMember("norm2").asInt());
        assertEquals("Point", point.getMetaObject().getMetaSimpleName());
        assertEquals("__main__.Point", point.getMetaObject().getMetaQualifiedName());
        Value made = point.getMetaObject().newInstance(1, 1);
        assertEquals(2, made.invokeMember("norm2").asInt());
    }

    @Test
    void arraysAreNestedArraysOfNumbers() {
        Value a = eval("import jax.numpy as jnp\njnp.arange(6, dtype=jnp.float32).reshape(2, 3)");
        assertEquals(2, a.getArraySize());
        assertEquals(3, a.getArrayElement(1).getArraySize());
        assertEquals(5.0f, a.getArrayElement(1).getArrayElement(2).asFloat());
        assertArrayEquals(new float[]{3, 4, 5}, a.getArrayElement(1).as(float[].class));
        assertEquals(List.of(2L, 3L), a.getMember("shape").as(new org.graalvm.polyglot.TypeLiteral<List<Long>>() {
        }));
        assertEquals("float32", a.getMember("dtype").getMember("name").asString());
        Value transposed = eval("jnp.arange(6).reshape(2, 3).T");
        assertEquals(3, transposed.getArraySize());
        assertEquals(4, transposed.getArrayElement(1).getArrayElement(1).asInt(), "a transposed view reads through its strides");
    }

    @Test
    void zeroDimensionalArraysAreNumbersAndBooleans() {
        Value x = eval("import jax.numpy as jnp\njnp.float32(2.5)");
        assertFalse(x.hasArrayElements());
        assertTrue(x.isNumber());
        assertEquals(2.5, x.asDouble());
        assertTrue(eval("jnp.int32(7)").fitsInInt());
        assertEquals(7, eval("jnp.int32(7)").asInt());
        assertTrue(eval("jnp.array(True)").asBoolean());
        assertEquals(255, eval("jnp.uint8(255)").asInt());
    }

    @Test
    void arraysAreLittleEndianBuffers() {
        Value f = eval("import jax.numpy as jnp\njnp.array([1.5, -2.0], dtype=jnp.float32)");
        assertTrue(f.hasBufferElements());
        assertFalse(f.isBufferWritable());
        assertEquals(8, f.getBufferSize());
        assertEquals(1.5f, f.readBufferFloat(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(-2.0f, f.readBufferFloat(ByteOrder.LITTLE_ENDIAN, 4));
        assertEquals(Float.floatToIntBits(1.5f), f.readBufferInt(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(Integer.reverseBytes(Float.floatToIntBits(1.5f)), f.readBufferInt(ByteOrder.BIG_ENDIAN, 0));
        assertEquals((byte) 0xC0, f.readBufferByte(7), "the sign and exponent byte of -2.0f comes last");
        Value i = eval("jnp.array([1, 256, -1], dtype=jnp.int16)");
        assertEquals(6, i.getBufferSize());
        assertEquals(1, i.readBufferByte(0));
        assertEquals(0, i.readBufferByte(1));
        assertEquals(0x0100_0001, i.readBufferInt(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(-1, i.readBufferShort(ByteOrder.LITTLE_ENDIAN, 4));
        Value d = eval("jnp.array([[1., 2.], [3., 4.]], dtype=jnp.float16).T");
        assertEquals(8, d.getBufferSize());
        assertEquals(0x4200, d.readBufferShort(ByteOrder.LITTLE_ENDIAN, 2), "float16 3.0 follows 1.0 in the transposed C order");
        assertThrows(IndexOutOfBoundsException.class, () -> d.readBufferShort(ByteOrder.LITTLE_ENDIAN, 7));
        Value c = eval("jnp.array([1 + 2j], dtype=jnp.complex64)");
        assertEquals(8, c.getBufferSize());
        assertEquals(2.0f, c.readBufferFloat(ByteOrder.LITTLE_ENDIAN, 4), "the imaginary part follows the real one");
    }

    @Test
    void functionsAndJittedFunctionsExecute() {
        Value add = eval("def add(a, b):\n    return a + b\nadd");
        assertEquals("ab", add.execute("a", "b").asString());
        Value jitted = eval("""
                        import jax
                        import jax.numpy as jnp
                        traces = []
                        @jax.jit
                        def double(x):
                            traces.append(x)
                            return x * 2
                        double(jnp.float32(1.0))
                        double
                        """);
        Value y = jitted.execute(eval("jnp.float32(3.0)"));
        assertEquals(6.0f, y.asFloat());
        assertEquals(1, eval("len(traces)").asInt(), "the host's call hit the entry Jaxl's call traced");
        assertEquals(8.0, jitted.execute(4.0).asDouble());
        assertEquals(2, eval("len(traces)").asInt(), "a Python float is weakly typed: a new cache entry");
        assertEquals(10.0, jitted.execute(5.0).asDouble());
        assertEquals(2, eval("len(traces)").asInt());
        assertEquals("Array(10., dtype=float32, weak_type=True)", jitted.execute(5.0).toString());
    }

    @Test
    void hostValuesComeInAsPythonValues() {
        Value typeName = eval("lambda x: type(x).__name__");
        assertEquals("int", typeName.execute(3).asString());
        assertEquals("int", typeName.execute((byte) 3).asString());
        assertEquals("float", typeName.execute(1.5f).asString());
        assertEquals("bool", typeName.execute(true).asString());
        assertEquals("str", typeName.execute("s").asString());
        assertEquals("str", typeName.execute('c').asString());
        assertEquals("NoneType", typeName.execute((Object) null).asString());
        assertEquals("int", typeName.execute(BigInteger.TEN.pow(30)).asString());
        assertEquals("1000000000000000000000000000001", eval("lambda x: str(x + 1)").execute(BigInteger.TEN.pow(30)).asString());
    }

    @Test
    void hostArraysBecomeJaxArrays() {
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        assertEquals("Array([1, 2, 3], dtype=int32)", asarray.execute(new int[]{1, 2, 3}).toString());
        assertEquals("Array([[1., 2.],\n       [3., 4.]], dtype=float32)", asarray.execute((Object) new double[][]{{1, 2}, {3, 4}}).toString());
        assertEquals("Array([ True, False], dtype=bool)", asarray.execute(List.of(true, false)).toString());
        assertEquals("Array([0.5, 1.5], dtype=float32)", asarray.execute(ProxyArray.fromArray(0.5, 1.5)).toString());
        Value array = eval("jnp.array");
        assertEquals("Array([1., 2.], dtype=float32)", array.execute(new long[]{1, 2}, "float32").toString());
        assertEquals(6, eval("lambda xs: jnp.sum(jnp.asarray(xs))").execute(List.of(1, 2, 3)).asInt());
    }

    /**
     * {@code jnp.asarray} need not copy and {@code jnp.array} copies (JAX's documented
     * difference): a Java array whose element type is the array's dtype is shared, so a later
     * write to it shows through the {@code asarray} result and not the {@code array} one.
     */
    @Test
    void asarraySharesAJavaArrayOfItsDtypeAndArrayCopiesIt() {
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        Value array = eval("jnp.array");
        float[] data = {1, 2, 3};
        Value shared = asarray.execute(data);
        Value copied = array.execute(data);
        Value sharedWithDtype = asarray.execute(data, "float32");
        data[1] = 20;
        assertEquals("Array([ 1., 20.,  3.], dtype=float32)", shared.toString());
        assertEquals("Array([ 1., 20.,  3.], dtype=float32)", sharedWithDtype.toString());
        assertEquals("Array([1., 2., 3.], dtype=float32)", copied.toString());
        assertEquals(24.0, eval("lambda x: jnp.sum(x)").execute(shared).asDouble(), "arithmetic reads the shared storage");
        assertEquals("Array([ 1., 20.,  3.], dtype=float32)", eval("lambda x: jnp.asarray(x)").execute(shared).toString());

        int[] ints = {1, 2};
        Value sharedInts = asarray.execute(ints);
        Value converted = asarray.execute(ints, "float32");
        ints[0] = 5;
        assertEquals("Array([5, 2], dtype=int32)", sharedInts.toString());
        assertEquals("Array([1., 2.], dtype=float32)", converted.toString(), "another dtype needs a converted copy");
    }

    /** Each Java element type is the dtype of a NumPy array of it; shared where that is the array's canonical dtype. */
    @Test
    void javaArraysHaveTheirElementTypesDtype() {
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        byte[] bytes = {1, -2};
        short[] shorts = {3, 4};
        boolean[] bools = {true, false};
        Value b = asarray.execute(bytes);
        Value s = asarray.execute(shorts);
        Value z = asarray.execute(bools);
        bytes[0] = 7;
        shorts[0] = 8;
        bools[1] = true;
        assertEquals("Array([ 7, -2], dtype=int8)", b.toString());
        assertEquals("Array([8, 4], dtype=int16)", s.toString());
        assertEquals("Array([ True,  True], dtype=bool)", z.toString());
        assertEquals("Array([1, 2], dtype=int8)", eval("jnp.array").execute(new byte[]{1, 2}).toString(), "jnp.array gives the same dtype");

        assertEquals(List.of("Array([0.5, 1.5], dtype=float32)", "Array([1, 2], dtype=int32)"), doubleAndLongArraysAfterAWrite(asarray),
                        "without x64 JAX makes float64 float32 and int64 int32: a converted copy");
    }

    @Test
    void withX64DoubleAndLongArraysAreShared() {
        eval("import jax\njax.config.update('jax_enable_x64', True)");
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        assertEquals(List.of("Array([9. , 1.5], dtype=float64)", "Array([9, 2], dtype=int64)"), doubleAndLongArraysAfterAWrite(asarray));
        assertEquals("Array([0.5, 1.5], dtype=float32)", asarray.execute(new double[]{0.5, 1.5}, "float32").toString());
    }

    /** The reprs of {@code asarray} of {@code double[]{0.5, 1.5}} and {@code long[]{1, 2}} after their first elements are set to 9. */
    private static List<String> doubleAndLongArraysAfterAWrite(Value asarray) {
        double[] doubles = {0.5, 1.5};
        long[] longs = {1, 2};
        Value d = asarray.execute(doubles);
        Value l = asarray.execute(longs);
        doubles[0] = 9;
        longs[0] = 9;
        return List.of(d.toString(), l.toString());
    }

    /** A heap buffer's bytes are an int8 or uint8 array's storage as they are; other dtypes are read into a new array. */
    @Test
    void asarraySharesAHeapByteBufferReadAsBytes() {
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        ByteBuffer buffer = ByteBuffer.wrap(new byte[]{0, 1, 2, 3, 4, 5}, 1, 4).slice();
        Value shared = asarray.execute(buffer, "uint8");
        Value copied = eval("jnp.array").execute(buffer, "uint8");
        Value words = asarray.execute(buffer, "int16");
        buffer.put(0, (byte) 255);
        assertEquals("Array([255,   2,   3,   4], dtype=uint8)", shared.toString(), "a slice: its offset into the backing array counts");
        assertEquals("Array([1, 2, 3, 4], dtype=uint8)", copied.toString());
        assertEquals("Array([ 513, 1027], dtype=int16)", words.toString());
    }

    /** Sharing widens nothing: a Java array that host access does not let Jaxl read is no array. */
    @Test
    void javaArraysComeInOnlyWithHostArrayAccess() {
        try (Context closed = Context.newBuilder("jaxl").allowHostAccess(HostAccess.newBuilder().allowArrayAccess(false).build()).build()) {
            Value asarray = closed.eval("jaxl", "import jax.numpy as jnp\njnp.asarray");
            PolyglotException e = assertThrows(PolyglotException.class, () -> asarray.execute(new float[]{1, 2}));
            assertTrue(e.isGuestException());
            assertEquals("TypeError", e.getGuestObject().getMetaObject().getMetaSimpleName());
        }
    }

    /** Expected reprs from NumPy: {@code np.frombuffer(struct.pack('<ff', 1.5, -2.0), dtype)}. */
    @Test
    void hostBuffersBecomeArraysOfTheGivenDtype() {
        ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2.0f);
        Value asarray = eval("import jax.numpy as jnp\njnp.asarray");
        assertEquals("Array([ 1.5, -2. ], dtype=float32)", asarray.execute(bytes, "float32").toString());
        assertEquals("Array([     0,  16320,      0, -16384], dtype=int16)", asarray.execute(bytes, eval("jnp.int16")).toString());
        PolyglotException noDtype = assertThrows(PolyglotException.class, () -> asarray.execute(bytes));
        assertEquals("TypeError", noDtype.getGuestObject().getMetaObject().getMetaSimpleName());
        PolyglotException ragged = assertThrows(PolyglotException.class, () -> asarray.execute(ByteBuffer.allocate(6), "float32"));
        assertEquals("ValueError: buffer size must be a multiple of element size", ragged.getMessage());
    }

    @Test
    void hostFunctionsAreCallableFromJaxl() {
        context.getBindings("jaxl").putMember("twice", (ProxyExecutable) args -> args[0].asInt() * 2);
        assertEquals(42, eval("twice(21)").asInt());
        assertEquals("int", eval("type(twice(1)).__name__").asString());
        context.getBindings("jaxl").putMember("fail", (ProxyExecutable) args -> {
            throw new IllegalStateException("host says no");
        });
        Value caught = eval("""
                        try:
                            fail()
                            result = 'not raised'
                        except RuntimeError as e:
                            result = str(e)
                        result
                        """);
        assertTrue(caught.asString().contains("host says no"), caught.asString());
    }

    @Test
    void guestErrorsArePolyglotExceptionsWithTypeMessageAndLocation() {
        Source source = Source.newBuilder("jaxl", "def f(x):\n    return x[5]\n\nf([1, 2])\n", "errors.jaxl").buildLiteral();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertTrue(e.isGuestException());
        assertFalse(e.isSyntaxError());
        assertEquals("IndexError: list index out of range", e.getMessage());
        assertEquals("IndexError", e.getGuestObject().getMetaObject().getMetaSimpleName());
        assertEquals("errors.jaxl", e.getSourceLocation().getSource().getName());
        assertEquals(2, e.getSourceLocation().getStartLine());
    }

    @Test
    void syntaxErrorsHaveALocation() {
        Source source = Source.newBuilder("jaxl", "x = 1\ny = (2 +\n", "bad.jaxl").buildLiteral();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertTrue(e.isSyntaxError());
        assertEquals("bad.jaxl", e.getSourceLocation().getSource().getName());
        assertEquals(2, e.getSourceLocation().getStartLine());
    }
}
