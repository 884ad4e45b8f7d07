package org.jaxl.trace;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The classes of {@code jax.errors} for one context, and raising them with JAX's message form:
 * the message, then {@code \nSee https://jax.readthedocs.io/en/latest/errors.html#jax.errors.Name}
 * ({@code _JAXErrorMixin} in JAX 0.4.30's {@code errors.py}).
 */
public final class JaxErrors {
    private static final String ERROR_PAGE = "https://jax.readthedocs.io/en/latest/errors.html";

    private final Map<String, PClass> classes = new LinkedHashMap<>();

    public JaxErrors(PythonClasses builtins) {
        PClass jaxTypeError = define("JAXTypeError", builtins.exception("TypeError"));
        PClass jaxIndexError = define("JAXIndexError", builtins.exception("IndexError"));
        PClass concretization = define("ConcretizationTypeError", jaxTypeError);
        define("NonConcreteBooleanIndexError", jaxIndexError);
        define("TracerArrayConversionError", jaxTypeError);
        define("TracerIntegerConversionError", jaxTypeError);
        define("TracerBoolConversionError", concretization);
        define("UnexpectedTracerError", jaxTypeError);
        define("KeyReuseError", jaxTypeError);
    }

    private PClass define(String name, PClass base) {
        PClass c = new PClass(name, "jax.errors", new PClass[]{base}, PClass.Layout.EXCEPTION, true);
        classes.put(name, c);
        return c;
    }

    /** All classes, for the {@code jax.errors} module. */
    public Map<String, PClass> all() {
        return classes;
    }

    public PClass get(String name) {
        return classes.get(name);
    }

    /** Creates the exception {@code name} with JAX's message and help link. */
    @TruffleBoundary
    public static PException create(Node node, String name, String message) {
        PClass cls = org.jaxl.JaxlContext.get(node).jaxErrors().get(name);
        PBaseException e = new PBaseException(cls);
        e.setArgs(PTuple.of(message + "\nSee " + ERROR_PAGE + "#jax.errors." + name));
        return new PException(e, node);
    }
}
