package org.jaxl.jit;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.JaxlContext;
import org.jaxl.nodes.JaxlRootNode;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.DebugInfo;
import org.jaxl.trace.DynamicJaxprTrace;
import org.jaxl.trace.JaxprTracer;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Trace;
import org.jaxl.trace.TraceState;
import org.jaxl.trace.Tracer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Tracing a Jaxl function to a jaxpr ({@code pe.trace_to_jaxpr_dynamic}): abstract arguments
 * become tracers of a new {@link DynamicJaxprTrace}, the function runs once with them, and its
 * flattened outputs close the jaxpr.
 */
public final class Tracing {
    private Tracing() {
    }

    /** The flattened dynamic arguments of a call and their abstract values. */
    record Flattened(List<Object> leaves, PyTreeDef treedef, List<ShapedArray> avals) {
    }

    /** What a trace produced. */
    public record Traced(ClosedJaxpr jaxpr, PyTreeDef outTree) {
    }

    @TruffleBoundary
    static Flattened flattenArgs(ArgumentSpec spec, Node node) {
        PyTrees trees = JaxlContext.get(node).pytrees();
        PyTrees.Flat flat = trees.flatten(spec.dynamicTree(), null);
        List<ShapedArray> avals = new ArrayList<>(flat.leaves().size());
        for (Object leaf : flat.leaves()) {
            avals.add(abstractify(leaf, node));
        }
        return new Flattened(flat.leaves(), flat.treedef(), avals);
    }

    /** The abstract value of an argument leaf, with JAX's error for non-array arguments. */
    @TruffleBoundary
    static ShapedArray abstractify(Object leaf, Node node) {
        if (leaf instanceof Tracer t) {
            return t.aval();
        }
        if (!Concrete.isArrayLike(leaf)) {
            throw PyErrors.typeError(node, "Argument '" + PyObjects.str(leaf) + "' of type " + PyObjects.repr(PyObjects.classOf(leaf)) + " is not a valid JAX type.");
        }
        return Concrete.aval(leaf, node);
    }

    /** JAX's {@code fun_sourceinfo}: {@code f at file:line}. */
    @TruffleBoundary
    static String sourceInfo(Object fun) {
        Object f = fun;
        while (f instanceof org.jaxl.builtins.Partial p) {
            f = p.func();
        }
        if (f instanceof PFunction pf) {
            SourceSection s = ((JaxlRootNode) pf.getCallTarget().getRootNode()).getSourceSection();
            String file = s == null ? "<unknown>" : s.getSource().getPath() != null ? s.getSource().getPath() : s.getSource().getName();
            return pf.getName() + " at " + file + ":" + pf.getFirstLine();
        }
        if (f instanceof PBuiltinFunction b) {
            return b.getName();
        }
        return null;
    }

    /** {@code fun.__name__} as JAX uses it in messages and {@code pjit[name=…]}. */
    @TruffleBoundary
    static String functionName(Object fun) {
        Object name = PyObjects.getAttributeOrNull(fun, "__name__");
        if (name instanceof String s) {
            return s;
        }
        if (fun instanceof org.jaxl.builtins.Partial p) {
            return functionName(p.func());
        }
        return "<unnamed function>";
    }

    /** Traces {@code fun} on the abstract values of {@code flat}, under the current trace as parent. */
    @TruffleBoundary
    static Traced trace(Object fun, ArgumentSpec spec, Flattened flat, String tracedFor, Node node) {
        JaxlContext context = JaxlContext.get(node);
        PyTrees trees = context.pytrees();
        TraceState state = context.traceState();
        Trace parent = state.current();
        DebugInfo dbg = new DebugInfo(sourceInfo(fun), tracedFor, spec.argNames(fun, flat.treedef(), trees));
        DynamicJaxprTrace trace = new DynamicJaxprTrace(parent, dbg);
        List<Object> tracers = new ArrayList<>(flat.avals().size());
        for (ShapedArray aval : flat.avals()) {
            JaxprTracer t = trace.newArg(aval);
            tracers.add(t);
        }
        PTuple rebuilt = (PTuple) trees.unflatten(flat.treedef(), tracers, node);
        Object[][] merged = spec.merge(rebuilt);
        Object out;
        Trace previous = state.enter(trace);
        try {
            out = Calls.callGeneric(fun, merged[0], spec.kwNames, merged[1], node);
        } finally {
            state.restore(previous);
        }
        PyTrees.Flat outFlat = trees.flatten(out, null);
        for (Object leaf : outFlat.leaves()) {
            if (!(leaf instanceof Tracer) && !Concrete.isArrayLike(leaf)) {
                throw PyErrors.typeError(node, "Value " + PyObjects.repr(leaf) + " of type " + PyObjects.repr(PyObjects.classOf(leaf)) + " is not a valid JAX type");
            }
        }
        ClosedJaxpr closed = trace.toJaxpr(outFlat.leaves().toArray(), node);
        if (context.getConfig().checkTracerLeaks()) {
            LeakChecker.check(context, trace, node);
        }
        return new Traced(closed, outFlat.treedef());
    }
}
