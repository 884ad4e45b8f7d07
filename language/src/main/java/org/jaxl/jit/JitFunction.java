package org.jaxl.jit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jaxl.JaxlContext;
import org.jaxl.compiler.Lowering;
import org.jaxl.primitives.Bind;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.PjitPrimitive;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.JaxlObject;
import org.jaxl.runtime.PCallable;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.EvalTrace;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEval;
import org.jaxl.trace.Trace;
import org.jaxl.trace.Tracer;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;

/**
 * What {@code jax.jit(f, …)} returns. A call splits static from dynamic arguments, looks the
 * call signature up in the context's {@link JitCache} (tracing {@code f} on a miss), and either
 * runs the cached jaxpr or, under an enclosing trace, records a {@code pjit} equation (or the
 * callee's equations, for {@code inline=True}).
 */
public final class JitFunction extends JaxlObject implements PCallable {
    private final Object fun;
    private final JitOptions options;

    public JitFunction(Object fun, int[] staticArgnums, List<String> staticArgnames, int[] donateArgnums, boolean inline) {
        this.fun = fun;
        this.options = new JitOptions(staticArgnums, staticArgnames, donateArgnums, inline);
    }

    public Object fun() {
        return fun;
    }

    @Override
    @TruffleBoundary
    public Object call(Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        JaxlContext context = JaxlContext.get(node);
        if (context.getConfig().disableJit()) {
            return Calls.callGeneric(fun, args, kwNames, kwValues, node);
        }
        ArgumentSpec spec = ArgumentSpec.split(args, kwNames, kwValues, options.staticArgnums(), options.staticArgnames(), node);
        Tracing.Flattened flat = Tracing.flattenArgs(spec, node);
        JitEntry entry = lookupOrTrace(spec, flat, node);
        Object[] leaves = flat.leaves().toArray();
        Trace current = context.traceState().current();
        Object[] outs;
        if (current instanceof EvalTrace) {
            RootCallTarget target = entry.callTarget;
            if (target == null) {
                target = compile(entry, flat, context, node);
            }
            RootCallTarget t = target;
            outs = context.traceState().runCompiled(() -> (Object[]) t.call(leaves));
        } else if (options.inline()) {
            outs = JaxprEval.eval(entry.jaxpr, leaves, node);
        } else {
            outs = bindPjit(entry.jaxpr, leaves, node);
        }
        return context.pytrees().unflatten(entry.outTree, List.of(outs), node);
    }

    /** True when no argument is static: call sites can then cache by argument types alone. */
    boolean isPlain() {
        return options.staticArgnums().length == 0 && options.staticArgnames().isEmpty();
    }

    /**
     * For a call with positional arguments that are all leaves: the cache entry (traced and
     * compiled as needed, with the same logging as a call), or null when the call has another
     * shape. Used by call sites to build their inline cache.
     */
    @TruffleBoundary
    JitEntry compiledEntry(Object[] args, Node node) {
        JaxlContext context = JaxlContext.get(node);
        ArgumentSpec spec = ArgumentSpec.split(args, org.jaxl.runtime.Calls.NO_KEYWORDS, org.jaxl.runtime.Calls.NO_VALUES, options.staticArgnums(), options.staticArgnames(), node);
        Tracing.Flattened flat = Tracing.flattenArgs(spec, node);
        if (flat.leaves().size() != args.length) {
            return null;
        }
        for (int i = 0; i < args.length; i++) {
            if (flat.leaves().get(i) != args[i]) {
                return null;
            }
        }
        JitEntry entry = lookupOrTrace(spec, flat, node);
        if (entry.callTarget == null) {
            compile(entry, flat, context, node);
        }
        return entry.valid.isValid() ? entry : null;
    }

    /** Lowers an entry to its call target: the moment JAX compiles (and logs it). */
    private RootCallTarget compile(JitEntry entry, Tracing.Flattened flat, JaxlContext context, Node node) {
        String name = Tracing.functionName(fun);
        CompileLog.compiled(context, name, flat.avals());
        entry.callTarget = Lowering.lower(context.getLanguage(), name, entry.jaxpr, node);
        return entry.callTarget;
    }

    /**
     * {@code jit(f).lower(*args).as_text()}: traces and lowers the entry for these arguments (as
     * a first call would, logging alike) and describes the lowered unit.
     */
    @TruffleBoundary
    public String lowerText(Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        JitEntry entry = loweredEntry(args, kwNames, kwValues, node);
        return Lowering.describe(Tracing.functionName(fun), entry.jaxpr, node);
    }

    /** {@code jit(f).lower(*args).compile()}: has Graal compile the entry's unit at its next call rather than after many. */
    @TruffleBoundary
    public void compileNow(Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        Lowering.compileNow(loweredEntry(args, kwNames, kwValues, node).callTarget);
    }

