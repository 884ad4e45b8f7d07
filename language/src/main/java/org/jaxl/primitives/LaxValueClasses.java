package org.jaxl.primitives;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jaxl.builtins.BuiltinRegistry;
import org.jaxl.builtins.JavaFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PProperty;
import org.jaxl.runtime.PStaticMethod;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The classes through which Jaxl code sees the parameter values of lax primitives:
 * {@code lax.GatherDimensionNumbers} and {@code lax.ScatterDimensionNumbers} (NamedTuples:
 * constructible by keyword or position, fields as attributes, indexable, iterable, comparable,
 * {@code _replace}), and the enums {@code lax.GatherScatterMode} (with {@code from_any}) and
 * {@code lax.RoundingMethod} (an IntEnum: equal to its int value). Their reprs and strs are
 * JAX's, so that jaxprs print their parameters as JAX does.
 */
public final class LaxValueClasses {
    private LaxValueClasses() {
    }

    /**
     * Creates the four classes for a context, registers them as the classes of their Java values,
     * and returns them by name for the {@code _jaxl} module.
     */
    @TruffleBoundary
    public static Map<String, PClass> install(PythonClasses classes) {
        Map<String, PClass> out = new LinkedHashMap<>();
        out.put("GatherDimensionNumbers", namedTuple(classes, "GatherDimensionNumbers", GatherDimensionNumbers.class, GatherDimensionNumbers.FIELDS,
                        f -> new GatherDimensionNumbers(f[0], f[1], f[2])));
        out.put("ScatterDimensionNumbers", namedTuple(classes, "ScatterDimensionNumbers", ScatterDimensionNumbers.class, ScatterDimensionNumbers.FIELDS,
                        f -> new ScatterDimensionNumbers(f[0], f[1], f[2])));
        out.put("GatherScatterMode", gatherScatterMode(classes));
        out.put("RoundingMethod", roundingMethod(classes));
        return out;
    }

    private static PClass builtinClass(PythonClasses classes, String name) {
        return new PClass(name, "jax._src.lax", new PClass[]{classes.object}, PClass.Layout.BUILTIN, true);
    }

    private static void method(PClass cls, String name, String signature, JavaFunction body) {
        cls.setAttribute(name, BuiltinRegistry.function(name, signature, body));
    }

    private static PProperty property(String name, JavaFunction getter) {
        return new PProperty(BuiltinRegistry.function(name, "(self, /)", getter), null, name);
    }

    @FunctionalInterface
    private interface Maker {
        Object make(Object[] fields);
    }

    /** Field {@code i} of a dimension-numbers value. */
    private static Object field(Object self, int i) {
        return self instanceof GatherDimensionNumbers g ? g.field(i) : ((ScatterDimensionNumbers) self).field(i);
    }

