package org.jaxl.builtins;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.JaxlObject;
import org.jaxl.runtime.PCallable;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code functools.partial(func, *args, **keywords)}. As in CPython, partial objects compare and
 * hash by identity, so {@code jax.jit(partial(f))} is a new cache key every time.
 */
public final class Partial extends JaxlObject implements PCallable {
    private final Object func;
    private final Object[] args;
    private final PDict keywords;

    Partial(Object func, Object[] args, PDict keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    public Object func() {
        return func;
    }

    public Object[] args() {
        return args;
    }

    public PDict keywords() {
        return keywords;
    }

    @Override
    @TruffleBoundary
    public Object call(Object[] callArgs, String[] kwNames, Object[] kwValues, Node node) {
        Object[] all = new Object[args.length + callArgs.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(callArgs, 0, all, args.length, callArgs.length);
        PDict merged = keywords.copy();
        for (int i = 0; i < kwNames.length; i++) {
            merged.put(kwNames[i], kwValues[i]);
        }
        String[] names = new String[merged.size()];
        Object[] values = new Object[merged.size()];
        int i = 0;
        for (Object[] e : merged.entries()) {
            names[i] = (String) e[0];
            values[i++] = e[1];
        }
        return Calls.callGeneric(func, all, names, values, node);
    }

    /** The {@code functools.partial} class: calling it makes a Partial; instances expose func, args, keywords. */
    static PClass partialClass(JaxlContext context) {
        PClass cls = new PClass("partial", "functools", new PClass[]{context.classes().object}, PClass.Layout.BUILTIN, true);
        cls.setConstructor(BuiltinRegistry.function("partial", "(func, /, *args, **keywords)", (a, n) -> {
            Object f = a[0];
            if (!PyObjects.isTrue(PyObjects.call(context.getBuiltinsModule().get("callable"), f))) {
                throw PyErrors.typeError(n, "the first argument must be callable");
            }
            Object[] boundArgs = ((PTuple) a[1]).items();
            PDict kw = (PDict) a[2];
            if (f instanceof Partial inner) {
                Object[] merged = new Object[inner.args.length + boundArgs.length];
                System.arraycopy(inner.args, 0, merged, 0, inner.args.length);
                System.arraycopy(boundArgs, 0, merged, inner.args.length, boundArgs.length);
                PDict mergedKw = inner.keywords.copy();
                for (Object[] e : kw.entries()) {
                    mergedKw.put(e[0], e[1]);
                }
                return new Partial(inner.func, merged, mergedKw);
            }
            return new Partial(f, boundArgs, kw);
        }));
        context.classes().registerJavaClass(Partial.class, cls);
        cls.setAttribute("func", new org.jaxl.runtime.PProperty(BuiltinRegistry.function("func", "(self, /)", (a, n) -> ((Partial) a[0]).func), null, "func"));
        cls.setAttribute("args", new org.jaxl.runtime.PProperty(BuiltinRegistry.function("args", "(self, /)", (a, n) -> PTuple.of(((Partial) a[0]).args.clone())), null, "args"));
        cls.setAttribute("keywords", new org.jaxl.runtime.PProperty(BuiltinRegistry.function("keywords", "(self, /)", (a, n) -> ((Partial) a[0]).keywords), null, "keywords"));
        cls.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> {
            Partial p = (Partial) a[0];
            StringBuilder sb = new StringBuilder("functools.partial(").append(PyObjects.repr(p.func));
            for (Object x : p.args) {
                sb.append(", ").append(PyObjects.repr(x));
            }
            for (Object[] e : p.keywords.entries()) {
                sb.append(", ").append(e[0]).append('=').append(PyObjects.repr(e[1]));
            }
            return sb.append(')').toString();
        }));
        return cls;
    }
}
