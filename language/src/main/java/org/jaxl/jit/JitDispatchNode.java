package org.jaxl.jit;

import java.util.Arrays;
import java.util.List;

import org.jaxl.JaxConfig;
import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.runtime.Calls;
import org.jaxl.trace.EvalTrace;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * The inline cache of a call site of a jitted function: for the common call — positional array
 * or scalar arguments, no static arguments, outside any trace — a cache hit is a guard on the
 * function and each argument's type, then a direct call of the entry's compiled call target.
 * Anything else, and every miss, goes through {@link JitFunction#call}.
 */
public abstract class JitDispatchNode extends Node {
    static final int LIMIT = 3;

    public abstract Object execute(JitFunction jit, Object[] args);

    @Specialization(guards = {"jit == cachedJit", "guard.matches(args, this)"}, assumptions = "guard.valid", limit = "LIMIT")
    protected static Object doCached(JitFunction jit, Object[] args,
                    @Cached("jit") JitFunction cachedJit,
                    @Cached("createGuard(jit, args)") ArgGuard guard,
                    @Cached("create(guard.target)") DirectCallNode call) {
        Object[] outs = (Object[]) call.call(args);
        return guard.singleOutput ? outs[0] : unflatten(guard.entry, outs, call);
    }

    protected final ArgGuard createGuard(JitFunction jit, Object[] args) {
        return ArgGuard.create(jit, args, this);
    }

    @Specialization(replaces = "doCached")
    protected static Object doGeneric(JitFunction jit, Object[] args) {
        return callGeneric(jit, args);
    }

    @TruffleBoundary
    private static Object callGeneric(JitFunction jit, Object[] args) {
        return jit.call(args, Calls.NO_KEYWORDS, Calls.NO_VALUES, null);
    }

    @TruffleBoundary
    private static Object unflatten(JitEntry entry, Object[] outs, Node node) {
        return JaxlContext.get(node).pytrees().unflatten(entry.outTree, List.of(outs), node);
    }

    /**
     * What a cached call site checks: the kinds and abstract values of the arguments of the
     * entry it was created for. A guard that cannot describe the call (static arguments,
     * non-leaf arguments, tracing) never matches.
     */
    public static final class ArgGuard {
        final JitEntry entry;
        final RootCallTarget target;
        final Assumption valid;
        final boolean singleOutput;
        @CompilationFinal(dimensions = 1) private final DType[] dtypes;
        @CompilationFinal(dimensions = 1) private final boolean[] weak;
        @CompilationFinal(dimensions = 2) private final int[][] shapes;
        /** Per argument: 0 array, 1 Python int, 2 Python float, 3 Python bool. */
        @CompilationFinal(dimensions = 1) private final byte[] kinds;
        private final boolean x64;

        private ArgGuard(JitEntry entry, DType[] dtypes, boolean[] weak, int[][] shapes, byte[] kinds, boolean x64) {
            this.entry = entry;
            this.target = entry == null ? null : entry.callTarget;
            this.valid = entry == null ? Assumption.NEVER_VALID : entry.valid;
            this.singleOutput = entry != null && entry.outTree.kind() == PyTreeDef.Kind.LEAF;
            this.dtypes = dtypes;
            this.weak = weak;
            this.shapes = shapes;
            this.kinds = kinds;
            this.x64 = x64;
        }

        /** Makes the call through the generic path once (tracing and compiling as needed), then describes it. */
        @TruffleBoundary
        public static ArgGuard create(JitFunction jit, Object[] args, Node node) {
            JaxlContext context = JaxlContext.get(node);
            if (!(context.traceState().current() instanceof EvalTrace) || context.getConfig().disableJit() || !jit.isPlain()) {
                return new ArgGuard(null, null, null, null, null, false);
            }
            byte[] kinds = new byte[args.length];
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof NDArray) {
                    kinds[i] = 0;
                } else if (a instanceof Long l && (int) (long) l == l) {
                    kinds[i] = 1;
                } else if (a instanceof Double) {
                    kinds[i] = 2;
                } else if (a instanceof Boolean) {
                    kinds[i] = 3;
                } else {
                    return new ArgGuard(null, null, null, null, null, false);
                }
            }
            JitEntry entry = jit.compiledEntry(args, node);
            if (entry == null) {
                return new ArgGuard(null, null, null, null, null, false);
            }
            List<ShapedArray> avals = entry.jaxpr.inAvals();
            DType[] dtypes = new DType[args.length];
            boolean[] weak = new boolean[args.length];
            int[][] shapes = new int[args.length][];
            for (int i = 0; i < args.length; i++) {
                dtypes[i] = avals.get(i).dtype();
                weak[i] = avals.get(i).weakType();
                shapes[i] = avals.get(i).shape();
            }
            return new ArgGuard(entry, dtypes, weak, shapes, kinds, context.getConfig().enableX64());
        }

        @ExplodeLoop
        boolean matches(Object[] args, Node node) {
            if (kinds == null || args.length != kinds.length) {
                return false;
            }
            JaxlContext context = JaxlContext.get(node);
            JaxConfig config = context.getConfig();
            if (x64 != config.enableX64() || config.disableJit() || !(context.traceState().current() instanceof EvalTrace)) {
                return false;
            }
            for (int i = 0; i < kinds.length; i++) {
                Object a = args[i];
                switch (kinds[i]) {
                    case 0:
                        if (!(a instanceof NDArray arr) || arr.dtype() != dtypes[i] || arr.weakType() != weak[i] || !sameShape(arr.shape(), shapes[i])) {
                            return false;
                        }
                        break;
                    case 1:
                        if (!(a instanceof Long l) || (int) (long) l != l) {
                            return false;
                        }
                        break;
                    case 2:
                        if (!(a instanceof Double)) {
                            return false;
                        }
                        break;
                    default:
                        if (!(a instanceof Boolean)) {
                            return false;
                        }
                        break;
                }
            }
            return true;
        }

        @ExplodeLoop
        private static boolean sameShape(int[] actual, int[] expected) {
            if (actual.length != expected.length) {
                return false;
            }
            for (int d = 0; d < expected.length; d++) {
                if (actual[d] != expected[d]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "ArgGuard" + Arrays.toString(kinds);
        }
    }

}
