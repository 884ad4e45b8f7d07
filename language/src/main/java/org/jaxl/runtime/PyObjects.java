package org.jaxl.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jaxl.JaxlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Python's object protocol for Jaxl values — the generic (slow) paths behind the specialized
 * nodes: type, truth, repr/str, equality and hashing, attributes, calls, items, iteration and
 * operators with their dunder-method fallbacks.
 */
public final class PyObjects {
    private PyObjects() {
    }

    // ------------------------------------------------------------------ types

    @TruffleBoundary
    public static PClass classOf(Object o) {
        PythonClasses c = PythonClasses.get();
        if (o instanceof PObject p) {
            return p.getPClass();
        }
        if (o instanceof PSet s) {
            return s.isFrozen() ? c.frozenset : c.set;
        }
        if (o instanceof PNone n) {
            return switch (n) {
                case ELLIPSIS -> c.ellipsisType;
                case NOT_IMPLEMENTED -> c.notImplementedType;
                default -> c.noneType;
            };
        }
        if (o instanceof PIterator it) {
            return c.iteratorClass(it.typeName());
        }
        if (o instanceof PDictView v) {
            return switch (v.kind()) {
                case KEYS -> c.dictKeys;
                case VALUES -> c.dictValues;
                case ITEMS -> c.dictItems;
            };
        }
        PClass cls = c.forJavaClass(o.getClass());
        return cls != null ? cls : c.foreign;
    }

    @TruffleBoundary
    public static String typeName(Object o) {
        if (o instanceof PIterator it) {
            return it.typeName();
        }
        return classOf(o).tpName();
    }

    @TruffleBoundary
    public static boolean isInstance(Object o, PClass cls) {
        if (cls == PythonClasses.get().int_ && o instanceof Boolean) {
            return true;
        }
        return classOf(o).isSubclassOf(cls);
    }

    // ------------------------------------------------------------------ calls

