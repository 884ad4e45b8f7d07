package org.jaxl.jit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PTuple;
import org.jaxl.trace.DynamicJaxprTrace;
import org.jaxl.trace.Tracer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code jax.check_tracer_leaks()}: after a trace finishes, looks for its tracers still reachable
 * from the program's modules (globals, containers, object attributes, closure cells) and raises
 * JAX's {@code Leaked trace …} exception naming where each was found.
 */
final class LeakChecker {
    private LeakChecker() {
    }

    @TruffleBoundary
    static void check(JaxlContext context, DynamicJaxprTrace trace, Node node) {
        List<String> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        PModule main = context.getMainModule();
        for (String name : main.names()) {
            walk(main.get(name), trace, "global variable '" + name + "' in module __main__", found, seen, 0);
        }
        if (found.isEmpty()) {
            return;
        }
        String msg = "Leaked trace MainTrace(" + trace.level() + ",DynamicJaxprTrace). Leaked tracer(s):\n\n" + String.join("\n\n", found) + "\n";
        PBaseException e = new PBaseException(context.classes().exception("Exception"));
        e.setArgs(PTuple.of(msg));
        throw new PException(e, node);
    }

    private static void walk(Object o, DynamicJaxprTrace trace, String where, List<String> found, Set<Object> seen, int depth) {
        if (o == null || depth > 8 || !seen.add(o)) {
            return;
        }
        if (o instanceof Tracer t) {
            if (t.trace() == trace) {
                found.add(t + "\nThe tracer is being kept alive by " + where + ".");
            }
            return;
        }
        if (o instanceof PList l) {
            for (Object x : l.toArray()) {
                walk(x, trace, where, found, seen, depth + 1);
            }
        } else if (o instanceof PTuple t) {
            for (Object x : t.items()) {
                walk(x, trace, where, found, seen, depth + 1);
            }
        } else if (o instanceof PDict d) {
            for (Object x : d.values()) {
                walk(x, trace, where, found, seen, depth + 1);
            }
        } else if (o instanceof PObject p && !(o instanceof PBaseException)) {
            for (Object x : p.attributes().values()) {
                walk(x, trace, where, found, seen, depth + 1);
            }
        } else if (o instanceof PFunction f) {
            for (PCell c : f.getClosure()) {
                walk(c.value, trace, where, found, seen, depth + 1);
            }
        }
    }
}
