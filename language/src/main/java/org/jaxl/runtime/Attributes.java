package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;

/** Attribute lookup, assignment and deletion with Python's descriptor rules. */
final class Attributes {
    private Attributes() {
    }

    /** Binds a class attribute found for {@code self}: functions become bound methods. */
    static Object bind(Object descr, Object self, PClass cls) {
        if (descr instanceof PFunction || descr instanceof PBuiltinFunction) {
            return new PMethod(self, descr);
        }
        if (descr instanceof PClassMethod cm) {
            return new PMethod(cls, cm.function());
        }
        if (descr instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (descr instanceof PProperty p) {
            return PyObjects.call(p.getter(), self);
        }
        return descr;
    }

    @TruffleBoundary
    static Object lookup(Object o, String name) {
        if (o instanceof PSuper s) {
            return s.lookup(name);
        }
        if (o instanceof PClass c) {
            return classAttribute(c, name);
        }
        if (o instanceof PModule m) {
            Object v = m.get(name);
            if (v == null && name.equals("__dict__")) {
                PDict d = new PDict();
                for (String k : m.names()) {
                    d.put(k, m.get(k));
                }
                return d;
            }
            return v;
        }
        PClass cls = PyObjects.classOf(o);
        if (name.equals("__class__")) {
            return cls;
        }
        Object descr = cls.lookup(name);
        if (descr instanceof PProperty p) {
            return PyObjects.call(p.getter(), o);
        }
        if (o instanceof PObject p) {
            Object v = p.getAttribute(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__")) {
                PDict d = new PDict();
                p.attributes().forEach(d::put);
                return d;
            }
        }
        if (descr != null) {
            return bind(descr, o, cls);
        }
        Object special = specialAttribute(o, name);
        if (special != null) {
            return special;
        }
        Object getattr = cls.lookup("__getattr__");
        if (getattr != null) {
            try {
                return PyObjects.call(getattr, o, name);
            } catch (PException e) {
                if (e.getException().getPClass().isSubclassOf(PythonClasses.get().exception("AttributeError"))) {
                    return null;
                }
                throw e;
            }
        }
        if (cls == PythonClasses.get().foreign) {
            return foreignMember(o, name);
        }
        return null;
    }

    private static Object classAttribute(PClass c, String name) {
        switch (name) {
            case "__name__":
                return c.getName();
            case "__qualname__": {
                Object q = c.getOwn("__qualname__");
                return q instanceof String ? q : c.getName();
            }
            case "__module__":
                return c.getModule();
            case "__mro__":
                return new PTuple(c.getMro().clone());
            case "__bases__":
                return new PTuple(c.getBases().clone());
            case "__class__":
                return PythonClasses.get().type;
            case "__dict__": {
                PDict d = new PDict();
                for (String k : c.ownAttributeNames()) {
                    d.put(k, c.getOwn(k));
                }
                return d;
            }
            default:
                break;
        }
        Object v = c.lookup(name);
        if (v instanceof PClassMethod cm) {
            return new PMethod(c, cm.function());
        }
        if (v instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (v == null && name.equals("__doc__")) {
            return PNone.NONE;
        }
        if (v == null) {
            Object typeAttr = PythonClasses.get().type.lookup(name);
            if (typeAttr != null) {
                return bind(typeAttr, c, PythonClasses.get().type);
            }
        }
        return v;
    }

    private static Object specialAttribute(Object o, String name) {
        if (o instanceof PFunction f) {
            switch (name) {
                case "__name__":
                    return f.getName();
                case "__qualname__":
                    return f.getQualname();
                case "__module__":
                    return f.getModule().getName();
                case "__defaults__":
                    return f.getDefaults().length == 0 ? PNone.NONE : new PTuple(f.getDefaults().clone());
                case "__dict__":
                    return f.getAttributes();
                default: {
                    Object v = f.hasAttributes() ? f.getAttributes().get(name) : null;
                    if (v == null && name.equals("__doc__")) {
                        return PNone.NONE;
                    }
                    return v;
                }
            }
        }
        if (o instanceof PBuiltinFunction b) {
            return switch (name) {
                case "__name__" -> b.getName();
                case "__qualname__" -> b.getQualname();
                case "__doc__" -> PNone.NONE;
                default -> null;
            };
        }
        if (o instanceof PMethod m) {
            return switch (name) {
                case "__self__" -> m.self();
                case "__func__" -> m.function();
                default -> lookup(m.function(), name);
            };
        }
        if (o instanceof PBaseException e) {
            return switch (name) {
                case "args" -> e.getArgs();
                case "__cause__" -> e.getCause();
                case "__context__" -> e.getContext();
                case "__suppress_context__" -> e.isSuppressContext();
                case "__traceback__" -> PNone.NONE;
                default -> null;
            };
        }
        if (o instanceof PSlice s) {
            return switch (name) {
                case "start" -> s.start();
                case "stop" -> s.stop();
                case "step" -> s.step();
                default -> null;
            };
        }
        if (o instanceof PRange r) {
            return switch (name) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                default -> null;
            };
        }
        if (o instanceof PComplex c) {
            return switch (name) {
                case "real" -> c.real();
                case "imag" -> c.imag();
                default -> null;
            };
        }
        if (o instanceof Double d) {
            return switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                default -> null;
            };
        }
        if (PyArith.isInt(o)) {
            return switch (name) {
                case "real", "numerator" -> o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
                case "imag" -> 0L;
                case "denominator" -> 1L;
                default -> null;
            };
        }
        return null;
    }

