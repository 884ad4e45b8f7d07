package org.jaxl.builtins;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PyObjects;

/** {@code sys.stdout} / {@code sys.stderr}: objects with {@code write} and {@code flush} over the context's streams. */
final class StreamObject {
    private StreamObject() {
    }

    static PObject create(JaxlContext context, boolean error) {
        PClass cls = new PClass("TextIOWrapper", "_io", new PClass[]{context.classes().object}, PClass.Layout.OBJECT, true);
        cls.setAttribute("write", BuiltinRegistry.function("write", "(self, s, /)", (a, n) -> {
            String s = PyObjects.str(a[1]);
            if (error) {
                context.flush();
                context.err().print(s);
                context.err().flush();
            } else {
                context.write(s);
            }
            return (long) s.length();
        }));
        cls.setAttribute("flush", BuiltinRegistry.function("flush", "(self, /)", (a, n) -> {
            if (error) {
                context.err().flush();
            } else {
                context.flush();
            }
            return PNone.NONE;
        }));
        return new PObject(cls);
    }
}
