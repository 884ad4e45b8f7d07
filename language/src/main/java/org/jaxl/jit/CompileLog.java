package org.jaxl.jit;

import java.util.List;

import org.jaxl.JaxlContext;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code jax_log_compiles}: the lines JAX 0.4.30 logs (at WARNING level) when jit compiles a function. */
final class CompileLog {
    private CompileLog() {
    }

    @TruffleBoundary
    static void logCompile(JaxlContext context, String name, List<ShapedArray> avals, Node node) {
        if (!context.getConfig().logCompiles()) {
            return;
        }
        StringBuilder types = new StringBuilder("[");
        StringBuilder mapping = new StringBuilder("(");
        for (int i = 0; i < avals.size(); i++) {
            if (i > 0) {
                types.append(", ");
                mapping.append(", ");
            }
            types.append(avals.get(i));
            mapping.append("UnspecifiedValue");
        }
        if (avals.size() == 1) {
            mapping.append(',');
        }
        types.append(']');
        mapping.append(')');
        context.flush();
        context.err().println("WARNING:jax._src.interpreters.pxla:Compiling " + name + " with global shapes and types " + types + ". Argument mapping: " + mapping + ".");
        context.err().flush();
    }
}
