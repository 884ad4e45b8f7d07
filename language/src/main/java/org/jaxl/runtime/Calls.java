package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;

/** The generic call path: calling any Jaxl callable from Java, or when a call site is megamorphic. */
public final class Calls {
    public static final String[] NO_KEYWORDS = new String[0];
    public static final Object[] NO_VALUES = new Object[0];

    private Calls() {
    }

    @TruffleBoundary
    public static Object callGeneric(Object callable, Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        // The calling node is the caller frame's location in stack traces (and so in the
        // source location an embedder sees for an error raised further in).
        if (callable instanceof PFunction f) {
            Object[] frameArgs = ArgumentBinder.bind(f, args, kwNames, kwValues, node);
            return f.getCallTarget().call(node, frameArgs);
        }
        if (callable instanceof PBuiltinFunction b) {
            Object[] frameArgs = ArgumentBinder.bind(b, args, kwNames, kwValues, node);
            return b.getCallTarget().call(node, frameArgs);
        }
        if (callable instanceof PMethod m) {
            return callGeneric(m.function(), prepend(m.self(), args), kwNames, kwValues, node);
        }
        if (callable instanceof PCallable c) {
            return c.call(args, kwNames, kwValues, node);
        }
        if (callable instanceof PClass c) {
            return Classes.instantiate(c, args, kwNames, kwValues, node);
        }
        if (callable instanceof PObject || !(callable instanceof PNone)) {
            Object f = PyObjects.classOf(callable).lookup("__call__");
            if (f != null) {
                return callGeneric(f, prepend(callable, args), kwNames, kwValues, node);
            }
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        if (!isJaxlValue(callable) && interop.isExecutable(callable)) {
            if (kwNames.length > 0) {
                throw PyErrors.typeError(node, "foreign functions take no keyword arguments");
            }
            Object[] foreignArgs = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                foreignArgs[i] = Interop.toForeign(args[i]);
            }
            try {
                return Interop.toJaxl(interop.execute(callable, foreignArgs));
            } catch (InteropException e) {
                throw PyErrors.typeError(node, "calling foreign function failed: " + e.getMessage());
            }
        }
        throw PyErrors.typeError(node, "'" + PyObjects.typeName(callable) + "' object is not callable");
    }

    private static boolean isJaxlValue(Object o) {
        return PyObjects.classOf(o) != PythonClasses.get().foreign;
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
