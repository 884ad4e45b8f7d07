package org.jaxl.jit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.jaxl.JaxlContext;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Tracer;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Tracing the functions that control-flow primitives take (branches, loop bodies), as JAX's
 * {@code _initial_style_jaxpr} and {@code _initial_style_jaxprs_with_common_consts} do
 * ({@code lax/control_flow/common.py}). A function is traced on abstract values with the current
 * trace as parent, so that outer tracers it closes over become constants; the constants are then
 * turned into leading inputs of the jaxpr ({@code pe.convert_constvars_jaxpr}) and handed back, for
 * the primitive to take as operands.
 *
 * <p>Traces are cached per function object, input structure, input types and x64 mode, as JAX's
 * {@code weakref_lru_cache} on {@code _initial_style_open_jaxpr} does: a loop body is traced once,
 * however often the loop runs, so its Python side effects happen once. Traces that captured
 * tracers of an enclosing trace are not cached, since those tracers die with their trace.
 */
public final class InitialStyle {
    private InitialStyle() {
    }

    /** A traced function: its closed jaxpr with constants as leading inputs, the constants, the output structure. */
    public record Traced(ClosedJaxpr jaxpr, List<Object> consts, PyTreeDef outTree) {
    }

    /** Several functions traced on the same inputs, sharing one list of constants. */
    public record Joined(List<ClosedJaxpr> jaxprs, List<Object> consts, List<PyTreeDef> outTrees) {
    }

    /**
     * What a cached trace is for: an open trace, a closed one, or several functions joined
     * ({@code others} are the functions after the first, which keys the cache).
     */
    private enum Form {
        OPEN,
        CLOSED,
        JOINED
    }

    private record Key(Form form, List<Object> others, PyTreeDef inTree, List<ShapedArray> inAvals, String primitiveName, boolean x64) {
    }

    /**
     * Traces by function object: open and closed traces of the function, and joined traces whose
     * first function it is. Function objects belong to one context, so one map serves all
     * contexts; weak keys let functions go. A cached jaxpr keeps its identity, which the compiled
     * dispatch of the control-flow primitives keys on.
     */
    private static final Map<Object, Map<Key, Object>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** JAX's {@code _initial_style_jaxpr}. {@code inTree} is the structure of the argument tuple. */
    @TruffleBoundary
    public static Traced initialStyleJaxpr(Object fun, PyTreeDef inTree, List<ShapedArray> inAvals, String primitiveName, Node node) {
        Key key = key(Form.CLOSED, List.of(), inTree, inAvals, primitiveName, node);
        Traced cached = (Traced) cached(fun, key);
        if (cached != null) {
            return cached;
        }
        Tracing.Traced open = traceOpen(fun, inTree, inAvals, primitiveName, node);
        Jaxpr j = open.jaxpr().jaxpr();
        Traced traced = new Traced(convertConstvars(j, j.constvars()), open.jaxpr().consts(), open.outTree());
        cache(fun, key, traced, traced.consts());
        return traced;
    }

    /**
     * JAX's {@code _initial_style_jaxprs_with_common_consts}: traces each function, then gives every
     * jaxpr the constants of all of them (in function order), unused ones as binders named with a
     * {@code _} suffix, so that the jaxprs have one signature, as the branches of {@code cond} must.
     */
    @TruffleBoundary
    public static Joined initialStyleJaxprsWithCommonConsts(List<Object> funs, PyTreeDef inTree, List<ShapedArray> inAvals, String primitiveName, Node node) {
        Key key = key(Form.JOINED, funs.subList(1, funs.size()), inTree, inAvals, primitiveName, node);
        Joined cached = (Joined) cached(funs.get(0), key);
        if (cached != null) {
            return cached;
        }
        List<Tracing.Traced> traced = new ArrayList<>(funs.size());
        for (Object f : funs) {
            traced.add(traceOpen(f, inTree, inAvals, primitiveName, node));
        }
        List<List<Var>> unusedConstvars = new ArrayList<>(traced.size());
        List<Object> consts = new ArrayList<>();
        for (Tracing.Traced t : traced) {
            List<Var> unused = new ArrayList<>();
            for (Var v : t.jaxpr().jaxpr().constvars()) {
                unused.add(Var.withSuffix(v.aval(), "_"));
            }
            unusedConstvars.add(unused);
            consts.addAll(t.jaxpr().consts());
        }
        List<ClosedJaxpr> jaxprs = new ArrayList<>(traced.size());
        List<PyTreeDef> outTrees = new ArrayList<>(traced.size());
        for (int i = 0; i < traced.size(); i++) {
            Jaxpr j = traced.get(i).jaxpr().jaxpr();
            List<Var> constvars = new ArrayList<>();
            for (int k = 0; k < traced.size(); k++) {
                constvars.addAll(k == i ? j.constvars() : unusedConstvars.get(k));
            }
            jaxprs.add(convertConstvars(j, constvars));
            outTrees.add(traced.get(i).outTree());
        }
        Joined joined = new Joined(jaxprs, consts, outTrees);
        cache(funs.get(0), key, joined, consts);
        return joined;
    }