    private static Object foreignMember(Object o, String name) {
        InteropLibrary interop = InteropLibrary.getUncached();
        if (interop.isMemberReadable(o, name)) {
            try {
                return Interop.toJaxl(interop.readMember(o, name));
            } catch (InteropException e) {
                return null;
            }
        }
        return null;
    }

    @TruffleBoundary
    static PException missing(Object o, String name, Node node) {
        if (o instanceof PModule m) {
            return PyErrors.attributeError(node, "module '" + m.getName() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PClass c) {
            return PyErrors.attributeError(node, "type object '" + c.getName() + "' has no attribute '" + name + "'");
        }
        return PyErrors.attributeError(node, "'" + PyObjects.typeName(o) + "' object has no attribute '" + name + "'");
    }

    @TruffleBoundary
    static void set(Object o, String name, Object value, Node node) {
        if (o instanceof PObject p) {
            Object setattr = p.getPClass().lookup("__setattr__");
            if (setattr != null && setattr != PythonClasses.get().object.getOwn("__setattr__")) {
                PyObjects.call(setattr, o, name, value);
                return;
            }
        }
        setGeneric(o, name, value, node);
    }

    /** {@code object.__setattr__}: data descriptors, then the instance dict; no {@code __setattr__} override. */
    @TruffleBoundary
    static void setGeneric(Object o, String name, Object value, Node node) {
        if (o instanceof PObject p) {
            Object descr = p.getPClass().lookup(name);
            if (descr instanceof PProperty prop) {
                if (prop.setter() == null || prop.setter() == PNone.NONE) {
                    throw PyErrors.attributeError(node, "property '" + name + "' of '" + p.getPClass().getName() + "' object has no setter");
                }
                PyObjects.call(prop.setter(), o, value);
                return;
            }
            if (p.getPClass() == PythonClasses.get().object) {
                // Plain object() instances have no __dict__.
                throw missing(o, name, node);
            }
            p.setAttribute(name, value);
            return;
        }
        if (o instanceof PClass c) {
            if (c.isBuiltin()) {
                throw PyErrors.typeError(node, "cannot set '" + name + "' attribute of immutable type '" + c.getName() + "'");
            }
            c.setAttribute(name, value);
            return;
        }
        if (o instanceof PModule m) {
            m.set(name, value);
            return;
        }
        if (o instanceof PFunction f) {
            if (name.equals("__qualname__") || name.equals("__name__")) {
                if (!(value instanceof String s)) {
                    throw PyErrors.typeError(node, name + " must be set to a string object");
                }
                if (name.equals("__name__")) {
                    f.setName(s);
                } else {
                    f.setQualname(s);
                }
                return;
            }
            f.getAttributes().put(name, value);
            return;
        }
        if (PyObjects.classOf(o) == PythonClasses.get().foreign) {
            try {
                InteropLibrary.getUncached().writeMember(o, name, Interop.toForeign(value));
                return;
            } catch (InteropException e) {
                throw PyErrors.attributeError(node, "cannot set foreign member '" + name + "': " + e.getMessage());
            }
        }
        throw PyErrors.attributeError(node, "'" + PyObjects.typeName(o) + "' object has no attribute '" + name + "'");
    }

    @TruffleBoundary
    static void delete(Object o, String name, Node node) {
        if (o instanceof PObject p) {
            Object delattr = p.getPClass().lookup("__delattr__");
            if (delattr != null && delattr != PythonClasses.get().object.getOwn("__delattr__")) {
                PyObjects.call(delattr, o, name);
                return;
            }
        }
        deleteGeneric(o, name, node);
    }

    /** {@code object.__delattr__}: removes from the instance (or class or module) dict. */
    @TruffleBoundary
    static void deleteGeneric(Object o, String name, Node node) {
        if (o instanceof PObject p && p.removeAttribute(name)) {
            return;
        }
        if (o instanceof PClass c && !c.isBuiltin() && c.removeAttribute(name)) {
            return;
        }
        if (o instanceof PModule m && m.get(name) != null) {
            m.cell(name).value = null;
            return;
        }
        throw missing(o, name, node);
    }
}