    private JitEntry loweredEntry(Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        ArgumentSpec spec = ArgumentSpec.split(args, kwNames, kwValues, options.staticArgnums(), options.staticArgnames(), node);
        Tracing.Flattened flat = Tracing.flattenArgs(spec, node);
        JitEntry entry = lookupOrTrace(spec, flat, node);
        if (entry.callTarget == null) {
            compile(entry, flat, JaxlContext.get(node), node);
        }
        return entry;
    }

    /** Traces without running: the entry for these arguments (the {@code jit(f).trace(...)} stage). */
    @TruffleBoundary
    public JitEntry traceOnly(Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        ArgumentSpec spec = ArgumentSpec.split(args, kwNames, kwValues, options.staticArgnums(), options.staticArgnames(), node);
        return lookupOrTrace(spec, Tracing.flattenArgs(spec, node), node);
    }

    private JitEntry lookupOrTrace(ArgumentSpec spec, Tracing.Flattened flat, Node node) {
        JaxlContext context = JaxlContext.get(node);
        List<Object> statics = spec.staticValues();
        long[] hashes = new long[statics.size()];
        for (int i = 0; i < hashes.length; i++) {
            try {
                hashes[i] = PyObjects.hash(statics.get(i));
            } catch (PException e) {
                throw ArgumentSpec.unhashable(statics.get(i), describeStatic(spec, i), Tracing.functionName(fun), node);
            }
        }
        CallSignature sig = new CallSignature(flat.treedef(), flat.avals(), statics, hashes);
        Map<CallSignature, JitEntry> entries = context.jitCache().entriesFor(fun, options);
        JitEntry entry = entries.get(sig);
        if (entry == null) {
            if (context.getConfig().explainCacheMisses() && !options.inline()) {
                CacheMissExplainer.explain(context, fun, entries.keySet(), sig, flat, spec, node);
            }
            long start = System.nanoTime();
            Tracing.Traced traced = Tracing.trace(fun, spec, flat, "jit", node);
            entry = new JitEntry(traced.jaxpr(), traced.outTree());
            if (!hasTracerConsts(traced.jaxpr())) {
                entries.put(sig, entry);
            }
            CompileLog.traced(context, Tracing.functionName(fun), start);
        }
        return entry;
    }

    private static String describeStatic(ArgumentSpec spec, int staticIndex) {
        int seen = 0;
        for (int i = 0; i < spec.args.length; i++) {
            if (spec.staticPositional[i]) {
                if (seen++ == staticIndex) {
                    return "index " + i;
                }
            }
        }
        int kwIndex = (staticIndex - seen) / 2;
        int k = 0;
        for (int i = 0; i < spec.kwNames.length; i++) {
            if (spec.staticKeyword[i] && k++ == kwIndex) {
                return "name " + spec.kwNames[i];
            }
        }
        return "index " + staticIndex;
    }

    private static boolean hasTracerConsts(ClosedJaxpr jaxpr) {
        for (Object c : jaxpr.consts()) {
            if (c instanceof Tracer) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records {@code pjit} in the current trace. Constants that are tracers of an enclosing trace
     * become leading arguments ({@code pe.convert_constvars_jaxpr}), as JAX's pjit does.
     */
    private Object[] bindPjit(ClosedJaxpr jaxpr, Object[] leaves, Node node) {
        ClosedJaxpr callee = jaxpr;
        Object[] args = leaves;
        if (hasTracerConsts(jaxpr)) {
            Jaxpr j = jaxpr.jaxpr();
            List<Var> invars = new ArrayList<>(j.constvars());
            invars.addAll(j.invars());
            callee = new ClosedJaxpr(new Jaxpr(List.of(), invars, j.outvars(), j.eqns()), List.of());
            args = new Object[jaxpr.consts().size() + leaves.length];
            System.arraycopy(jaxpr.consts().toArray(), 0, args, 0, jaxpr.consts().size());
            System.arraycopy(leaves, 0, args, jaxpr.consts().size(), leaves.length);
        }
        Object[] donated = new Object[args.length];
        Arrays.fill(donated, Boolean.FALSE);
        Params params = Params.of("jaxpr", callee, "name", Tracing.functionName(fun), "donated_invars", PTuple.of(donated), "inline", options.inline(), "keep_unused",
                        Boolean.FALSE);
        return Bind.bind(PjitPrimitive.INSTANCE, args, params, node);
    }

    /** Number of cache entries for this function and options ({@code f._cache_size()}). */
    @TruffleBoundary
    public long cacheSize(Node node) {
        return JaxlContext.get(node).jitCache().entriesFor(fun, options).size();
    }

    @TruffleBoundary
    public void clearCache(Node node) {
        JaxlContext.get(node).jitCache().entriesFor(fun, options).clear();
    }

    /** The closed jaxpr and output tree of a traced entry, for {@code make_jaxpr} and the stages API. */
    public static ClosedJaxpr jaxprOf(JitEntry entry) {
        return entry.jaxpr;
    }

    public static PyTreeDef outTreeOf(JitEntry entry) {
        return entry.outTree;
    }
}
