package org.jaxl.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jaxl.JaxlContext;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.ControlFlowCond;
import org.jaxl.primitives.ControlFlowDispatch;
import org.jaxl.primitives.ControlFlowScan;
import org.jaxl.primitives.ControlFlowWhile;
import org.jaxl.primitives.DebugCallbackPrimitive;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.PjitPrimitive;
import org.jaxl.primitives.Primitive;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Evaluates primitives eagerly on concrete arrays; Python scalars become weakly typed arrays. */
public final class EvalTrace extends Trace {
    EvalTrace() {
        super(null);
    }

    @Override
    public Object[] processPrimitive(Primitive primitive, Object[] args, Params params, Node node) {
        NDArray[] arrays = new NDArray[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Tracer t) {
                throw TracerErrors.escapedTracer(t, node);
            }
            arrays[i] = Concrete.toArray(a, node);
        }
        JaxlContext context = JaxlContext.get(node);
        logDispatch(context, primitive, arrays, params);
        if (compiledDispatch(context, primitive)) {
            NDArray[] out = ControlFlowDispatch.apply(primitive, arrays, params, node);
            if (out != null) {
                return out;
            }
        }
        return primitive.impl(arrays, params, node);
    }

    /** Under {@code jaxl.CompiledDispatch}, primitives other than jit calls, callbacks and control flow (which dispatch themselves) run as units. */
    @TruffleBoundary
    private static boolean compiledDispatch(JaxlContext context, Primitive primitive) {
        if (!context.compiledDispatch() || context.traceState().inCompiledExecution()) {
            return false;
        }
        return !(primitive instanceof PjitPrimitive || primitive instanceof DebugCallbackPrimitive || primitive instanceof ControlFlowCond ||
                        primitive instanceof ControlFlowWhile || primitive instanceof ControlFlowScan);
    }

    /**
     * JAX compiles a primitive applied outside jit as a tiny jitted function named after the
     * primitive ({@code dispatch.xla_primitive_callable}); with {@code jax_log_compiles} on, the
     * first application with given params and operand types logs that compilation.
     */
    @TruffleBoundary
    private void logDispatch(JaxlContext context, Primitive primitive, NDArray[] arrays, Params params) {
        if (!context.getConfig().logCompiles() || context.traceState().inCompiledExecution() || primitive instanceof PjitPrimitive) {
            return;
        }
        List<ShapedArray> avals = new ArrayList<>(arrays.length);
        for (NDArray a : arrays) {
            avals.add(ShapedArray.of(a));
        }
        String key = primitive.name() + params.asMap().entrySet().stream().map(e -> e.getKey() + "=" + org.jaxl.runtime.PyObjects.str(e.getValue())).toList() + avals;
        if (dispatched.add(key)) {
            org.jaxl.jit.CompileLog.traced(context, primitive.name(), System.nanoTime());
            org.jaxl.jit.CompileLog.compiled(context, primitive.name(), avals);
        }
    }

    private final Set<String> dispatched = new HashSet<>();

    @Override
    public String toString() {
        return "EvalTrace(level=0/0)";
    }
}
