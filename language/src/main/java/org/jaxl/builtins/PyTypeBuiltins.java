package org.jaxl.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PClassMethod;
import org.jaxl.runtime.PComplex;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PProperty;
import org.jaxl.runtime.PRange;
import org.jaxl.runtime.PSet;
import org.jaxl.runtime.PSlice;
import org.jaxl.runtime.PStaticMethod;
import org.jaxl.runtime.PSuper;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * What calling a built-in class does: {@code int(x)}, {@code list(it)}, {@code range(n)}… Each
 * is installed as the constructor of the class of the same name, which is what the builtins
 * module binds.
 */
public final class PyTypeBuiltins {
    private PyTypeBuiltins() {
    }

    @Builtin(name = "int", signature = "(x=0, /, base=_MISSING)")
    @GenerateNodeFactory
    public abstract static class IntNode extends BuiltinNode {
        @Specialization
        protected static long fromLong(long x, PNone base) {
            return x;
        }

        @Specialization
        @TruffleBoundary
        protected Object convert(Object x, Object base) {
            if (base != PNone.NO_VALUE) {
                if (!(x instanceof String s)) {
                    throw PyErrors.typeError(this, "int() can't convert non-string with explicit base");
                }
                long b = PyObjects.indexAsLong(base, this);
                if (b != 0 && (b < 2 || b > 36)) {
                    throw PyErrors.valueError(this, "int() base must be >= 2 and <= 36, or 0");
                }
                return parse(s, (int) b);
            }
            if (x instanceof Long || x instanceof BigInteger) {
                return x;
            }
            if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (x instanceof Double d) {
                if (Double.isNaN(d)) {
                    throw PyErrors.valueError(this, "cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw PyErrors.overflow(this, "cannot convert float infinity to integer");
                }
                return PyArith.normalize(new BigDecimal(d).toBigInteger());
            }
            if (x instanceof String s) {
                return parse(s, 10);
            }
            for (String m : new String[]{"__int__", "__index__", "__trunc__"}) {
                Object f = PyObjects.classOf(x).lookup(m);
                if (f != null) {
                    return PyObjects.call(f, x);
                }
            }
            throw PyErrors.typeError(this, "int() argument must be a string, a bytes-like object or a real number, not '" + PyObjects.typeName(x) + "'");
        }

        private Object parse(String s, int base) {
            String t = s.strip().replace("_", "");
            String digits = t;
            boolean negative = false;
            if (digits.startsWith("-") || digits.startsWith("+")) {
                negative = digits.startsWith("-");
                digits = digits.substring(1);
            }
            int radix = base;
            if (base == 0 || base == 16 || base == 8 || base == 2) {
                String lower = digits.toLowerCase();
                if ((base == 0 || base == 16) && lower.startsWith("0x")) {
                    radix = 16;
                    digits = digits.substring(2);
                } else if ((base == 0 || base == 8) && lower.startsWith("0o")) {
                    radix = 8;
                    digits = digits.substring(2);
                } else if ((base == 0 || base == 2) && lower.startsWith("0b")) {
                    radix = 2;
                    digits = digits.substring(2);
                } else if (base == 0) {
                    radix = 10;
                }
            }
            try {
                boolean badSign = !digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-');
                // With base 0 a decimal literal follows the source rules: no leading zeros.
                boolean leadingZero = base == 0 && radix == 10 && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(ch -> ch == '0');
                if (digits.isEmpty() || badSign || leadingZero || s.strip().contains("__") || s.strip().startsWith("_") || s.strip().endsWith("_")) {
                    throw new NumberFormatException();
                }
                BigInteger v = new BigInteger(digits, radix);
                return PyArith.normalize(negative ? v.negate() : v);
            } catch (NumberFormatException e) {
                throw PyErrors.valueError(this, "invalid literal for int() with base " + base + ": " + PyObjects.repr(s));
            }
        }
    }

    @Builtin(name = "float", signature = "(x=0.0, /)")
    @GenerateNodeFactory
    public abstract static class FloatNode extends BuiltinNode {
        @Specialization
        protected static double fromDouble(double x) {
            return x;
        }