    private static PClass namedTuple(PythonClasses classes, String name, Class<?> javaClass, String[] fields, Maker maker) {
        PClass cls = builtinClass(classes, name);
        String signature = "(" + String.join(", ", fields) + ")";
        cls.setConstructor(BuiltinRegistry.function(name, signature, (a, n) -> maker.make(a)));
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            cls.setAttribute(fields[i], property(fields[i], (a, n) -> field(a[0], index)));
        }
        method(cls, "__repr__", "(self, /)", (a, n) -> a[0].toString());
        method(cls, "__str__", "(self, /)", (a, n) -> a[0].toString());
        method(cls, "__eq__", "(self, other, /)", (a, n) -> javaClass.isInstance(a[1]) ? (Object) a[0].equals(a[1]) : PNone.NOT_IMPLEMENTED);
        method(cls, "__hash__", "(self, /)", (a, n) -> (long) a[0].hashCode());
        method(cls, "__len__", "(self, /)", (a, n) -> (long) fields.length);
        method(cls, "__getitem__", "(self, index, /)", (a, n) -> {
            long i = PrimitiveSupport.toInt(a[1]);
            long k = i < 0 ? i + fields.length : i;
            if (k < 0 || k >= fields.length) {
                throw PyErrors.indexError(n, "tuple index out of range");
            }
            return field(a[0], (int) k);
        });
        method(cls, "_asdict", "(self, /)", (a, n) -> {
            org.jaxl.runtime.PDict d = new org.jaxl.runtime.PDict();
            for (int i = 0; i < fields.length; i++) {
                d.put(fields[i], field(a[0], i));
            }
            return d;
        });
        method(cls, "_replace", "(self, /, **kwargs)", (a, n) -> {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = field(a[0], i);
            }
            for (Object[] e : ((org.jaxl.runtime.PDict) a[1]).entries()) {
                int i = java.util.Arrays.asList(fields).indexOf(e[0]);
                if (i < 0) {
                    throw PyErrors.valueError(n, "Got unexpected field names: [" + PyObjects.repr(e[0]) + "]");
                }
                values[i] = e[1];
            }
            return maker.make(values);
        });
        cls.setAttribute("_fields", PTuple.of((Object[]) fields));
        classes.registerJavaClass(javaClass, cls);
        return cls;
    }

    private static PClass gatherScatterMode(PythonClasses classes) {
        PClass cls = builtinClass(classes, "GatherScatterMode");
        cls.setConstructor(BuiltinRegistry.function("GatherScatterMode", "(value, /)", (a, n) -> {
            for (GatherScatterMode m : GatherScatterMode.values()) {
                if (a[0] == m || a[0] instanceof Long l && l == m.value()) {
                    return m;
                }
            }
            throw PyErrors.valueError(n, PyObjects.repr(a[0]) + " is not a valid GatherScatterMode");
        }));
        for (GatherScatterMode m : GatherScatterMode.values()) {
            cls.setAttribute(m.name(), m);
        }
        cls.setAttribute("from_any", new PStaticMethod(BuiltinRegistry.function("from_any", "(s, /)", (a, n) -> GatherScatterMode.fromAny(a[0], n))));
        method(cls, "__repr__", "(self, /)", (a, n) -> ((GatherScatterMode) a[0]).repr());
        method(cls, "__str__", "(self, /)", (a, n) -> a[0].toString());
        method(cls, "__hash__", "(self, /)", (a, n) -> (long) ((GatherScatterMode) a[0]).name().hashCode());
        cls.setAttribute("name", property("name", (a, n) -> ((GatherScatterMode) a[0]).name()));
        cls.setAttribute("value", property("value", (a, n) -> (long) ((GatherScatterMode) a[0]).value()));
        classes.registerJavaClass(GatherScatterMode.class, cls);
        return cls;
    }

    private static PClass roundingMethod(PythonClasses classes) {
        PClass cls = builtinClass(classes, "RoundingMethod");
        cls.setConstructor(BuiltinRegistry.function("RoundingMethod", "(value, /)", (a, n) -> RoundingMethod.of(a[0], n)));
        for (RoundingMethod m : RoundingMethod.values()) {
            cls.setAttribute(m.name(), m);
        }
        method(cls, "__repr__", "(self, /)", (a, n) -> ((RoundingMethod) a[0]).repr());
        method(cls, "__str__", "(self, /)", (a, n) -> a[0].toString());
        method(cls, "__int__", "(self, /)", (a, n) -> (long) ((RoundingMethod) a[0]).value());
        method(cls, "__index__", "(self, /)", (a, n) -> (long) ((RoundingMethod) a[0]).value());
        method(cls, "__hash__", "(self, /)", (a, n) -> (long) ((RoundingMethod) a[0]).value());
        method(cls, "__eq__", "(self, other, /)", (a, n) -> {
            long self = ((RoundingMethod) a[0]).value();
            if (a[1] instanceof RoundingMethod m) {
                return m.value() == self;
            }
            if (a[1] instanceof Long l) {
                return l == self;
            }
            if (a[1] instanceof Boolean b) {
                return (b ? 1 : 0) == self;
            }
            return PNone.NOT_IMPLEMENTED;
        });
        cls.setAttribute("name", property("name", (a, n) -> ((RoundingMethod) a[0]).name()));
        cls.setAttribute("value", property("value", (a, n) -> (long) ((RoundingMethod) a[0]).value()));
        classes.registerJavaClass(RoundingMethod.class, cls);
        return cls;
    }
}
