package org.jaxl.builtins;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
        BuiltinRegistry.installMethods(c.set, SetMethodsFactory.getFactories());
        for (NodeFactory<? extends BuiltinNode> f : SetMethodsFactory.getFactories()) {
            String name = f.getNodeClass().getAnnotation(Builtin.class).name();
            if (!name.equals("add") && !name.equals("remove") && !name.equals("discard") && !name.equals("pop") && !name.equals("update") && !name.equals("clear")) {
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

    /** {@code dict.update(other)}: a mapping or an iterable of pairs. */
    @TruffleBoundary
    static void dictUpdate(Node node, PDict d, Object other) {
        if (other instanceof PDict o) {
            for (Object[] e : o.entries()) {
                d.put(e[0], e[1]);
            }
            return;
        }
        Object keys = PyObjects.getAttributeOrNull(other, "keys");
        if (keys != null && !(other instanceof org.jaxl.runtime.PList)) {
            for (Object k : PyObjects.toArray(PyObjects.call(keys), node)) {
                d.put(k, PyObjects.getItem(other, k, node));
            }
            return;
        }
        Object[] items = PyObjects.toArray(other, node);
        for (int i = 0; i < items.length; i++) {
            Object[] pair;
            try {
                pair = PyObjects.toArray(items[i], node);
            } catch (org.jaxl.runtime.PException e) {
                throw PyErrors.typeError(node, "cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (pair.length != 2) {
                throw PyErrors.valueError(node, "dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
            }
            PyObjects.hash(pair[0]);
            d.put(pair[0], pair[1]);
        }
    }
}