        @Specialization
        protected static double fromLong(long x) {
            return x;
        }

        @Specialization(replaces = {"fromDouble", "fromLong"})
        @TruffleBoundary
        protected double convert(Object x) {
            if (PyArith.isInt(x) || x instanceof Double) {
                return PyArith.toDouble(x, this);
            }
            if (x instanceof String s) {
                String t = s.strip().replace("_", "").toLowerCase();
                switch (t) {
                    case "inf", "+inf", "infinity", "+infinity":
                        return Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity":
                        return Double.NEGATIVE_INFINITY;
                    case "nan", "+nan", "-nan":
                        return Double.NaN;
                    default:
                        break;
                }
                try {
                    if (t.isEmpty() || t.endsWith("d") || t.endsWith("f") || t.startsWith("0x")) {
                        throw new NumberFormatException();
                    }
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw PyErrors.valueError(this, "could not convert string to float: " + PyObjects.repr(s));
                }
            }
            Object f = PyObjects.classOf(x).lookup("__float__");
            if (f == null) {
                f = PyObjects.classOf(x).lookup("__index__");
            }
            if (f != null) {
                Object r = PyObjects.call(f, x);
                return r instanceof Double d ? d : PyArith.toDouble(r, this);
            }
            throw PyErrors.typeError(this, "float() argument must be a string or a real number, not '" + PyObjects.typeName(x) + "'");
        }
    }

    @Builtin(name = "complex", signature = "(real=0, imag=0)")
    @GenerateNodeFactory
    public abstract static class ComplexNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PComplex complex(Object real, Object imag) {
            double re;
            double im = 0;
            PComplex r = toComplex(real, "first");
            re = r.real();
            im = r.imag();
            PComplex i = toComplex(imag, "second");
            re -= i.imag();
            im += i.real();
            return new PComplex(re, im);
        }

        /** A number, or an object with {@code __complex__}, {@code __float__} or {@code __index__}, as CPython's complex() accepts. */
        private PComplex toComplex(Object x, String which) {
            if (x instanceof PComplex c) {
                return c;
            }
            if (PyArith.isInt(x) || x instanceof Double) {
                return new PComplex(PyArith.toDouble(x, this), 0);
            }
            for (String m : new String[]{"__complex__", "__float__", "__index__"}) {
                Object f = PyObjects.classOf(x).lookup(m);
                if (f != null) {
                    return toComplex(PyObjects.call(f, x), which);
                }
            }
            throw PyErrors.typeError(this, "complex() " + which + " argument must be a string or a number, not '" + PyObjects.typeName(x) + "'");
        }
    }

