package org.jaxl.builtins;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PClassMethod;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PRange;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.nodes.Node;

/** Installs the methods and constructors of the built-in types into their classes. */
final class TypeMethods {
    private TypeMethods() {
    }

    static void install(JaxlContext context) {
        PythonClasses c = context.classes();
        BuiltinRegistry.installMethods(c.str, StrMethodsFactory.getFactories());
        BuiltinRegistry.installMethods(c.list, ListMethodsFactory.getFactories());
        BuiltinRegistry.installMethods(c.dict, DictMethodsFactory.getFactories());
        c.dict.setAttribute("fromkeys", new PClassMethod(c.dict.getOwn("fromkeys")));
        BuiltinRegistry.installMethods(c.set, SetMethodsFactory.getFactories());
        for (NodeFactory<? extends BuiltinNode> f : SetMethodsFactory.getFactories()) {
            String name = f.getNodeClass().getAnnotation(Builtin.class).name();
            if (!SetMethods.MUTATING.contains(name)) {
                c.frozenset.setAttribute(name, c.set.getOwn(name));
            }
        }
        PBuiltinFunction init = BuiltinRegistry.create(ObjectMethodsFactory.InitNodeFactory.getInstance(), "object");
        c.object.setAttribute("__init__", init);
        c.object.setAttribute("__setattr__", BuiltinRegistry.function("__setattr__", "(self, name, value, /)", (a, n) -> {
            PyObjects.setAttributeGeneric(a[0], attributeName(a[1], n), a[2], n);
            return PNone.NONE;
        }));
        c.object.setAttribute("__delattr__", BuiltinRegistry.function("__delattr__", "(self, name, /)", (a, n) -> {
            PyObjects.delAttributeGeneric(a[0], attributeName(a[1], n), n);
            return PNone.NONE;
        }));
        c.object.setAttribute("__getattribute__", BuiltinRegistry.function("__getattribute__", "(self, name, /)", (a, n) -> PyObjects.getAttribute(a[0], attributeName(a[1], n), n)));
        c.baseException.setAttribute("__init__", init);
        c.baseException.setAttribute("with_traceback", BuiltinRegistry.create(ObjectMethodsFactory.WithTracebackNodeFactory.getInstance(), "BaseException"));
        c.property.setAttribute("setter", BuiltinRegistry.create(ObjectMethodsFactory.PropertySetterNodeFactory.getInstance(), "property"));
        c.property.setAttribute("getter", BuiltinRegistry.create(ObjectMethodsFactory.PropertyGetterNodeFactory.getInstance(), "property"));
        c.tuple.setAttribute("index", BuiltinRegistry.create(ObjectMethodsFactory.TupleIndexNodeFactory.getInstance(), "tuple"));
        c.tuple.setAttribute("count", BuiltinRegistry.create(ObjectMethodsFactory.TupleCountNodeFactory.getInstance(), "tuple"));
        c.int_.setAttribute("bit_length", BuiltinRegistry.create(ObjectMethodsFactory.BitLengthNodeFactory.getInstance(), "int"));
        c.float_.setAttribute("is_integer", BuiltinRegistry.create(ObjectMethodsFactory.IsIntegerNodeFactory.getInstance(), "float"));
        c.iterator.setAttribute("__iter__", BuiltinRegistry.function("__iter__", "(self, /)", (a, n) -> a[0]));
        c.iterator.setAttribute("__next__", BuiltinRegistry.function("__next__", "(self, /)", (a, n) -> {
            Object next = ((PIterator) a[0]).next();
            if (next == null) {
                throw PyErrors.create(n, "StopIteration", null);
            }
            return next;
        }));
        c.range.setAttribute("index", BuiltinRegistry.function("index", "(self, value, /)", (a, n) -> {
            long i = rangeIndex((PRange) a[0], a[1]);
            if (i < 0) {
                throw PyErrors.valueError(n, PyObjects.repr(a[1]) + " is not in range");
            }
            return i;
        }));
        c.range.setAttribute("count", BuiltinRegistry.function("count", "(self, value, /)", (a, n) -> rangeIndex((PRange) a[0], a[1]) < 0 ? 0L : 1L));
        c.type.setAttribute("mro", BuiltinRegistry.create(ObjectMethodsFactory.MroNodeFactory.getInstance(), "type"));
        for (NodeFactory<? extends BuiltinNode> f : PyTypeBuiltinsFactory.getFactories()) {
            PBuiltinFunction ctor = BuiltinRegistry.create(f, null);
            PClass cls = classNamed(c, ctor.getName());
            cls.setConstructor(ctor);
            context.getBuiltinsModule().set(ctor.getName(), cls);
        }
    }

    /** The position of {@code value} in {@code r}, or -1; only ints (and bools) are ever in a range. */
    private static long rangeIndex(PRange r, Object value) {
        if (!(value instanceof Long || value instanceof Boolean)) {
            return -1;
        }
        long v = value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
        long offset = v - r.start();
        if (offset % r.step() != 0) {
            return -1;
        }
        long i = offset / r.step();
        return i >= 0 && i < r.length() ? i : -1;
    }

    private static String attributeName(Object name, Node node) {
        if (name instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(node, "attribute name must be string, not '" + PyObjects.typeName(name) + "'");
    }

    private static PClass classNamed(PythonClasses c, String name) {
        return switch (name) {
            case "int" -> c.int_;
            case "float" -> c.float_;
            case "complex" -> c.complex;
            case "bool" -> c.bool;
            case "str" -> c.str;
            case "list" -> c.list;
            case "tuple" -> c.tuple;
            case "dict" -> c.dict;
            case "set" -> c.set;
            case "frozenset" -> c.frozenset;
            case "range" -> c.range;
            case "slice" -> c.slice;
            case "type" -> c.type;
            case "object" -> c.object;
            case "super" -> c.superType;
            case "property" -> c.property;
            case "staticmethod" -> c.staticmethod;
            case "classmethod" -> c.classmethod;
            default -> throw new IllegalStateException("no class for constructor " + name);
        };
    }
}
