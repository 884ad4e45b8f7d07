package org.jaxl.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Records primitive applications into a jaxpr (JAX's {@code DynamicJaxprTrace} with its
 * {@code JaxprStackFrame}). Every operand becomes a tracer of this trace: its own tracers, a
 * constant (concrete arrays, Python scalars, and tracers of enclosing traces that the traced
 * function closes over), or an argument created by {@link #newArg}.
 */
public final class DynamicJaxprTrace extends Trace {
    private final DebugInfo debugInfo;
    private final List<Var> invars = new ArrayList<>();
    private final List<JaxprEqn> eqns = new ArrayList<>();
    private final List<Var> constvars = new ArrayList<>();
    private final List<Object> constvals = new ArrayList<>();
    private final Map<Object, JaxprTracer> constTracers = new IdentityHashMap<>();
    private boolean finished;

    public DynamicJaxprTrace(Trace parent, DebugInfo debugInfo) {
        super(parent);
        this.debugInfo = debugInfo;
    }

    public DebugInfo debugInfo() {
        return debugInfo;
    }

    /** True once the jaxpr has been built: its tracers must not be used any more. */
    public boolean isFinished() {
        return finished;
    }

    /** A new input of the jaxpr. */
    @TruffleBoundary
    public JaxprTracer newArg(ShapedArray aval) {
        Var v = new Var(aval);
        invars.add(v);
        return new JaxprTracer(this, aval, v);
    }

    /** The tracer of this trace standing for {@code x}. */
    @TruffleBoundary
    public JaxprTracer toTracer(Object x, Node node) {
        if (x instanceof JaxprTracer t && t.trace() == this) {
            if (finished) {
                throw TracerErrors.escapedTracer(t, node);
            }
            return t;
        }
        if (x instanceof Tracer t) {
            if (!isWithin(t.trace()) || t.trace() instanceof DynamicJaxprTrace d && d.finished) {
                throw TracerErrors.escapedTracer(t, node);
            }
            return constTracer(x, t.aval());
        }
        return constTracer(x, Concrete.aval(x, node));
    }

    private JaxprTracer constTracer(Object value, ShapedArray aval) {
        JaxprTracer t = constTracers.get(value);
        if (t == null) {
            Var v = new Var(aval);
            constvars.add(v);
            constvals.add(value);
            t = new JaxprTracer(this, aval, v);
            constTracers.put(value, t);
        }
        return t;
    }

    @Override
    @TruffleBoundary
    public Object[] processPrimitive(Primitive primitive, Object[] args, Params params, Node node) {
        JaxprTracer[] ins = new JaxprTracer[args.length];
        ShapedArray[] avals = new ShapedArray[args.length];
        List<Atom> inVars = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            ins[i] = toTracer(args[i], node);
            avals[i] = ins[i].aval();
            inVars.add(ins[i].var());
        }
        ShapedArray[] outAvals = primitive.abstractEval(avals, params, node);
        Object[] outs = new Object[outAvals.length];
        List<Var> outVars = new ArrayList<>(outAvals.length);
        for (int i = 0; i < outAvals.length; i++) {
            Var v = new Var(outAvals[i]);
            outVars.add(v);
            outs[i] = new JaxprTracer(this, outAvals[i], v);
        }
        eqns.add(new JaxprEqn(inVars, outVars, primitive, params));
        return outs;
    }

    /**
     * Finishes the trace: builds the closed jaxpr whose outputs are {@code outs}, folding constants,
     * forwarding trivial equations and inlining scalar literals as JAX does.
     */
    @TruffleBoundary
    public ClosedJaxpr toJaxpr(Object[] outs, Node node) {
        List<Atom> outVars = new ArrayList<>(outs.length);
        for (Object o : outs) {
            outVars.add(toTracer(o, node).var());
        }
        finished = true;
        Jaxpr jaxpr = new Jaxpr(constvars, invars, outVars, eqns);
        return JaxprFinalizer.finish(jaxpr, constvals);
    }

    /**
     * Which inputs a tracer's value depends on (positions in the invars), and the equations that
     * consumed constants on its way: JAX's {@code find_progenitors}, for error messages.
     */
    @TruffleBoundary
    public ProgenitorInfo findProgenitors(JaxprTracer tracer) {
        Set<Var> active = new HashSet<>();
        active.add(tracer.var());
        for (int i = eqns.size() - 1; i >= 0; i--) {
            JaxprEqn e = eqns.get(i);
            boolean produced = false;
            for (Var v : e.outvars()) {
                if (active.remove(v)) {
                    produced = true;
                }
            }
            if (produced) {
                for (Atom a : e.invars()) {
                    if (a instanceof Var v) {
                        active.add(v);
                    }
                }
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < invars.size(); i++) {
            if (active.contains(invars.get(i))) {
                positions.add(i);
            }
        }
        Set<Var> consts = new HashSet<>(constvars);
        consts.retainAll(active);
        List<JaxprEqn> constEqns = new ArrayList<>();
        for (JaxprEqn e : eqns) {
            for (Atom a : e.invars()) {
                if (a instanceof Var v && consts.contains(v)) {
                    constEqns.add(e);
                    break;
                }
            }
        }
        return new ProgenitorInfo(positions, constEqns);
    }

    /** The result of {@link #findProgenitors}. */
    public record ProgenitorInfo(List<Integer> invarPositions, List<JaxprEqn> constEqns) {
    }

    /** Number of equations recorded so far (tests and diagnostics). */
    public int equationCount() {
        return eqns.size();
    }
}
