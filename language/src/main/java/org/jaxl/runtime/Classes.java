package org.jaxl.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Creating classes ({@code class} statements) and instances (calling a class). */
public final class Classes {
    private Classes() {
    }

    /** Calls a class: a built-in's constructor, or {@code __new__} then {@code __init__} for user classes. */
    @TruffleBoundary
    public static Object instantiate(PClass cls, Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        if (cls.getLayout() == PClass.Layout.BUILTIN || cls.getConstructor() != null && cls.isBuiltin()) {
            Object ctor = cls.getConstructor();
            if (ctor == null) {
                throw PyErrors.typeError(node, "cannot create '" + cls.getQualifiedName() + "' instances");
            }
            return Calls.callGeneric(ctor, args, kwNames, kwValues, node);
        }
        Object newFn = cls.lookup("__new__");
        Object instance;
        if (newFn != null) {
            Object fn = newFn instanceof PStaticMethod sm ? sm.function() : newFn;
            instance = Calls.callGeneric(fn, Calls.prepend(cls, args), kwNames, kwValues, node);
            if (!PyObjects.classOf(instance).isSubclassOf(cls)) {
                return instance;
            }
        } else if (cls.getLayout() == PClass.Layout.EXCEPTION) {
            PBaseException e = new PBaseException(cls);
            e.setArgs(PTuple.of(args.clone()));
            instance = e;
        } else {
            instance = new PObject(cls);
        }
        Object init = cls.lookup("__init__");
        if (init == PythonClasses.get(node).object.getOwn("__init__") && cls.getLayout() == PClass.Layout.OBJECT) {
            // object.__init__ accepts arguments only when a custom __new__ took them.
            if (newFn == null && (args.length > 0 || kwNames.length > 0)) {
                throw PyErrors.typeError(node, cls.getName() + "() takes no arguments");
            }
            return instance;
        }
        if (init != null) {
            Object r = Calls.callGeneric(init, Calls.prepend(instance, args), kwNames, kwValues, node);
            if (r != PNone.NONE) {
                throw initReturnedValue(r, node);
            }
        }
        return instance;
    }

    /**
     * How calling a Jaxl class creates its instances, as call nodes cache it: a plain
     * {@link PObject} passed to the class's {@code __init__} function. Valid while the classes of
     * the MRO keep their {@code __init__} and {@code __new__}.
     */
    public record CachedInit(PFunction init, Assumption[] assumptions) {
        /** The cacheable way to instantiate {@code cls}, or null when it needs the generic path. */
        @TruffleBoundary
        public static CachedInit lookup(PClass cls) {
            if (cls.isBuiltin() || cls.getLayout() != PClass.Layout.OBJECT || cls.lookup("__new__") != null || !(cls.lookup("__init__") instanceof PFunction init)) {
                return null;
            }
            Assumption[] a = cls.lookupAssumptions("__init__");
            Assumption[] b = cls.lookupAssumptions("__new__");
            if (a == null || b == null) {
                return null;
            }
            Assumption[] all = new Assumption[a.length + b.length];
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return new CachedInit(init, all);
        }
    }

    /** The TypeError for an {@code __init__} that returned something other than None. */
    @TruffleBoundary
    public static PException initReturnedValue(Object result, Node node) {
        return PyErrors.typeError(node, "__init__() should return None, not '" + PyObjects.typeName(result) + "'");
    }

    /** Creates a class from a {@code class} statement's name, bases and executed namespace. */
    @TruffleBoundary
    public static PClass create(String name, String module, PClass[] bases, PDict namespace, Node node) {
        PythonClasses classes = PythonClasses.get(node);
        PClass[] realBases = bases.length == 0 ? new PClass[]{classes.object} : bases;
        PClass.Layout layout = PClass.Layout.OBJECT;
        for (int i = 0; i < realBases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (realBases[i] == realBases[j]) {
                    throw PyErrors.typeError(node, "duplicate base class " + realBases[i].getName());
                }
            }
        }
        for (PClass b : realBases) {
            if (b.getLayout() == PClass.Layout.BUILTIN && b != classes.object) {
                throw PyErrors.typeError(node, "Jaxl classes cannot inherit from the built-in type '" + b.getName() + "'");
            }
            if (b.getLayout() == PClass.Layout.EXCEPTION) {
                layout = PClass.Layout.EXCEPTION;
            }
        }
        PClass cls;
        try {
            cls = new PClass(name, module, realBases, layout, false);
        } catch (IllegalArgumentException e) {
            throw PyErrors.typeError(node, e.getMessage());
        }
        for (Object[] e : namespace.entries()) {
            String key = (String) e[0];
            Object value = e[1];
            cls.setAttribute(key, value);
            Object fn = value instanceof PClassMethod cm ? cm.function() : value instanceof PStaticMethod sm ? sm.function() : value;
            if (fn instanceof PFunction f) {
                f.setDefiningClass(cls);
            } else if (value instanceof PProperty p) {
                for (Object acc : new Object[]{p.getter(), p.setter()}) {
                    if (acc instanceof PFunction f) {
                        f.setDefiningClass(cls);
                    }
                }
            }
        }
        if (cls.getOwn("__doc__") == null) {
            // Every class has its own __doc__; a docstring is not inherited.
            cls.setAttribute("__doc__", PNone.NONE);
        }
        if (cls.getOwn("__eq__") != null && cls.getOwn("__hash__") == null) {
            cls.setAttribute("__hash__", PNone.NONE);
        }
        return cls;
    }
}
