package org.jaxl.tck;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Jaxl's conformance to the contracts the Truffle TCK checks (its jars are not served here, so the
 * checks are written from its documented contracts): for every kind of Jaxl value, the interop
 * messages it answers agree with each other and with what Jaxl itself says about the value
 * ({@code repr}, {@code type}, {@code len}, {@code dir}, {@code callable}); values keep their
 * identity through a host; operators applied to values that went through the host give what
 * they give in Jaxl; syntax errors and runtime errors surface as {@link PolyglotException}s with
 * Python's types, messages and lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {

    /** One value kind: a Jaxl expression, and arguments to call it with when it is callable (a Jaxl argument list) or null. */
    private record Case(String name, String expression, String callArguments) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void value(String name, String expression) {
        CASES.add(new Case(name, expression, null));
    }

    private static void callable(String name, String expression, String callArguments) {
        CASES.add(new Case(name, expression, callArguments));
    }

    static {
        value("int zero", "0");
        value("int", "42");
        value("negative int", "-7");
        value("int beyond int32", "2 ** 31");
        value("largest long", "2 ** 63 - 1");
        value("big int", "2 ** 63");
        value("negative big int", "-(2 ** 80)");
        value("float", "1.5");
        value("negative zero", "-0.0");
        value("large float", "1e300");
        value("infinity", "float('inf')");
        value("nan", "float('nan')");
        value("True", "True");
        value("False", "False");
        value("None", "None");
        value("empty str", "''");
        value("str", "'abc'");
        value("unicode str", "'h\\u00e9llo \\u2713'");
        value("complex", "1 + 2j");
        value("empty list", "[]");
        value("list", "[1, 'a', None]");
        value("nested list", "[[1, 2], [3]]");
        value("empty tuple", "()");
        value("singleton tuple", "(1,)");
        value("nested tuple", "(1, (2, 3))");
        value("empty dict", "{}");
        value("dict", "{'a': 1, 2: [3]}");
        value("set", "{1, 2}");
        value("frozenset", "frozenset({3})");
        value("range", "range(5)");
        value("slice", "slice(1, 2)");
        value("iterator", "iter([1, 2])");
        value("dict keys view", "{'a': 1}.keys()");
        value("dict items view", "{'a': 1}.items()");
        value("property", "property(lambda self: 1)");
        value("super object", "super(_Point, _Point(1, 2))");
        callable("function", "_f", "1");
        callable("lambda", "lambda x, y: x * y", "2, 3");
        callable("builtin function", "len", "'abc'");
        callable("bound method", "[].append", "5");
        callable("bound method of an instance", "_Point(1, 2).norm2", "");
        callable("partial", "functools.partial(pow, 2)", "10");
        callable("builtin class", "int", "'12'");
        callable("user class", "_Point", "1, 2");
        callable("exception class", "ValueError", "'m'");
        value("instance", "_Point(3, 4)");
        value("exception instance", "ValueError('boom')");
        value("module jax", "jax");
        value("module jax.numpy", "jnp");
        value("module math", "math");
        callable("jitted lambda", "jax.jit(lambda x: x * 2)", "3.0");
        callable("jitted function", "jax.jit(_f)", "jnp.arange(3)");
        callable("jnp function", "jnp.exp", "0.0");
        value("jaxpr", "jax.make_jaxpr(lambda x: x + 1)(1.0)");
        value("dtype float32", "jnp.dtype('float32')");
        value("dtype of an array", "jnp.zeros(1, jnp.int8).dtype");
        value("lax enum member", "jax.lax.RoundingMethod.TO_NEAREST_EVEN");
        value("gather mode", "jax.lax.GatherScatterMode.CLIP");
        callable("scalar type", "jnp.float32", "2");
        String[] dtypes = {"bool", "int8", "int16", "int32", "uint8", "uint32", "float16", "bfloat16", "float32", "complex64"};
        String[][] shapes = {{"0-d", "()"}, {"1-d", "(3,)"}, {"2-d", "(2, 3)"}};
        for (String dtype : dtypes) {
            for (String[] shape : shapes) {
                String data = dtype.equals("bool") ? "jnp.arange(6) % 2 == 0" : "jnp.arange(6)";
                value(dtype + " " + shape[0] + " array", "(" + data + ")[:_size(" + shape[1] + ")].reshape(" + shape[1] + ").astype(jnp." + (dtype.equals("bool") ? "bool_" : dtype) + ")");
            }
        }
        value("3-d float32 array", "jnp.arange(24.0).reshape(2, 3, 4)");
        value("empty array", "jnp.zeros((0, 3))");
        value("transposed array", "jnp.arange(6).reshape(2, 3).T");
        value("weakly typed array", "jnp.asarray(2.0)");
    }

    private static final String PRELUDE = """
                    import functools
                    import math
                    import jax
                    import jax.numpy as jnp

                    def _f(x):
                        return x + 1

                    def _size(shape):
                        n = 1
                        for d in shape:
                            n *= d
                        return n

                    def _outcome(thunk):
                        try:
                            return repr(thunk())
                        except Exception as e:
                            return type(e).__name__

                    def _member_outcome(o, name):
                        try:
                            return type(getattr(o, name)).__name__
                        except Exception as e:
                            return type(e).__name__

                    class _Point:
                        def __init__(self, x, y):
                            self.x = x
                            self.y = y
                        def norm2(self):
                            return self.x * self.x + self.y * self.y
                        def __repr__(self):
                            return f"_Point({self.x}, {self.y})"
                    """;

    private Context context;
    private Value bindings;

    @BeforeAll
    void createContext() {
        context = Context.create("jaxl");
        context.eval("jaxl", PRELUDE);
        bindings = context.getBindings("jaxl");
        for (int i = 0; i < CASES.size(); i++) {
            try {
                context.eval("jaxl", "v" + i + " = " + CASES.get(i).expression());
            } catch (RuntimeException e) {
                throw new AssertionError(CASES.get(i).expression(), e);
            }
        }
    }

    @AfterAll
    void closeContext() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("jaxl", code);
    }

    /** What Jaxl itself says: the value of {@code expression} over the case's global {@code v<i>}, as a Java string. */
    private String jaxl(int i, String expressionOfV) {
        return eval(expressionOfV.replace("V", "v" + i)).asString();
    }

    @TestFactory
    Stream<DynamicNode> interopContractsOfEveryValueKind() {
        List<DynamicNode> out = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            int index = i;
            Case c = CASES.get(i);
            List<DynamicNode> checks = new ArrayList<>();
            checks.add(dynamicTest("display string is repr", () -> assertEquals(jaxl(index, "repr(V)"), value(index).toString())));
            checks.add(dynamicTest("meta object is type(v)", () -> checkMetaObject(index)));
            checks.add(dynamicTest("at most one primitive kind", () -> checkPrimitiveKinds(value(index))));
            checks.add(dynamicTest("number contract", () -> checkNumber(value(index))));
            checks.add(dynamicTest("array contract", () -> checkArray(index)));
            checks.add(dynamicTest("hash contract", () -> checkHash(index)));
            checks.add(dynamicTest("member contract", () -> checkMembers(index)));
            checks.add(dynamicTest("executable contract", () -> checkExecutable(index, c)));
            checks.add(dynamicTest("identity", () -> checkIdentity(index)));
            checks.add(dynamicTest("round trip through the host", () -> checkRoundTrip(index)));
            out.add(DynamicContainer.dynamicContainer(c.name() + ": " + c.expression(), checks));
        }
        return out.stream();
    }

    private Value value(int i) {
        return bindings.getMember("v" + i);
    }

    private void checkMetaObject(int i) {
        Value v = value(i);
        Value meta = v.getMetaObject();
        assertNotNull(meta, "every Jaxl value has a meta object");
        assertTrue(meta.isMetaObject());
        assertTrue(meta.isMetaInstance(v));
        assertEquals(jaxl(i, "type(V).__name__"), meta.getMetaSimpleName());
        assertEquals(jaxl(i, "type(V).__name__ if type(V).__module__ == 'builtins' else type(V).__module__ + '.' + type(V).__name__"), meta.getMetaQualifiedName());
        assertTrue(meta.getMetaObject().isMetaObject(), "a class's class is a meta object too");
        assertFalse(meta.isMetaInstance(eval("object()")) && !jaxl(i, "type(V).__name__").equals("object"));
    }

    private static void checkPrimitiveKinds(Value v) {
        int kinds = (v.isNull() ? 1 : 0) + (v.isBoolean() ? 1 : 0) + (v.isString() ? 1 : 0) + (v.isNumber() ? 1 : 0);
        assertTrue(kinds <= 1, "a value is at most one of null, boolean, string, number");
        if (v.isBoolean()) {
            assertDoesNotThrow(v::asBoolean);
        }
        if (v.isString()) {
            assertDoesNotThrow(v::asString);
        }
        if (!v.isString() && !v.isNull()) {
            assertThrows(ClassCastException.class, v::asString);
        }
    }

    private static void checkNumber(Value v) {
        if (!v.isNumber()) {
            assertFalse(v.fitsInByte() || v.fitsInShort() || v.fitsInInt() || v.fitsInLong() || v.fitsInBigInteger() || v.fitsInFloat() || v.fitsInDouble());
            assertThrows(RuntimeException.class, v::asLong, "a non-number is no long (null: NullPointerException, others: ClassCastException)");
            return;
        }
        // The fitsIn hierarchy: each narrower type implies the wider ones.
        assertTrue(!v.fitsInByte() || v.fitsInShort());
        assertTrue(!v.fitsInShort() || v.fitsInInt());
        assertTrue(!v.fitsInInt() || v.fitsInLong());
        assertTrue(!v.fitsInLong() || v.fitsInBigInteger());
        assertTrue(!v.fitsInFloat() || v.fitsInDouble());
        if (v.fitsInLong()) {
            long l = v.asLong();
            if (v.fitsInInt()) {
                assertEquals(l, v.asInt());
            }
            assertEquals(l, v.asBigInteger().longValueExact());
        } else {
            assertThrows(ClassCastException.class, v::asLong);
        }
        if (v.fitsInDouble()) {
            double d = v.asDouble();
            if (v.fitsInFloat()) {
                assertEquals(d, v.asFloat(), 0.0);
            }
        } else {
            assertThrows(ClassCastException.class, v::asDouble);
        }
    }

    private void checkArray(int i) {
        Value v = value(i);
        if (!v.hasArrayElements()) {
            assertThrows(UnsupportedOperationException.class, v::getArraySize);
            return;
        }
        long size = v.getArraySize();
        assertEquals(Long.parseLong(jaxl(i, "str(len(V))")), size, "array size is len(v)");
        for (long k = 0; k < size; k++) {
            Value element = v.getArrayElement(k);
            assertNotNull(element);
            assertNotNull(element.toString());
        }
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> v.getArrayElement(size));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> v.getArrayElement(-1));
    }

    private void checkHash(int i) {
        Value v = value(i);
        if (!v.hasHashEntries()) {
            return;
        }
        assertEquals(Long.parseLong(jaxl(i, "str(len(V))")), v.getHashSize());
        Value entries = v.getHashEntriesIterator();
        long count = 0;
        while (entries.hasIteratorNextElement()) {
            Value entry = entries.getIteratorNextElement();
            assertEquals(2, entry.getArraySize());
            assertTrue(v.hasHashEntry(entry.getArrayElement(0)));
            assertEquals(entry.getArrayElement(1).toString(), v.getHashValue(entry.getArrayElement(0)).toString());
            count++;
        }
        assertEquals(v.getHashSize(), count);
    }

    /** Each member the host lists reads as {@code getattr} reads it in Jaxl: a value of the same type, or the same exception. */
    private void checkMembers(int i) {
        Value v = value(i);
        if (!v.hasMembers()) {
            return;
        }
        int checked = 0;
        for (String key : v.getMemberKeys()) {
            assertTrue(v.hasMember(key), key);
            if (checked++ == 40) {
                break;
            }
            // The key goes in after the V placeholder is replaced: a member name may contain a V.
            String inJaxl = eval("_member_outcome(v" + i + ", '" + key + "')").asString();
            String fromHost;
            try {
                fromHost = v.getMember(key).getMetaObject().getMetaSimpleName();
            } catch (PolyglotException e) {
                assertTrue(e.isGuestException(), key);
                fromHost = e.getGuestObject().getMetaObject().getMetaSimpleName();
            }
            assertEquals(inJaxl, fromHost, key);
        }
        assertFalse(v.hasMember("no_such_member_anywhere"));
    }

    private void checkExecutable(int i, Case c) {
        Value v = value(i);
        assertEquals(Boolean.parseBoolean(jaxl(i, "str(callable(V)).lower()")), v.canExecute(), "canExecute is callable(v)");
        if (c.callArguments() == null) {
            if (!v.canExecute()) {
                assertThrows(UnsupportedOperationException.class, v::execute);
            }
            return;
        }
        Value arguments = eval("(" + c.callArguments() + (c.callArguments().isEmpty() ? ")" : ",)"));
        Object[] hostArguments = new Object[(int) arguments.getArraySize()];
        for (int k = 0; k < hostArguments.length; k++) {
            hostArguments[k] = arguments.getArrayElement(k);
        }
        Value result = v.execute(hostArguments);
        assertEquals(jaxl(i, "repr(V(" + c.callArguments() + "))"), result.toString());
    }

    private void checkIdentity(int i) {
        Value v = value(i);
        Value again = value(i);
        assertEquals(v, again, "the same value read twice is equal");
        assertEquals(v.hashCode(), again.hashCode());
    }

    private void checkRoundTrip(int i) {
        Value v = value(i);
        bindings.putMember("roundtrip" + i, v);
        Value identityFunction = eval("lambda x: x");
        Value back = identityFunction.execute(v);
        assertEquals(v.toString(), back.toString());
        if (!v.isNumber() && !v.isString() && !v.isBoolean() && !v.isNull() || jaxl(i, "type(V).__name__").equals("ArrayImpl")) {
            assertEquals("True", eval("str(roundtrip" + i + " is v" + i + ")").asString(), "an object comes back as itself");
        } else {
            assertEquals(jaxl(i, "repr(V)"), eval("repr(roundtrip" + i + ")").asString(), "a primitive comes back as an equal value");
            assertEquals(jaxl(i, "type(V).__name__"), eval("type(roundtrip" + i + ").__name__").asString(), "of the same type");
        }
    }

    // ------------------------------------------------------------------ operators on values that went through the host

    private static final String[] OPERAND_EXPRESSIONS = {"3", "-2", "2 ** 70", "2.5", "float('nan')", "True", "None", "'ab'", "[1, 2]", "(3,)", "{'k': 1}",
                    "jnp.arange(3.0)", "jnp.int32(4)", "jnp.array([True, False, True])"};
    private static final String[] BINARY_OPERATORS = {"+", "-", "*", "/", "//", "%", "**", "==", "!=", "<", "<=", "&", "|", "^", "<<", "in"};

    @TestFactory
    Stream<DynamicNode> operatorsAgreeWhetherOperandsCrossTheHostOrNot() {
        List<DynamicNode> out = new ArrayList<>();
        for (String op : BINARY_OPERATORS) {
            List<DynamicNode> tests = new ArrayList<>();
            Value apply = eval("lambda a, b: _outcome(lambda: a " + op + " b)");
            for (String left : OPERAND_EXPRESSIONS) {
                for (String right : OPERAND_EXPRESSIONS) {
                    tests.add(dynamicTest(left + " " + op + " " + right, () -> {
                        String inJaxl = eval("_outcome(lambda: (" + left + ") " + op + " (" + right + "))").asString();
                        String throughHost = apply.execute(eval(left), eval(right)).asString();
                        assertEquals(inJaxl, throughHost);
                    }));
                }
            }
            out.add(DynamicContainer.dynamicContainer("operator " + op, tests));
        }
        return out.stream();
    }

    // ------------------------------------------------------------------ errors

    /**
     * Syntax errors and the line CPython 3.11 reports for each (generated with
     * {@code compile(code, "case.jaxl", "exec")}, reading {@code SyntaxError.lineno}).
     */
    private static final Map<String, Integer> SYNTAX_ERRORS = new LinkedHashMap<>();

    static {
        SYNTAX_ERRORS.put("x = = 1", 1);
        SYNTAX_ERRORS.put("def f(:\n    pass", 1);
        SYNTAX_ERRORS.put("if True\n    pass", 1);
        SYNTAX_ERRORS.put("x = 1\ny = (2 +\n", 2);
        SYNTAX_ERRORS.put("for in range(3): pass", 1);
        SYNTAX_ERRORS.put("a = [1, 2", 1);
        SYNTAX_ERRORS.put("return_value = 1\n  indented = 2", 2);
        SYNTAX_ERRORS.put("x = 1 +", 1);
        SYNTAX_ERRORS.put("class :\n    pass", 1);
        SYNTAX_ERRORS.put("1 = x", 1);
        SYNTAX_ERRORS.put("f(**)", 1);
        SYNTAX_ERRORS.put("while True print(1)", 1);
        SYNTAX_ERRORS.put("import", 1);
        SYNTAX_ERRORS.put("def g():\nreturn 1", 2);
        SYNTAX_ERRORS.put("x = 'unterminated", 1);
        SYNTAX_ERRORS.put("print(1))", 1);
        SYNTAX_ERRORS.put("del 1", 1);
        SYNTAX_ERRORS.put("x += ", 1);
        SYNTAX_ERRORS.put("try:\n    pass\n", 2);
    }

    @TestFactory
    Stream<DynamicNode> syntaxErrorsAreSyntaxErrorsWithALocation() {
        return SYNTAX_ERRORS.entrySet().stream().map(e -> dynamicTest(e.getKey().replace("\n", "\\n"), () -> {
            Source source = Source.newBuilder("jaxl", e.getKey(), "case.jaxl").buildLiteral();
            PolyglotException error = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertTrue(error.isSyntaxError(), error.getMessage());
            assertFalse(error.isInternalError());
            assertNotNull(error.getSourceLocation());
            assertEquals("case.jaxl", error.getSourceLocation().getSource().getName());
            assertEquals(e.getValue(), error.getSourceLocation().getStartLine(), error.getMessage());
        }));
    }

    /**
     * Runtime errors and CPython 3.11's last traceback line for each (generated with
     * {@code traceback.format_exception_only}); the JAX ones from JAX's own wording.
     */
    private static final Map<String, String> RUNTIME_ERRORS = new LinkedHashMap<>();

    static {
        RUNTIME_ERRORS.put("1 / 0", "ZeroDivisionError: division by zero");
        RUNTIME_ERRORS.put("[][1]", "IndexError: list index out of range");
        RUNTIME_ERRORS.put("{}['a']", "KeyError: 'a'");
        RUNTIME_ERRORS.put("undefined_name", "NameError: name 'undefined_name' is not defined");
        RUNTIME_ERRORS.put("int('x')", "ValueError: invalid literal for int() with base 10: 'x'");
        RUNTIME_ERRORS.put("'a' + 1", "TypeError: can only concatenate str (not \"int\") to str");
        RUNTIME_ERRORS.put("None.foo", "AttributeError: 'NoneType' object has no attribute 'foo'");
        RUNTIME_ERRORS.put("import nosuchmodule", "ModuleNotFoundError: No module named 'nosuchmodule'");
        RUNTIME_ERRORS.put("assert False, 'no'", "AssertionError: no");
        RUNTIME_ERRORS.put("raise RuntimeError('x')", "RuntimeError: x");
        RUNTIME_ERRORS.put("(1, 2)[5]", "IndexError: tuple index out of range");
        RUNTIME_ERRORS.put("len(5)", "TypeError: object of type 'int' has no len()");
        RUNTIME_ERRORS.put("[1, 2].index(3)", "ValueError: 3 is not in list");
        RUNTIME_ERRORS.put("1 % 0", "ZeroDivisionError: integer modulo by zero");
        RUNTIME_ERRORS.put("float('abc')", "ValueError: could not convert string to float: 'abc'");
        RUNTIME_ERRORS.put("def f(a): pass\nf()", "TypeError: f() missing 1 required positional argument: 'a'");
        RUNTIME_ERRORS.put("x = [1]\nx.foo()", "AttributeError: 'list' object has no attribute 'foo'");
        RUNTIME_ERRORS.put("{}.pop('k')", "KeyError: 'k'");
        RUNTIME_ERRORS.put("'abc'.index('z')", "ValueError: substring not found");
        RUNTIME_ERRORS.put("int.bar", "AttributeError: type object 'int' has no attribute 'bar'");
        RUNTIME_ERRORS.put("2 ** 10000 * 1.0", "OverflowError: int too large to convert to float");
        RUNTIME_ERRORS.put("next(iter([]))", "StopIteration");
        RUNTIME_ERRORS.put("class C: pass\nC().missing", "AttributeError: 'C' object has no attribute 'missing'");
        RUNTIME_ERRORS.put("raise ValueError", "ValueError");
        RUNTIME_ERRORS.put("list(5)", "TypeError: 'int' object is not iterable");
        RUNTIME_ERRORS.put("import jax.numpy as jnp\njnp.ones(2) + jnp.ones(3)", "TypeError: add got incompatible shapes for broadcasting: (2,), (3,).");
    }

    @TestFactory
    Stream<DynamicNode> runtimeErrorsAreGuestExceptionsWithPythonTypesAndMessages() {
        return RUNTIME_ERRORS.entrySet().stream().map(e -> dynamicTest(e.getKey().replace("\n", "\\n"), () -> {
            Source source = Source.newBuilder("jaxl", e.getKey(), "case.jaxl").buildLiteral();
            PolyglotException error = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertTrue(error.isGuestException());
            assertFalse(error.isSyntaxError());
            assertFalse(error.isInternalError(), "a user error is a Jaxl exception, not a Java one");
            assertEquals(e.getValue(), error.getMessage());
            String type = e.getValue().split(":")[0];
            assertEquals(type, error.getGuestObject().getMetaObject().getMetaSimpleName());
            assertNotNull(error.getSourceLocation(), "where it was raised, or the call of the built-in that raised it");
            boolean raisedInTheSource = error.getSourceLocation().getSource().getName().equals("case.jaxl");
            boolean calledFromTheSource = StreamSupport.stream(error.getPolyglotStackTrace().spliterator(), false).anyMatch(
                            frame -> frame.isGuestFrame() && frame.getSourceLocation() != null && frame.getSourceLocation().getSource().getName().equals("case.jaxl"));
            // JAX's own errors are raised in its library, as jax/_src/lax/lax.py raises them in JAX.
            boolean raisedInJax = error.getSourceLocation().getSource().getName().startsWith("jax/");
            assertTrue(raisedInTheSource || calledFromTheSource || raisedInJax, "raised in the evaluated source, or in code it called");
        }));
    }
}
