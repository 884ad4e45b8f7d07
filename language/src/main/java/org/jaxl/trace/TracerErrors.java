package org.jaxl.trace;

import java.util.List;

import org.jaxl.runtime.PException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** JAX's errors about tracers, worded as JAX 0.4.30 words them ({@code core.py}, {@code errors.py}, {@code partial_eval.py}). */
public final class TracerErrors {
    private TracerErrors() {
    }

    /** {@code traced array with shape bool[].} — note the trailing period of 0.4.30's {@code _error_repr}. */
    static String errorRepr(Tracer t) {
        return "traced array with shape " + t.aval().strShort(false) + ".";
    }

    /** JAX's {@code _origin_msg}: where the tracer came from and which arguments it depends on. */
    @TruffleBoundary
    static String originMsg(Tracer t) {
        if (!(t instanceof JaxprTracer jt)) {
            return "";
        }
        DynamicJaxprTrace trace = jt.trace();
        DebugInfo dbg = trace.debugInfo();
        if (dbg == null) {
            return "";
        }
        String origin = "The error occurred while tracing the function " + (dbg.funcSrcInfo() == null ? "<unknown>" : dbg.funcSrcInfo()) + " for " + dbg.tracedFor() + ". ";
        DynamicJaxprTrace.ProgenitorInfo info = trace.findProgenitors(jt);
        List<Integer> positions = info.invarPositions();
        if (!positions.isEmpty() && dbg.argNames() != null && !dbg.argNames().isEmpty()) {
            List<String> names = positions.stream().map(i -> dbg.argNames().get(i)).toList();
            String argInfo;
            if (names.size() == 1) {
                argInfo = "the argument " + names.get(0);
            } else if (names.size() == 2) {
                argInfo = "the arguments " + names.get(0) + " and " + names.get(1);
            } else {
                argInfo = "the arguments " + String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
            }
            origin += "This concrete value was not available in Python because it depends on the value" + (positions.size() > 1 ? "s" : "") + " of " + argInfo + ".";
        } else if (!info.constEqns().isEmpty()) {
            StringBuilder sb = new StringBuilder("This value became a tracer due to JAX operations on these lines:\n\n");
            int n = Math.min(5, info.constEqns().size());
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append("\n\n");
                }
                sb.append("  operation ").append(JaxprPrinter.printEqn(info.constEqns().get(i))).append("\n    from line <unknown>");
            }
            if (info.constEqns().size() > 5) {
                sb.append("\n\n(Additional originating lines are not shown.)");
            }
            origin += sb;
        }
        return "\n" + origin;
    }

    @TruffleBoundary
    public static PException boolConversion(Tracer t, Node node) {
        return JaxErrors.create(node, "TracerBoolConversionError", "Attempted boolean conversion of " + errorRepr(t) + "." + originMsg(t));
    }

    @TruffleBoundary
    public static PException integerConversion(Tracer t, Node node) {
        return JaxErrors.create(node, "TracerIntegerConversionError", "The __index__() method was called on " + errorRepr(t) + originMsg(t));
    }

    @TruffleBoundary
    public static PException arrayConversion(Tracer t, Node node) {
        return JaxErrors.create(node, "TracerArrayConversionError", "The numpy.ndarray conversion method __array__() was called on " + errorRepr(t) + originMsg(t));
    }

    /** {@code ConcretizationTypeError(tracer, context)}. */
    @TruffleBoundary
    public static PException concretization(Tracer t, String context, Node node) {
        return JaxErrors.create(node, "ConcretizationTypeError",
                        "Abstract tracer value encountered where concrete value is expected: " + errorRepr(t) + "\n" + context + originMsg(t) + "\n");
    }

    /** A tracer used outside the trace that created it. */
    @TruffleBoundary
    public static PException escapedTracer(Tracer t, Node node) {
        String msg = "Encountered an unexpected tracer. A function transformed by JAX had a side effect, allowing for a reference to an intermediate value with type "
                        + t.aval().strShort(false) + " wrapped in a " + tracerTypeName(t) + " to escape the scope of the transformation.\n"
                        + "JAX transformations require that functions explicitly return their outputs, and disallow saving intermediate values to global state.";
        return JaxErrors.create(node, "UnexpectedTracerError", msg);
    }

    static String tracerTypeName(Tracer t) {
        return t instanceof JaxprTracer ? "DynamicJaxprTracer" : t.getClass().getSimpleName();
    }
}