    @Builtin(name = "bool", signature = "(x=False, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean bool(Object x) {
            return PyObjects.isTrue(x);
        }
    }

    @Builtin(name = "str", signature = "(object='', /)")
    @GenerateNodeFactory
    public abstract static class StrNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String str(Object x) {
            return PyObjects.str(x);
        }
    }

    @Builtin(name = "list", signature = "(iterable=(), /)")
    @GenerateNodeFactory
    public abstract static class ListNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList list(Object iterable) {
            return new PList(PyObjects.toArray(iterable, this).clone());
        }
    }

    @Builtin(name = "tuple", signature = "(iterable=(), /)")
    @GenerateNodeFactory
    public abstract static class TupleNode extends BuiltinNode {
        @Specialization
        protected static PTuple identity(PTuple t) {
            return t;
        }

        @Specialization
        @TruffleBoundary
        protected PTuple tuple(Object iterable) {
            return PTuple.of(PyObjects.toArray(iterable, this).clone());
        }
    }

    @Builtin(name = "dict", signature = "(mapping=_MISSING, /, **kwargs)")
    @GenerateNodeFactory
    public abstract static class DictNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PDict dict(Object mapping, PDict kwargs) {
            PDict d = new PDict();
            if (mapping != PNone.NO_VALUE) {
                PyObjects.dictUpdate(d, mapping, this);
            }
            for (Object[] e : kwargs.entries()) {
                d.put(e[0], e[1]);
            }
            return d;
        }
    }

    @Builtin(name = "set", signature = "(iterable=(), /)")
    @GenerateNodeFactory
    public abstract static class SetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet set(Object iterable) {
            return PSet.of(iterable, false, this);
        }
    }

    @Builtin(name = "frozenset", signature = "(iterable=(), /)")
    @GenerateNodeFactory
    public abstract static class FrozenSetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet frozenset(Object iterable) {
            return PSet.of(iterable, true, this);
        }
    }

    @Builtin(name = "range", signature = "(start, stop=_MISSING, step=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class RangeNode extends BuiltinNode {
        @Specialization
        protected static PRange stopOnly(long stop, PNone stopMissing, PNone stepMissing) {
            return new PRange(0, stop, 1);
        }

        @Specialization
        protected static PRange startStop(long start, long stop, PNone stepMissing) {
            return new PRange(start, stop, 1);
        }

        @Specialization(replaces = {"stopOnly", "startStop"})
        @TruffleBoundary
        protected PRange range(Object a, Object b, Object c) {
            long start = 0;
            long stop;
            long step = 1;
            if (b == PNone.NO_VALUE) {
                stop = toLong(a);
            } else {
                start = toLong(a);
                stop = toLong(b);
                if (c != PNone.NO_VALUE) {
                    step = toLong(c);
                    if (step == 0) {
                        throw PyErrors.valueError(this, "range() arg 3 must not be zero");
                    }
                }
            }
            return new PRange(start, stop, step);
        }

        private long toLong(Object o) {
            if (!(o instanceof Long || o instanceof Boolean || o instanceof BigInteger) && PyObjects.classOf(o).lookup("__index__") == null) {
                throw PyErrors.typeError(this, "'" + PyObjects.typeName(o) + "' object cannot be interpreted as an integer");
            }
            return PyObjects.indexAsLong(o, this);
        }
    }

    @Builtin(name = "slice", signature = "(start, stop=_MISSING, step=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class SliceNode extends BuiltinNode {
        @Specialization
        protected static PSlice slice(Object a, Object b, Object c) {
            if (b == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, a, PNone.NONE);
            }
            return new PSlice(a, b, c == PNone.NO_VALUE ? PNone.NONE : c);
        }
    }

    @Builtin(name = "type", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class TypeNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PClass type(Object o) {
            return PyObjects.classOf(o);
        }
    }

    @Builtin(name = "object", signature = "()")
    @GenerateNodeFactory
    public abstract static class ObjectNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PObject object() {
            return new PObject(PythonClasses.get(this).object);
        }
    }

    @Builtin(name = "super", signature = "(type=_MISSING, obj=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class SuperNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSuper superOf(Object type, Object obj) {
            if (!(type instanceof PClass c) || obj == PNone.NO_VALUE) {
                throw PyErrors.create(this, "RuntimeError", "super(): no arguments");
            }
            return new PSuper(c, obj);
        }
    }

    @Builtin(name = "property", signature = "(fget=None, fset=None, fdel=None, doc=None)")
    @GenerateNodeFactory
    public abstract static class PropertyNode extends BuiltinNode {
        @Specialization
        protected static PProperty property(Object fget, Object fset, Object fdel, Object doc) {
            return new PProperty(fget, fset, null);
        }
    }

    @Builtin(name = "staticmethod", signature = "(function, /)")
    @GenerateNodeFactory
    public abstract static class StaticMethodNode extends BuiltinNode {
        @Specialization
        protected static PStaticMethod staticmethod(Object f) {
            return new PStaticMethod(f);
        }
    }

    @Builtin(name = "classmethod", signature = "(function, /)")
    @GenerateNodeFactory
    public abstract static class ClassMethodNode extends BuiltinNode {
        @Specialization
        protected static PClassMethod classmethod(Object f) {
            return new PClassMethod(f);
        }
    }
}
