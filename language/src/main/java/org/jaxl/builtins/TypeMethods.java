package org.jaxl.builtins;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PClassMethod;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.dsl.NodeFactory;

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
        c.type.setAttribute("mro", BuiltinRegistry.create(ObjectMethodsFactory.MroNodeFactory.getInstance(), "type"));
        for (NodeFactory<? extends BuiltinNode> f : PyTypeBuiltinsFactory.getFactories()) {
            PBuiltinFunction ctor = BuiltinRegistry.create(f, null);
            PClass cls = classNamed(c, ctor.getName());
            cls.setConstructor(ctor);
            context.getBuiltinsModule().set(ctor.getName(), cls);
        }
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