    /**
     * The parameter names of a function as {@code inspect.signature} lists them (for messages that
     * name a body's arguments), or null when it has none to show: positional arguments bound by a
     * {@code functools.partial} are left out, a jitted function shows the function it wraps.
     */
    @TruffleBoundary
    public static List<String> parameterNames(Object fun) {
        Object f = fun;
        int bound = 0;
        while (f instanceof org.jaxl.builtins.Partial || f instanceof JitFunction) {
            if (f instanceof org.jaxl.builtins.Partial p) {
                bound += p.args().length;
                f = p.func();
            } else {
                f = ((JitFunction) f).fun();
            }
        }
        if (!(f instanceof org.jaxl.runtime.PFunction pf)) {
            return null;
        }
        String[] names = pf.getSignature().names();
        return List.of(names).subList(Math.min(bound, names.length), names.length);
    }

    /** {@code jax.clear_caches()}: later loops trace their bodies again. */
    public static void clearCache() {
        CACHE.clear();
    }

    /** {@code pe.convert_constvars_jaxpr} then {@code pe.close_jaxpr}: {@code constvars} become the leading inputs. */
    private static ClosedJaxpr convertConstvars(Jaxpr j, List<Var> constvars) {
        List<Var> invars = new ArrayList<>(constvars);
        invars.addAll(j.invars());
        return new ClosedJaxpr(new Jaxpr(List.of(), invars, j.outvars(), j.eqns()), List.of());
    }

    /** JAX's {@code _initial_style_open_jaxpr}: the traced jaxpr with its constants still constvars. */
    private static Tracing.Traced traceOpen(Object fun, PyTreeDef inTree, List<ShapedArray> inAvals, String primitiveName, Node node) {
        if (inTree.kind() != PyTreeDef.Kind.TUPLE || inTree.numLeaves() != inAvals.size()) {
            throw PyErrors.typeError(node, "initial-style tracing needs a tuple of arguments with one abstract value per leaf");
        }
        Key key = key(Form.OPEN, List.of(), inTree, inAvals, primitiveName, node);
        Tracing.Traced cached = (Tracing.Traced) cached(fun, key);
        if (cached != null) {
            return cached;
        }
        Object[] positional = new Object[inTree.arity()];
        java.util.Arrays.fill(positional, PNone.NONE);
        ArgumentSpec spec = ArgumentSpec.split(positional, Calls.NO_KEYWORDS, Calls.NO_VALUES, new int[0], List.of(), node);
        PyTreeDef noKeywords = new PyTreeDef(PyTreeDef.Kind.DICT, new PyTreeDef[0], new Object[0], null, null);
        PyTreeDef argsAndKwargs = new PyTreeDef(PyTreeDef.Kind.TUPLE, new PyTreeDef[]{inTree, noKeywords}, null, null, null);
        Tracing.Flattened flat = new Tracing.Flattened(List.of(), argsAndKwargs, List.copyOf(inAvals));
        Tracing.Traced traced = Tracing.trace(fun, spec, flat, primitiveName, node);
        cache(fun, key, traced, traced.jaxpr().consts());
        return traced;
    }

    private static Key key(Form form, List<Object> others, PyTreeDef inTree, List<ShapedArray> inAvals, String primitiveName, Node node) {
        return new Key(form, List.copyOf(others), inTree, List.copyOf(inAvals), primitiveName, JaxlContext.get(node).getConfig().enableX64());
    }

    private static Object cached(Object fun, Key key) {
        Map<Key, Object> perFunction = CACHE.get(fun);
        return perFunction == null ? null : perFunction.get(key);
    }

    /** Caches a trace unless it captured tracers of an enclosing trace (they die with that trace). */
    private static void cache(Object fun, Key key, Object trace, List<Object> consts) {
        for (Object c : consts) {
            if (c instanceof Tracer) {
                return;
            }
        }
        CACHE.computeIfAbsent(fun, f -> Collections.synchronizedMap(new java.util.HashMap<>())).put(key, trace);
    }
}