    /** Calls any callable with positional arguments. */
    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return call(callable, args, Calls.NO_KEYWORDS, Calls.NO_VALUES, null);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        return Calls.callGeneric(callable, args, kwNames, kwValues, node);
    }

    /**
     * Looks up {@code name} on the class of {@code o} (as Python looks up special methods) and
     * calls it with {@code o} first; returns null when the class has no such attribute.
     */
    @TruffleBoundary
    public static Object callSpecial(Object o, String name, Object... args) {
        Object f = classOf(o).lookup(name);
        if (f == null) {
            return null;
        }
        Object[] full = new Object[args.length + 1];
        full[0] = o;
        System.arraycopy(args, 0, full, 1, args.length);
        return call(f, full);
    }

    // ------------------------------------------------------------------ truth, repr, str

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o == PNone.NONE) {
            return false;
        }
        if (o instanceof PList l) {
            return l.size() > 0;
        }
        if (o instanceof PTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PDict d) {
            return d.size() > 0;
        }
        if (o instanceof PSet s) {
            return s.size() > 0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        if (o instanceof PRange r) {
            return r.length() > 0;
        }
        if (o instanceof PComplex c) {
            return c.real() != 0 || c.imag() != 0;
        }
        PClass cls = classOf(o);
        Object f = cls.lookup("__bool__");
        if (f != null) {
            Object r = call(f, o);
            if (!(r instanceof Boolean b)) {
                throw PyErrors.typeError(null, "__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        f = cls.lookup("__len__");
        if (f != null) {
            return len(o, null) != 0;
        }
        if (!(o instanceof PObject) && InteropLibrary.getUncached().isBoolean(o)) {
            try {
                return InteropLibrary.getUncached().asBoolean(o);
            } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return PyFormat.reprStr(s);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Double d) {
            return PyFormat.reprFloat(d);
        }
        if (o instanceof PNone n) {
            return n.toString();
        }
        if (o instanceof PList l) {
            return Repr.guard(o, "[...]", () -> "[" + joinRepr(l.toArray()) + "]");
        }
        if (o instanceof PTuple t) {
            if (t.size() == 1) {
                return Repr.guard(o, "(...)", () -> "(" + repr(t.get(0)) + ",)");
            }
            return Repr.guard(o, "(...)", () -> "(" + joinRepr(t.items()) + ")");
        }
        if (o instanceof PDict d) {
            return Repr.guard(o, "{...}", () -> {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Object[] e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(e[0])).append(": ").append(repr(e[1]));
                }
                return sb.append('}').toString();
            });
        }
        if (o instanceof PSet s) {
            String name = s.isFrozen() ? "frozenset" : "set";
            if (s.size() == 0) {
                return name + "()";
            }
            String body = "{" + joinRepr(s.items().toArray()) + "}";
            return s.isFrozen() ? "frozenset(" + body + ")" : body;
        }
        if (o instanceof PComplex c) {
            return reprComplex(c);
        }
        if (o instanceof PDictView v) {
            return v.typeName() + "([" + joinRepr(v.elements()) + "])";
        }
        if (o instanceof PRange r) {
            return r.step() == 1 ? "range(" + r.start() + ", " + r.stop() + ")" : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
        }
        if (o instanceof PSlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        }
        PClass cls = classOf(o);
        Object f = cls.lookup("__repr__");
        if (f != null) {
            Object r = call(f, o);
            if (!(r instanceof String s)) {
                throw PyErrors.typeError(null, "__repr__ returned non-string (type " + typeName(r) + ")");
            }
            return s;
        }
        return defaultRepr(o);
    }

    private static String reprComplex(PComplex c) {
        String im = PyFormat.reprComplexPart(c.imag()) + "j";
        if (c.real() == 0 && Math.copySign(1, c.real()) > 0) {
            return im;
        }
        String re = PyFormat.reprComplexPart(c.real());
        String sign = c.imag() >= 0 || Double.isNaN(c.imag()) ? "+" : "";
        return "(" + re + sign + im + ")";
    }

    /** Whether {@code o} is one of Jaxl's own interop values, whose display string is its repr (no foreign fallback for them). */
    private static boolean isJaxlValue(Object o) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return interop.hasLanguage(o) && interop.getLanguage(o) == org.jaxl.JaxlLanguage.class;
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
            return false;
        }
    }

    /** The repr of objects with no {@code __repr__}: {@code <function f at 0x…>} and friends. */
    @TruffleBoundary
    public static String defaultRepr(Object o) {
        String addr = "0x" + String.format("%012x", System.identityHashCode(o) * 16L + 0x7f0000000000L);
        if (o instanceof PFunction f) {
            return "<function " + f.getQualname() + " at " + addr + ">";
        }
        if (o instanceof PBuiltinFunction f) {
            return "<built-in function " + f.getName() + ">";
        }
        if (o instanceof PMethod m) {
            return "<bound method " + qualnameOf(m.function()) + " of " + repr(m.self()) + ">";
        }
        if (o instanceof PClass c) {
            return "<class '" + c.getQualifiedName() + "'>";
        }
        if (o instanceof PModule m) {
            return m.getFile() == null ? "<module '" + m.getName() + "' (built-in)>" : "<module '" + m.getName() + "' from '" + m.getFile() + "'>";
        }
        if (o instanceof PIterator it) {
            return "<" + it.typeName() + " object at " + addr + ">";
        }
        if (o instanceof PBaseException e) {
            return e.getPClass().getName() + "(" + (e.getArgs().size() == 1 ? repr(e.getArgs().get(0)) : joinRepr(e.getArgs().items())) + ")";
        }
        PClass cls = classOf(o);
        if (cls == PythonClasses.get().foreign && !isJaxlValue(o)) {
            return InteropLibrary.getUncached().toDisplayString(o).toString();
        }
        return "<" + cls.getQualifiedName() + " object at " + addr + ">";
    }

    private static String qualnameOf(Object f) {
        if (f instanceof PFunction fn) {
            return fn.getQualname();
        }
        if (f instanceof PBuiltinFunction b) {
            return b.getQualname();
        }
        return repr(f);
    }

    private static String joinRepr(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Double d) {
            return PyFormat.reprFloat(d);
        }
        if (o instanceof Long || o instanceof Boolean || o instanceof PNone || o instanceof BigInteger || o instanceof PList || o instanceof PTuple || o instanceof PDict) {
            return repr(o);
        }
        if (o instanceof PBaseException e) {
            Object f = e.getPClass().lookup("__str__");
            if (f != null && !(f instanceof PBuiltinFunction)) {
                return (String) call(f, o);
            }
            PTuple args = e.getArgs();
            if (e.getPClass().isSubclassOf(PythonClasses.get().exception("KeyError")) && args.size() == 1) {
                return repr(args.get(0));
            }
            return args.size() == 0 ? "" : args.size() == 1 ? str(args.get(0)) : repr(args);
        }
        Object f = classOf(o).lookup("__str__");
        if (f != null) {
            Object r = call(f, o);
            if (!(r instanceof String s)) {
                throw PyErrors.typeError(null, "__str__ returned non-string (type " + typeName(r) + ")");
            }
            return s;
        }
        return repr(o);
    }

    /** CPython's last traceback line for an exception: {@code ValueError: msg} or {@code ValueError}. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        PClass cls = e.getPClass();
        String name = cls.getModule().equals("builtins") || cls.getModule().equals("__main__") ? cls.getName() : cls.getModule() + "." + cls.getName();
        String msg;
        try {
            msg = str(e);
        } catch (PException inner) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    // ------------------------------------------------------------------ equality, hashing, comparison

    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (PyArith.isNumber(a) && PyArith.isNumber(b)) {
            if (a instanceof PComplex || b instanceof PComplex) {
                return complexEq(a, b);
            }
            Integer c = PyArith.compare(a, b);
            return c != null && c == 0;
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return sequenceEq(x.items(), x.size(), y.items(), y.size());
        }
        if (a instanceof PList x && b instanceof PList y) {
            return sequenceEq(x.toArray(), x.size(), y.toArray(), y.size());
        }
        if (a instanceof PDict x && b instanceof PDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Object[] e : x.entries()) {
                Object v = y.get(e[0]);
                if (v == null || !eq(e[1], v)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Object item : x.items()) {
                if (!y.contains(item)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PRange x && b instanceof PRange y) {
            return x.length() == y.length() && (x.length() == 0 || x.start() == y.start() && (x.length() == 1 || x.step() == y.step()));
        }
        if (a instanceof PMethod x && b instanceof PMethod y) {
            return x.self() == y.self() && eq(x.function(), y.function());
        }
        if (a instanceof PSlice x && b instanceof PSlice y) {
            return eq(x.start(), y.start()) && eq(x.stop(), y.stop()) && eq(x.step(), y.step());
        }
        if (isBuiltinValue(a) && isBuiltinValue(b)) {
            return false;
        }
        Object r = richCompare("==", a, b, null);
        return isTrue(r);
    }

    private static boolean complexEq(Object a, Object b) {
        double ar = a instanceof PComplex c ? c.real() : PyArith.toDouble(a, null);
        double ai = a instanceof PComplex c ? c.imag() : 0;
        double br = b instanceof PComplex c ? c.real() : PyArith.toDouble(b, null);
        double bi = b instanceof PComplex c ? c.imag() : 0;
        return ar == br && ai == bi;
    }

    private static boolean isBuiltinValue(Object o) {
        return o instanceof String || o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger || o instanceof PNone || o instanceof PTuple
                        || o instanceof PList || o instanceof PDict || o instanceof PSet || o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PModule
                        || o instanceof PClass || o instanceof PRange || o instanceof PComplex;
    }

    private static boolean sequenceEq(Object[] a, int na, Object[] b, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (a[i] != b[i] && !eq(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's {@code hash(o)}. Numbers and tuples hash exactly as in CPython (so sets of them
     * iterate in CPython's order); strings and identity hashes are Jaxl's own, as CPython's are
     * randomized or address-based. Never -1, as in CPython.
     */
    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof String s) {
            int h = s.hashCode();
            return h == -1 ? -2 : h;
        }
        if (PyArith.isNumber(o)) {
            return PyArith.hash(o);
        }
        if (o instanceof PTuple t) {
            return tupleHash(t);
        }
        if (o instanceof PList || o instanceof PDict || (o instanceof PSet s && !s.isFrozen())) {
            throw PyErrors.typeError(null, "unhashable type: '" + typeName(o) + "'");
        }
        if (o instanceof PSet s) {
            return s.frozenHash();
        }
        if (o instanceof PNone || o instanceof PFunction || o instanceof PClass || o instanceof PModule || o instanceof PBuiltinFunction) {
            return System.identityHashCode(o);
        }
        if (o instanceof PMethod m) {
            return System.identityHashCode(m.self()) ^ hash(m.function());
        }
        if (o instanceof PSlice) {
            throw PyErrors.typeError(null, "unhashable type: 'slice'");
        }
        PClass cls = classOf(o);
        Object f = cls.lookup("__hash__");
        if (f == PNone.NONE) {
            throw PyErrors.typeError(null, "unhashable type: '" + cls.getName() + "'");
        }
        if (f != null) {
            Object r = call(f, o);
            if (r instanceof Long || r instanceof BigInteger || r instanceof Boolean) {
                // CPython reduces whatever int __hash__ returns to a hash value.
                return PyArith.hash(r);
            }
            throw PyErrors.typeError(null, "__hash__ method should return an integer");
        }
        if (cls.lookup("__eq__") != null && o instanceof PObject) {
            throw PyErrors.typeError(null, "unhashable type: '" + cls.getName() + "'");
        }
        return System.identityHashCode(o);
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython's tuple hash (its xxHash-based {@code tuplehash}), in unsigned 64-bit arithmetic. */
    private static long tupleHash(PTuple t) {
        long acc = XXPRIME_5;
        for (Object item : t.items()) {
            acc += hash(item) * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static String dunderFor(String op) {
        return switch (op) {
            case "==" -> "__eq__";
            case "!=" -> "__ne__";
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case ">" -> "__gt__";
            case ">=" -> "__ge__";
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static String reflectedComparison(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /**
     * A rich comparison {@code a op b}: built-in values compare natively, other objects through
     * {@code __eq__}/{@code __lt__}… with the reflected method as fallback. May return a
     * non-bool (arrays compare elementwise).
     */
    @TruffleBoundary
    public static Object richCompare(String op, Object a, Object b, Node node) {
        if (PyArith.isNumber(a) && PyArith.isNumber(b)) {
            if (a instanceof PComplex || b instanceof PComplex) {
                if (op.equals("==")) {
                    return complexEq(a, b);
                }
                if (op.equals("!=")) {
                    return !complexEq(a, b);
                }
                throw unorderable(op, a, b, node);
            }
            Integer c = PyArith.compare(a, b);
            return compareResult(op, c);
        }
        if (isBuiltinValue(a) && isBuiltinValue(b) && !(a instanceof PObject) && !(b instanceof PObject)) {
            if (op.equals("==")) {
                return eq(a, b);
            }
            if (op.equals("!=")) {
                return !eq(a, b);
            }
            if (a instanceof PSet x && b instanceof PSet y) {
                return compareSets(op, x, y);
            }
            Integer c = orderBuiltin(a, b);
            if (c == null) {
                throw unorderable(op, a, b, node);
            }
            return compareResult(op, c);
        }
        PClass ca = classOf(a);
        PClass cb = classOf(b);
        boolean reflectedFirst = cb != ca && cb.isSubclassOf(ca) && cb.lookup(dunderFor(reflectedComparison(op))) != ca.lookup(dunderFor(reflectedComparison(op)));
        if (reflectedFirst) {
            Object r = tryDunder(b, dunderFor(reflectedComparison(op)), a);
            if (r != PNone.NOT_IMPLEMENTED && r != null) {
                return r;
            }
        }
        Object r = tryDunder(a, dunderFor(op), b);
        if (r != PNone.NOT_IMPLEMENTED && r != null) {
            return r;
        }
        if (!reflectedFirst) {
            r = tryDunder(b, dunderFor(reflectedComparison(op)), a);
            if (r != PNone.NOT_IMPLEMENTED && r != null) {
                return r;
            }
        }
        if (op.equals("==")) {
            return a == b;
        }
        if (op.equals("!=")) {
            Object eqr = tryDunder(a, "__eq__", b);
            if (eqr != null && eqr != PNone.NOT_IMPLEMENTED) {
                return !isTrue(eqr);
            }
            return a != b;
        }
        throw unorderable(op, a, b, node);
    }

    private static Object tryDunder(Object self, String name, Object other) {
        Object f = classOf(self).lookup(name);
        if (f == null || f == PNone.NONE) {
            return null;
        }
        if (f instanceof PBuiltinFunction && classOf(self).getOwn(name) == null && classOf(self).isBuiltin() && classOf(self) == PythonClasses.get().object) {
            return null;
        }
        return call(f, self, other);
    }

    private static PException unorderable(String op, Object a, Object b, Node node) {
        return PyErrors.typeError(node, "'" + op + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    private static Object compareResult(String op, Integer c) {
        if (c == null) {
            return op.equals("!=");
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Ordering of built-in sequences and strings; null when the types don't order. */
    private static Integer orderBuiltin(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(compareCodePoints(x, y));
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return orderSequences(x.items(), y.items());
        }
        if (a instanceof PList x && b instanceof PList y) {
            return orderSequences(x.toArray(), y.toArray());
        }
        return null;
    }

    /** Sets order by inclusion, a partial order: {1} and {2} are neither smaller nor larger. */
    private static boolean compareSets(String op, PSet x, PSet y) {
        return switch (op) {
            case "<" -> x.size() < y.size() && isSubset(x, y);
            case "<=" -> isSubset(x, y);
            case ">" -> y.size() < x.size() && isSubset(y, x);
            case ">=" -> isSubset(y, x);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** True when every element of {@code x} is in {@code y}. */
    @TruffleBoundary
    public static boolean isSubset(PSet x, PSet y) {
        for (Object item : x.items()) {
            if (!y.contains(item)) {
                return false;
            }
        }
        return true;
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static Integer orderSequences(Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!eq(a[i], b[i])) {
                if (isTrue(richCompare("<", a[i], b[i], null))) {
                    return -1;
                }
                return 1;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Python's {@code sorted} order: {@code a < b}. */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        return isTrue(richCompare("<", a, b, null));
    }

    // ------------------------------------------------------------------ operators

    private static String binaryDunder(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "truediv";
            case "//" -> "floordiv";
            case "%" -> "mod";
            case "**" -> "pow";
            case "@" -> "matmul";
            case "<<" -> "lshift";
            case ">>" -> "rshift";
            case "&" -> "and";
            case "|" -> "or";
            case "^" -> "xor";
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** The binary operator {@code a op b} with Python's full semantics. */
    @TruffleBoundary
    public static Object binary(String op, Object a, Object b, Node node) {
        Object r = PyArith.binary(op, a, b, node);
        if (r != null) {
            return r;
        }
        if (op.equals("%") && a instanceof String s) {
            return Sequences.percentFormat(s, b, node);
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            r = setOperator(op, x, y, node);
            if (r != null) {
                return r;
            }
        }
        if (op.equals("|") && a instanceof PDict x && b instanceof PDict y) {
            PDict merged = x.copy();
            for (Object[] e : y.entries()) {
                merged.put(e[0], e[1]);
            }
            return merged;
        }
        r = Sequences.binary(op, a, b);
        if (r != null) {
            return r;
        }
        String name = binaryDunder(op);
        PClass ca = classOf(a);
        PClass cb = classOf(b);
        Object fa = ca.lookup("__" + name + "__");
        Object fb = cb != ca ? cb.lookup("__r" + name + "__") : null;
        if (fb != null && cb.isSubclassOf(ca) && fb != ca.lookup("__r" + name + "__")) {
            r = call(fb, b, a);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            r = call(fa, a, b);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            r = call(fb, b, a);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op.equals("*")) {
            r = Sequences.repeatByIndex(a, b, node);
            if (r != null) {
                return r;
            }
        }
        if (op.equals("+") && (a instanceof String || a instanceof PList || a instanceof PTuple)) {
            throw PyErrors.typeError(node, "can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a));
        }
        if (op.equals("*") && (a instanceof String || a instanceof PList || a instanceof PTuple || b instanceof String || b instanceof PList || b instanceof PTuple)) {
            Object other = a instanceof String || a instanceof PList || a instanceof PTuple ? b : a;
            throw PyErrors.typeError(node, "can't multiply sequence by non-int of type '" + typeName(other) + "'");
        }
        throw PyErrors.typeError(node, "unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op) + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** {@code dict.update(other)}: from a mapping (anything with {@code keys()}) or an iterable of pairs. */
    @TruffleBoundary
    public static void dictUpdate(PDict d, Object other, Node node) {
        if (other instanceof PDict o) {
            for (Object[] e : o.entries()) {
                d.put(e[0], e[1]);
            }
            return;
        }
        Object keys = getAttributeOrNull(other, "keys");
        if (keys != null && !(other instanceof PList)) {
            for (Object k : toArray(call(keys), node)) {
                d.put(k, getItem(other, k, node));
            }
            return;
        }
        Object[] items = toArray(other, node);
        for (int i = 0; i < items.length; i++) {
            Object[] pair;
            try {
                pair = toArray(items[i], node);
            } catch (PException e) {
                throw PyErrors.typeError(node, "cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (pair.length != 2) {
                throw PyErrors.valueError(node, "dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
            }
            hash(pair[0]);
            d.put(pair[0], pair[1]);
        }
    }

    /** {@code a op b} for two sets, with the left operand's type; null for other operators. */
    private static PSet setOperator(String op, PSet a, PSet b, Node node) {
        return switch (op) {
            case "|" -> {
                PSet result = a.copy(a.isFrozen());
                result.update(b, node);
                yield result;
            }
            case "&" -> a.intersection(b, node);
            case "-" -> a.difference(b, node);
            case "^" -> a.symmetricDifference(b, node);
            default -> null;
        };
    }

    /** True when {@code a op= b} may update {@code a} in place rather than rebind it to {@code a op b}. */
    public static boolean hasInplaceForm(Object a) {
        return a instanceof PList || a instanceof PObject || a instanceof PSet || a instanceof PDict;
    }

    /**
     * Augmented assignment {@code a op= b}: {@code __iop__} when defined, in-place updates of lists,
     * sets and dicts, else the binary operator.
     */
    @TruffleBoundary
    public static Object inplace(String op, Object a, Object b, Node node) {
        if (a instanceof PSet s && !s.isFrozen() && b instanceof PSet other) {
            switch (op) {
                case "|" -> s.update(other, node);
                case "&" -> s.intersectionUpdate(other, node);
                case "-" -> s.differenceUpdate(other, node);
                case "^" -> s.symmetricDifferenceUpdate(other, node);
                default -> {
                    return binary(op, a, b, node);
                }
            }
            return s;
        }
        if (a instanceof PDict d && op.equals("|")) {
            dictUpdate(d, b, node);
            return d;
        }
        if (a instanceof PList l && op.equals("+")) {
            Sequences.extend(l, b, node);
            return l;
        }
        if (a instanceof PList l && op.equals("*") && PyArith.isInt(b)) {
            Object[] items = l.toArray();
            long n = PyArith.asLong(b);
            l.clear();
            for (long k = 0; k < n; k++) {
                for (Object item : items) {
                    l.add(item);
                }
            }
            return l;
        }
        if (a instanceof PObject) {
            Object f = classOf(a).lookup("__i" + binaryDunder(op) + "__");
            if (f != null) {
                Object r = call(f, a, b);
                if (r != PNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return binary(op, a, b, node);
    }

    @TruffleBoundary
    public static Object unary(String op, Object a, Node node) {
        Object r = PyArith.unary(op, a);
        if (r != null) {
            return r;
        }
        String name = switch (op) {
            case "-" -> "__neg__";
            case "+" -> "__pos__";
            case "~" -> "__invert__";
            default -> throw new IllegalArgumentException(op);
        };
        Object f = classOf(a).lookup(name);
        if (f != null) {
            return call(f, a);
        }
        throw PyErrors.typeError(node, "bad operand type for unary " + op + ": '" + typeName(a) + "'");
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item, Node node) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.typeError(node, "'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof PDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PSet s) {
            return s.contains(item);
        }
        if (container instanceof PDictView v && v.kind() == PDictView.Kind.KEYS) {
            return v.dict().containsKey(item);
        }
        if (container instanceof PRange r && PyArith.isInt(item)) {
            long v = PyArith.asLong(item);
            long len = r.length();
            if (len == 0) {
                return false;
            }
            long k = (v - r.start()) / r.step();
            return (v - r.start()) % r.step() == 0 && k >= 0 && k < len;
        }
        Object f = classOf(container).lookup("__contains__");
        if (f != null) {
            return isTrue(call(f, container, item));
        }
        PIterator it = iter(container, node);
        for (Object x = it.next(); x != null; x = it.next()) {
            if (x == item || eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ items, length, iteration

    @TruffleBoundary
    public static long len(Object o, Node node) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PList l) {
            return l.size();
        }
        if (o instanceof PTuple t) {
            return t.size();
        }
        if (o instanceof PDict d) {
            return d.size();
        }
        if (o instanceof PSet s) {
            return s.size();
        }
        if (o instanceof PRange r) {
            return r.length();
        }
        if (o instanceof PDictView v) {
            return v.dict().size();
        }
        Object f = classOf(o).lookup("__len__");
        if (f != null) {
            Object r = call(f, o);
            if (r instanceof Long l) {
                if (l < 0) {
                    throw PyErrors.valueError(node, "__len__() should return >= 0");
                }
                return l;
            }
            throw PyErrors.typeError(node, "'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        if (InteropLibrary.getUncached().hasArrayElements(o)) {
            try {
                return InteropLibrary.getUncached().getArraySize(o);
            } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                throw new IllegalStateException(e);
            }
        }
        throw PyErrors.typeError(node, "object of type '" + typeName(o) + "' has no len()");
    }

    @TruffleBoundary
    public static PIterator iter(Object o, Node node) {
        if (o instanceof PList l) {
            return new PIterator.ListIterator(l);
        }
        if (o instanceof PTuple t) {
            return new PIterator.ArrayIterator(t.items(), t.size(), "tuple_iterator");
        }
        if (o instanceof PRange r) {
            return new PIterator.RangeIterator(r);
        }
        if (o instanceof String s) {
            return new PIterator.StringIterator(s);
        }
        if (o instanceof PDict d) {
            return new PIterator.SizeCheckedIterator(d, d.keys().toArray(), "dict_keyiterator");
        }
        if (o instanceof PSet s) {
            return new PIterator.SizeCheckedIterator(s, s.items().toArray(), "set_iterator");
        }
        if (o instanceof PIterator it) {
            return it;
        }
        if (o instanceof PDictView v) {
            return new PIterator.SizeCheckedIterator(v.dict(), v.elements(), v.typeName().replace("s", "") + "iterator");
        }
        PClass cls = classOf(o);
        Object f = cls.lookup("__iter__");
        if (f != null && f != PNone.NONE) {
            Object it = call(f, o);
            if (it instanceof PIterator pit) {
                return pit;
            }
            if (classOf(it).lookup("__next__") == null) {
                throw PyErrors.typeError(node, "iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return new UserIterator(it);
        }
        Object getitem = cls.lookup("__getitem__");
        if (getitem != null) {
            return new GetItemIterator(o, getitem);
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        if (interop.hasArrayElements(o)) {
            return new ForeignArrayIterator(o);
        }
        throw PyErrors.typeError(node, "'" + typeName(o) + "' object is not iterable");
    }

    /** Whether {@code iter(o)} can succeed: CPython's test before unpacking {@code *o} in a call. */
    @TruffleBoundary
    public static boolean isIterable(Object o) {
        if (o instanceof PList || o instanceof PTuple || o instanceof String || o instanceof PDict || o instanceof PSet || o instanceof PRange || o instanceof PIterator
                        || o instanceof PDictView) {
            return true;
        }
        PClass cls = classOf(o);
        if (cls.lookup("__iter__") != null || cls.lookup("__getitem__") != null) {
            return true;
        }
        return cls == PythonClasses.get().foreign && InteropLibrary.getUncached().hasArrayElements(o);
    }

    /**
     * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}):
     * {@code module.qualname()}, or {@code qualname()} for built-ins.
     */
    @TruffleBoundary
    public static String functionStr(Object fn) {
        Object qualname = getAttributeOrNull(fn, "__qualname__");
        if (!(qualname instanceof String q)) {
            return str(fn);
        }
        Object module = getAttributeOrNull(fn, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /** Collects an iterable into an array. */
    @TruffleBoundary
    public static Object[] toArray(Object o, Node node) {
        if (o instanceof PTuple t) {
            return t.items();
        }
        if (o instanceof PList l) {
            return l.toArray();
        }
        List<Object> out = new ArrayList<>();
        PIterator it = iter(o, node);
        for (Object x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out.toArray();
    }

    /** Iterator over an object with {@code __next__}, ending at {@code StopIteration}. */
    static final class UserIterator extends PIterator {
        private final Object target;

        UserIterator(Object target) {
            this.target = target;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            try {
                return callSpecial(target, "__next__");
            } catch (PException e) {
                if (e.getException().getPClass().isSubclassOf(PythonClasses.get().exception("StopIteration"))) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}… until {@code IndexError}. */
    static final class GetItemIterator extends PIterator {
        private final Object target;
        private final Object getitem;
        private long i;

        GetItemIterator(Object target, Object getitem) {
            this.target = target;
            this.getitem = getitem;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            try {
                return call(getitem, target, i++);
            } catch (PException e) {
                if (e.getException().getPClass().isSubclassOf(PythonClasses.get().exception("IndexError"))
                                || e.getException().getPClass().isSubclassOf(PythonClasses.get().exception("StopIteration"))) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** Iterates the array elements of a foreign (host or other-language) object. */
    static final class ForeignArrayIterator extends PIterator {
        private final Object target;
        private long i;

        ForeignArrayIterator(Object target) {
            this.target = target;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            InteropLibrary interop = InteropLibrary.getUncached();
            try {
                if (i >= interop.getArraySize(target)) {
                    return null;
                }
                return Interop.toJaxl(interop.readArrayElement(target, i++));
            } catch (com.oracle.truffle.api.interop.InteropException e) {
                throw PyErrors.typeError(null, "foreign array: " + e.getMessage());
            }
        }
    }

    @TruffleBoundary
    public static Object getItem(Object o, Object key, Node node) {
        Object r = Sequences.getItem(o, key, node);
        if (r != null) {
            return r;
        }
        if (o instanceof PDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw PyErrors.keyError(node, key);
            }
            return v;
        }
        if (o instanceof PClass c && c.lookup("__class_getitem__") != null) {
            return call(c.lookup("__class_getitem__"), c, key);
        }
        Object f = classOf(o).lookup("__getitem__");
        if (f != null) {
            return call(f, o, key);
        }
        if (o instanceof PClass c) {
            throw PyErrors.typeError(node, "type '" + c.getName() + "' is not subscriptable");
        }
        Object foreign = Interop.getForeignItem(o, key, node);
        if (foreign != null) {
            return foreign;
        }
        throw PyErrors.typeError(node, "'" + typeName(o) + "' object is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value, Node node) {
        if (o instanceof PDict d) {
            hash(key);
            d.put(key, value);
            return;
        }
        if (o instanceof PList l) {
            Sequences.setListItem(l, key, value, node);
            return;
        }
        Object f = classOf(o).lookup("__setitem__");
        if (f != null) {
            call(f, o, key, value);
            return;
        }
        if (Interop.setForeignItem(o, key, value, node)) {
            return;
        }
        throw PyErrors.typeError(node, "'" + typeName(o) + "' object does not support item assignment");
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key, Node node) {
        if (o instanceof PDict d) {
            if (d.remove(key) == null) {
                throw PyErrors.keyError(node, key);
            }
            return;
        }
        if (o instanceof PList l) {
            Sequences.delListItem(l, key, node);
            return;
        }
        Object f = classOf(o).lookup("__delitem__");
        if (f != null) {
            call(f, o, key);
            return;
        }
        throw PyErrors.typeError(node, "'" + typeName(o) + "' object doesn't support item deletion");
    }

    // ------------------------------------------------------------------ attributes

    /** {@code o.name}, raising AttributeError when missing. */
    @TruffleBoundary
    public static Object getAttribute(Object o, String name, Node node) {
        Object r = Attributes.lookup(o, name);
        if (r != null) {
            return r;
        }
        throw Attributes.missing(o, name, node);
    }

    /** {@code o.name}, or null when missing. */
    @TruffleBoundary
    public static Object getAttributeOrNull(Object o, String name) {
        return Attributes.lookup(o, name);
    }

    @TruffleBoundary
    public static void setAttribute(Object o, String name, Object value, Node node) {
        Attributes.set(o, name, value, node);
    }

    @TruffleBoundary
    public static void delAttribute(Object o, String name, Node node) {
        Attributes.delete(o, name, node);
    }

    /** {@code object.__setattr__(o, name, value)}: assignment without the class's {@code __setattr__}. */
    @TruffleBoundary
    public static void setAttributeGeneric(Object o, String name, Object value, Node node) {
        Attributes.setGeneric(o, name, value, node);
    }

    /** {@code object.__delattr__(o, name)}: deletion without the class's {@code __delattr__}. */
    @TruffleBoundary
    public static void delAttributeGeneric(Object o, String name, Node node) {
        Attributes.deleteGeneric(o, name, node);
    }

    // ------------------------------------------------------------------ conversions

    /** {@code operator.index(o)}: an int for ints, bools and objects with {@code __index__}. */
    @TruffleBoundary
    public static Object index(Object o, Node node) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object f = classOf(o).lookup("__index__");
        if (f != null) {
            return call(f, o);
        }
        throw PyErrors.typeError(node, "'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** {@link #index} narrowed to a Java long, raising IndexError-style overflow as CPython does. */
    @TruffleBoundary
    public static long indexAsLong(Object o, Node node) {
        Object i = index(o, node);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.create(node, "IndexError", "cannot fit 'int' into an index-sized integer");
    }

    // ------------------------------------------------------------------ formatting

    /** {@code format(v, spec)}: the format mini-language for built-in types, {@code __format__} for others. */
    @TruffleBoundary
    public static String format(Object v, String spec, Node node) {
        try {
            if (v instanceof String s) {
                return PyFormat.formatStr(s, spec);
            }
            if (v instanceof Boolean b) {
                return PyFormat.formatBool(b, spec);
            }
            if (v instanceof Long || v instanceof BigInteger) {
                return PyFormat.formatInt(v, spec);
            }
            if (v instanceof Double d) {
                return PyFormat.formatFloat(d, spec);
            }
        } catch (PyFormatException e) {
            throw PyErrors.create(node, e.pythonType(), e.getMessage());
        }
        Object f = classOf(v).lookup("__format__");
        if (f != null) {
            Object r = call(f, v, spec);
            if (!(r instanceof String s)) {
                throw PyErrors.typeError(node, "__format__ must return a str, not " + typeName(r));
            }
            return s;
        }
        if (spec.isEmpty()) {
            return str(v);
        }
        throw PyErrors.typeError(node, "unsupported format string passed to " + typeName(v) + ".__format__");
    }

    /** {@code ascii(v)}: the repr with non-ASCII characters escaped. */
    @TruffleBoundary
    public static String ascii(Object v) {
        String r = repr(v);
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
