package org.jaxl.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyFormatException;
import org.jaxl.runtime.PyFormat;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Python's built-in functions (the ones that are not classes). */
public final class PyBuiltins {
    private PyBuiltins() {
    }

    @Builtin(name = "print", signature = "(*objects, sep=' ', end='\\n', file=None, flush=False)")
    @GenerateNodeFactory
    public abstract static class PrintNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object print(PTuple objects, Object sep, Object end, Object file, Object flush) {
            String s = sep == PNone.NONE ? " " : checkString(sep, "sep");
            String e = end == PNone.NONE ? "\n" : checkString(end, "end");
            StringBuilder sb = new StringBuilder();
            Object[] items = objects.items();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(PyObjects.str(items[i]));
            }
            sb.append(e);
            JaxlContext context = JaxlContext.get(this);
            if (file != PNone.NONE) {
                Object write = PyObjects.getAttribute(file, "write", this);
                PyObjects.call(write, sb.toString());
                return PNone.NONE;
            }
            context.write(sb.toString());
            return PNone.NONE;
        }

        private String checkString(Object o, String what) {
            if (o instanceof String str) {
                return str;
            }
            throw PyErrors.typeError(this, what + " must be None or a string, not " + PyObjects.typeName(o));
        }
    }

    @Builtin(name = "len", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode {
        @Specialization
        protected static long doList(PList l) {
            return l.size();
        }

        @Specialization
        protected static long doTuple(PTuple t) {
            return t.size();
        }

        @Fallback
        @TruffleBoundary
        protected long doGeneric(Object o) {
            return PyObjects.len(o, this);
        }
    }

    @Builtin(name = "repr", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String repr(Object o) {
            return PyObjects.repr(o);
        }
    }

    @Builtin(name = "ascii", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class AsciiNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String ascii(Object o) {
            return PyObjects.ascii(o);
        }
    }

    @Builtin(name = "format", signature = "(value, format_spec='', /)")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String format(Object value, Object spec) {
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError(this, "format() argument 2 must be str, not " + PyObjects.typeName(spec));
            }
            return PyObjects.format(value, s, this);
        }
    }

    @Builtin(name = "abs", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AbsNode extends BuiltinNode {
        @Specialization(guards = "x != MIN")
        protected static long doLong(long x) {
            return Math.abs(x);
        }

        protected static final long MIN = Long.MIN_VALUE;

        @Specialization
        protected static double doDouble(double x) {
            return Math.abs(x);
        }

        @Fallback
        @TruffleBoundary
        protected Object doGeneric(Object x) {
            if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (x instanceof Long || x instanceof BigInteger) {
                return PyArith.normalize(PyArith.big(x).abs());
            }
            if (x instanceof org.jaxl.runtime.PComplex c) {
                return Math.hypot(c.real(), c.imag());
            }
            Object r = PyObjects.callSpecial(x, "__abs__");
            if (r == null) {
                throw PyErrors.typeError(this, "bad operand type for abs(): '" + PyObjects.typeName(x) + "'");
            }
            return r;
        }
    }

    /** Shared by min and max. */
    @TruffleBoundary
    static Object extremum(Node node, String name, PTuple args, Object key, Object dflt, boolean max) {
        Object[] items;
        if (args.size() == 1) {
            items = PyObjects.toArray(args.get(0), node);
        } else if (args.size() == 0) {
            throw PyErrors.typeError(node, name + " expected at least 1 argument, got 0");
        } else {
            if (dflt != PNone.NO_VALUE) {
                throw PyErrors.typeError(node, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = args.items();
        }
        if (items.length == 0) {
            if (dflt != PNone.NO_VALUE) {
                return dflt;
            }
            throw PyErrors.valueError(node, name + "() arg is an empty sequence");
        }
        Object best = items[0];
        Object bestKey = key == PNone.NONE ? best : PyObjects.call(key, best);
        for (int i = 1; i < items.length; i++) {
            Object k = key == PNone.NONE ? items[i] : PyObjects.call(key, items[i]);
            boolean better = max ? PyObjects.lessThan(bestKey, k) : PyObjects.lessThan(k, bestKey);
            if (better) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @Builtin(name = "min", signature = "(*args, key=None, default=_MISSING)")
    @GenerateNodeFactory
    public abstract static class MinNode extends BuiltinNode {
        @Specialization
        protected Object min(PTuple args, Object key, Object dflt) {
            return extremum(this, "min", args, key, dflt, false);
        }
    }

    @Builtin(name = "max", signature = "(*args, key=None, default=_MISSING)")
    @GenerateNodeFactory
    public abstract static class MaxNode extends BuiltinNode {
        @Specialization
        protected Object max(PTuple args, Object key, Object dflt) {
            return extremum(this, "max", args, key, dflt, true);
        }
    }

    @Builtin(name = "sum", signature = "(iterable, /, start=0)")
    @GenerateNodeFactory
    public abstract static class SumNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object sum(Object iterable, Object start) {
            if (start instanceof String) {
                throw PyErrors.typeError(this, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object acc = start;
            PIterator it = PyObjects.iter(iterable, this);
            for (Object x = it.next(); x != null; x = it.next()) {
                acc = PyObjects.binary("+", acc, x, this);
            }
            return acc;
        }
    }

    @Builtin(name = "round", signature = "(number, ndigits=None)")
    @GenerateNodeFactory
    public abstract static class RoundNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object round(Object number, Object ndigits) {
            if (number instanceof Double d) {
                if (ndigits == PNone.NONE) {
                    if (Double.isNaN(d)) {
                        throw PyErrors.valueError(this, "cannot convert float NaN to integer");
                    }
                    if (Double.isInfinite(d)) {
                        throw PyErrors.overflow(this, "cannot convert float infinity to integer");
                    }
                    return PyArith.normalize(new java.math.BigDecimal(Math.rint(d)).toBigInteger());
                }
                long n = PyObjects.indexAsLong(ndigits, this);
                if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
                    return d;
                }
                java.math.BigDecimal bd = new java.math.BigDecimal(d).setScale((int) Math.max(-400, Math.min(400, n)), java.math.RoundingMode.HALF_EVEN);
                // A result of zero keeps the sign of the input, as in CPython: round(-0.0001, 2) is -0.0.
                return Math.copySign(bd.doubleValue(), d);
            }
            if (PyArith.isInt(number)) {
                if (ndigits == PNone.NONE) {
                    return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
                }
                long n = PyObjects.indexAsLong(ndigits, this);
                if (n >= 0) {
                    return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
                }
                java.math.BigDecimal bd = new java.math.BigDecimal(PyArith.big(number)).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
                return PyArith.normalize(bd.toBigInteger());
            }
            Object r = ndigits == PNone.NONE ? PyObjects.callSpecial(number, "__round__") : PyObjects.callSpecial(number, "__round__", ndigits);
            if (r == null) {
                throw PyErrors.typeError(this, "type " + PyObjects.typeName(number) + " doesn't define __round__ method");
            }
            return r;
        }
    }

    /** Checks the second argument of isinstance/issubclass and applies the test. */
    @TruffleBoundary
    static boolean classMatches(Node node, PClass cls, Object spec, String fn, Object obj) {
        if (spec instanceof PClass c) {
            if (obj != null && c == PythonClasses.get(node).int_ && obj instanceof Boolean) {
                return true;
            }
            return cls.isSubclassOf(c);
        }
        if (spec instanceof PTuple t) {
            for (Object x : t.items()) {
                if (classMatches(node, cls, x, fn, obj)) {
                    return true;
                }
            }
            return false;
        }
        Object hook = PyObjects.classOf(spec).lookup(fn.equals("isinstance") ? "__instancecheck__" : "__subclasscheck__");
        if (hook != null) {
            return PyObjects.isTrue(PyObjects.call(hook, spec, obj != null ? obj : cls));
        }
        throw PyErrors.typeError(node, fn + "() arg 2 must be a type, a tuple of types, or a union");
    }

    @Builtin(name = "isinstance", signature = "(obj, class_or_tuple, /)")
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isinstance(Object obj, Object spec) {
            return classMatches(this, PyObjects.classOf(obj), spec, "isinstance", obj);
        }
    }

    @Builtin(name = "issubclass", signature = "(cls, class_or_tuple, /)")
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean issubclass(Object cls, Object spec) {
            if (!(cls instanceof PClass c)) {
                throw PyErrors.typeError(this, "issubclass() arg 1 must be a class");
            }
            return classMatches(this, c, spec, "issubclass", null);
        }
    }

    @Builtin(name = "hash", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long hash(Object o) {
            return PyObjects.hash(o);
        }
    }

    @Builtin(name = "id", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class IdNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long id(Object o) {
            return 0x7f0000000000L + System.identityHashCode(o) * 16L;
        }
    }

    @Builtin(name = "getattr", signature = "(object, name, default=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object getattr(Object o, Object name, Object dflt) {
            if (!(name instanceof String n)) {
                throw PyErrors.typeError(this, "attribute name must be string, not '" + PyObjects.typeName(name) + "'");
            }
            if (dflt == PNone.NO_VALUE) {
                return PyObjects.getAttribute(o, n, this);
            }
            try {
                Object v = PyObjects.getAttributeOrNull(o, n);
                return v == null ? dflt : v;
            } catch (PException e) {
                if (e.getException().getPClass().isSubclassOf(PythonClasses.get(this).exception("AttributeError"))) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", signature = "(obj, name, value, /)")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setattr(Object o, Object name, Object value) {
            if (!(name instanceof String n)) {
                throw PyErrors.typeError(this, "attribute name must be string, not '" + PyObjects.typeName(name) + "'");
            }
            PyObjects.setAttribute(o, n, value, this);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", signature = "(obj, name, /)")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object delattr(Object o, Object name) {
            PyObjects.delAttribute(o, (String) name, this);
            return PNone.NONE;
        }
    }

    @Builtin(name = "hasattr", signature = "(obj, name, /)")
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean hasattr(Object o, Object name) {
            if (!(name instanceof String n)) {
                throw PyErrors.typeError(this, "attribute name must be string, not '" + PyObjects.typeName(name) + "'");
            }
            try {
                return PyObjects.getAttributeOrNull(o, n) != null;
            } catch (PException e) {
                if (e.getException().getPClass().isSubclassOf(PythonClasses.get(this).exception("AttributeError"))) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "callable", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class CallableNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean callable(Object o) {
            return o instanceof org.jaxl.runtime.PFunction || o instanceof org.jaxl.runtime.PBuiltinFunction || o instanceof org.jaxl.runtime.PMethod || o instanceof PClass
                            || o instanceof org.jaxl.runtime.PCallable || PyObjects.classOf(o).lookup("__call__") != null
                            || PyObjects.classOf(o) == PythonClasses.get().foreign && com.oracle.truffle.api.interop.InteropLibrary.getUncached().isExecutable(o);
        }
    }

    @Builtin(name = "iter", signature = "(object, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator iter(Object o) {
            return PyObjects.iter(o, this);
        }
    }

    @Builtin(name = "next", signature = "(iterator, default=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object next(Object it, Object dflt) {
            Object v;
            if (it instanceof PIterator pit) {
                v = pit.next();
            } else {
                Object f = PyObjects.classOf(it).lookup("__next__");
                if (f == null) {
                    throw PyErrors.typeError(this, "'" + PyObjects.typeName(it) + "' object is not an iterator");
                }
                try {
                    return PyObjects.call(f, it);
                } catch (PException e) {
                    if (dflt != PNone.NO_VALUE && e.getException().getPClass().isSubclassOf(PythonClasses.get(this).exception("StopIteration"))) {
                        return dflt;
                    }
                    throw e;
                }
            }
            if (v == null) {
                if (dflt != PNone.NO_VALUE) {
                    return dflt;
                }
                throw PyErrors.create(this, "StopIteration", null);
            }
            return v;
        }
    }

    @Builtin(name = "sorted", signature = "(iterable, /, *, key=None, reverse=False)")
    @GenerateNodeFactory
    public abstract static class SortedNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList sorted(Object iterable, Object key, Object reverse) {
            Object[] items = PyObjects.toArray(iterable, this).clone();
            sort(this, items, key, PyObjects.isTrue(reverse));
            return new PList(items);
        }
    }

    /** A stable sort with Python's {@code <} and an optional key function. */
    @TruffleBoundary
    static void sort(Node node, Object[] items, Object key, boolean reverse) {
        Object[] keys = new Object[items.length];
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = key == PNone.NONE ? items[i] : PyObjects.call(key, items[i]);
            order[i] = i;
        }
        if (reverse) {
            Arrays.sort(order, (a, b) -> PyObjects.lessThan(keys[b], keys[a]) ? -1 : PyObjects.lessThan(keys[a], keys[b]) ? 1 : 0);
        } else {
            Arrays.sort(order, (a, b) -> PyObjects.lessThan(keys[a], keys[b]) ? -1 : PyObjects.lessThan(keys[b], keys[a]) ? 1 : 0);
        }
        Object[] copy = items.clone();
        for (int i = 0; i < items.length; i++) {
            items[i] = copy[order[i]];
        }
    }

    @Builtin(name = "enumerate", signature = "(iterable, start=0)")
    @GenerateNodeFactory
    public abstract static class EnumerateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator enumerate(Object iterable, Object start) {
            PIterator it = PyObjects.iter(iterable, this);
            long s = PyObjects.indexAsLong(start, this);
            return new PIterator() {
                private long i = s;

                @Override
                public Object next() {
                    Object x = it.next();
                    return x == null ? null : PTuple.of(i++, x);
                }

                @Override
                public String typeName() {
                    return "enumerate";
                }
            };
        }
    }

    @Builtin(name = "zip", signature = "(*iterables, strict=False)")
    @GenerateNodeFactory
    public abstract static class ZipNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator zip(PTuple iterables, Object strict) {
            PIterator[] its = new PIterator[iterables.size()];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyObjects.iter(iterables.get(i), this);
            }
            boolean isStrict = PyObjects.isTrue(strict);
            Node node = this;
            return new PIterator() {
                @Override
                public Object next() {
                    if (its.length == 0) {
                        return null;
                    }
                    Object[] out = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        out[i] = its[i].next();
                        if (out[i] == null) {
                            if (isStrict) {
                                checkStrict(i, its, node);
                            }
                            return null;
                        }
                    }
                    return PTuple.of(out);
                }

                @Override
                public String typeName() {
                    return "zip";
                }
            };
        }

        private static void checkStrict(int exhausted, PIterator[] its, Node node) {
            if (exhausted > 0) {
                throw PyErrors.valueError(node, "zip() argument " + (exhausted + 1) + " is shorter than argument" + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
            }
            for (int j = 1; j < its.length; j++) {
                if (its[j].next() != null) {
                    throw PyErrors.valueError(node, "zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                }
            }
        }
    }

    @Builtin(name = "map", signature = "(function, *iterables)")
    @GenerateNodeFactory
    public abstract static class MapNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator map(Object function, PTuple iterables) {
            if (iterables.size() == 0) {
                throw PyErrors.typeError(this, "map() must have at least two arguments.");
            }
            PIterator[] its = new PIterator[iterables.size()];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyObjects.iter(iterables.get(i), this);
            }
            return new PIterator() {
                @Override
                public Object next() {
                    Object[] args = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        args[i] = its[i].next();
                        if (args[i] == null) {
                            return null;
                        }
                    }
                    return PyObjects.call(function, args);
                }

                @Override
                public String typeName() {
                    return "map";
                }
            };
        }
    }

    @Builtin(name = "filter", signature = "(function, iterable, /)")
    @GenerateNodeFactory
    public abstract static class FilterNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator filter(Object function, Object iterable) {
            PIterator it = PyObjects.iter(iterable, this);
            return new PIterator() {
                @Override
                public Object next() {
                    for (Object x = it.next(); x != null; x = it.next()) {
                        Object keep = function == PNone.NONE ? x : PyObjects.call(function, x);
                        if (PyObjects.isTrue(keep)) {
                            return x;
                        }
                    }
                    return null;
                }

                @Override
                public String typeName() {
                    return "filter";
                }
            };
        }
    }

    @Builtin(name = "reversed", signature = "(sequence, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PIterator reversed(Object seq) {
            Object f = PyObjects.classOf(seq).lookup("__reversed__");
            if (f != null) {
                return PyObjects.iter(PyObjects.call(f, seq), this);
            }
            if (seq instanceof PDict || seq instanceof org.jaxl.runtime.PSet || seq instanceof PIterator) {
                throw PyErrors.typeError(this, "'" + PyObjects.typeName(seq) + "' object is not reversible");
            }
            Object[] items = PyObjects.toArray(seq, this).clone();
            List<Object> list = new ArrayList<>(Arrays.asList(items));
            java.util.Collections.reverse(list);
            return new PIterator.ArrayIterator(list.toArray(), list.size(), "reversed");
        }
    }

    @Builtin(name = "any", signature = "(iterable, /)")
    @GenerateNodeFactory
    public abstract static class AnyNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean any(Object iterable) {
            PIterator it = PyObjects.iter(iterable, this);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (PyObjects.isTrue(x)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", signature = "(iterable, /)")
    @GenerateNodeFactory
    public abstract static class AllNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean all(Object iterable) {
            PIterator it = PyObjects.iter(iterable, this);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (!PyObjects.isTrue(x)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "divmod", signature = "(a, b, /)")
    @GenerateNodeFactory
    public abstract static class DivmodNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object divmod(Object a, Object b) {
            if (PyArith.isNumber(a) && PyArith.isNumber(b)) {
                if ((a instanceof Double || b instanceof Double) && PyArith.toDouble(b, this) == 0.0) {
                    throw PyErrors.zeroDivision(this, "float divmod()");
                }
                return PTuple.of(PyObjects.binary("//", a, b, this), PyObjects.binary("%", a, b, this));
            }
            Object r = PyObjects.callSpecial(a, "__divmod__", b);
            if (r == null || r == PNone.NOT_IMPLEMENTED) {
                throw PyErrors.typeError(this, "unsupported operand type(s) for divmod(): '" + PyObjects.typeName(a) + "' and '" + PyObjects.typeName(b) + "'");
            }
            return r;
        }
    }

    @Builtin(name = "pow", signature = "(base, exp, mod=None)")
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object pow(Object base, Object exp, Object mod) {
            if (mod == PNone.NONE) {
                return PyObjects.binary("**", base, exp, this);
            }
            if (!PyArith.isInt(base) || !PyArith.isInt(exp) || !PyArith.isInt(mod)) {
                throw PyErrors.typeError(this, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            BigInteger m = PyArith.big(mod);
            if (m.signum() == 0) {
                throw PyErrors.valueError(this, "pow() 3rd argument cannot be 0");
            }
            BigInteger r = PyArith.big(base).modPow(PyArith.big(exp), m.abs());
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return PyArith.normalize(r);
        }
    }

    @Builtin(name = "chr", signature = "(i, /)")
    @GenerateNodeFactory
    public abstract static class ChrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String chr(Object i) {
            long v = PyObjects.indexAsLong(i, this);
            if (v < 0 || v > 0x10ffff) {
                throw PyErrors.valueError(this, "chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) v));
        }
    }

    @Builtin(name = "ord", signature = "(c, /)")
    @GenerateNodeFactory
    public abstract static class OrdNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long ord(Object c) {
            if (!(c instanceof String s)) {
                throw PyErrors.typeError(this, "ord() expected string of length 1, but " + PyObjects.typeName(c) + " found");
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyErrors.typeError(this, "ord() expected a character, but string of length " + s.codePointCount(0, s.length()) + " found");
            }
            return s.codePointAt(0);
        }
    }

    /** hex, oct and bin share the formatting. */
    @TruffleBoundary
    static String radix(Node node, Object x, String spec) {
        Object i = PyObjects.index(x, node);
        try {
            return PyFormat.formatInt(i, spec);
        } catch (PyFormatException e) {
            throw PyErrors.create(node, e.pythonType(), e.getMessage());
        }
    }

    @Builtin(name = "hex", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class HexNode extends BuiltinNode {
        @Specialization
        protected String hex(Object x) {
            return radix(this, x, "#x");
        }
    }

    @Builtin(name = "oct", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class OctNode extends BuiltinNode {
        @Specialization
        protected String oct(Object x) {
            return radix(this, x, "#o");
        }
    }

    @Builtin(name = "bin", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class BinNode extends BuiltinNode {
        @Specialization
        protected String bin(Object x) {
            return radix(this, x, "#b");
        }
    }

    @Builtin(name = "dir", signature = "(object=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class DirNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList dir(Object o) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            if (o instanceof org.jaxl.runtime.PModule m) {
                names.addAll(m.names());
            } else {
                if (o instanceof org.jaxl.runtime.PObject p) {
                    names.addAll(p.attributes().keySet());
                }
                PClass cls = o instanceof PClass c ? c : PyObjects.classOf(o);
                for (PClass c : cls.getMro()) {
                    names.addAll(c.ownAttributeNames());
                }
            }
            return new PList(names.toArray());
        }
    }

    @Builtin(name = "vars", signature = "(object, /)")
    @GenerateNodeFactory
    public abstract static class VarsNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object vars(Object o) {
            return PyObjects.getAttribute(o, "__dict__", this);
        }
    }
}
