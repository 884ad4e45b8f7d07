package org.jaxl.jit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jaxl.JaxlContext;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * {@code jax_explain_cache_misses}: why a jit call had to trace again, worded as JAX 0.4.30's
 * {@code pjit.explain_tracing_cache_miss} words it.
 */
final class CacheMissExplainer {
    private CacheMissExplainer() {
    }

    /** Call sites that already reported a never-seen function, per context. */
    private static final java.util.WeakHashMap<JaxlContext, Set<String>> CALLSITES = new java.util.WeakHashMap<>();

    @TruffleBoundary
    static void explain(JaxlContext context, Object fun, Set<CallSignature> seen, CallSignature sig, Tracing.Flattened flat, ArgumentSpec spec, Node node) {
        List<String> msg = new ArrayList<>();
        String callsite = callsite(node);
        msg.add("TRACING CACHE MISS at " + callsite + " because:");
        Object qual = org.jaxl.runtime.PyObjects.getAttributeOrNull(fun, "__qualname__");
        String funName = qual instanceof String s ? s : org.jaxl.runtime.PyObjects.str(fun);
        String srcInfo = Tracing.sourceInfo(fun);
        String definedAt = srcInfo == null ? "" : " defined at " + srcInfo.substring(srcInfo.indexOf(" at ") + 4);
        if (seen.isEmpty()) {
            msg.add("  never seen function:\n    " + funName + " id=" + (0x7f0000000000L + System.identityHashCode(fun) * 16L) + definedAt);
            Set<String> sites = CALLSITES.computeIfAbsent(context, c -> new HashSet<>());
            if (sites.contains(callsite)) {
                msg.add("  but seen another function defined on the same line; maybe the function is\n  being re-defined repeatedly, preventing caching?");
            }
            sites.add(callsite);
            CompileLog.log(context, String.join("\n", msg));
            return;
        }
        msg.add("  for " + funName + definedAt);
        List<CallSignature> treesMatch = new ArrayList<>();
        for (CallSignature s : seen) {
            if (s.treedef().equals(sig.treedef())) {
                treesMatch.add(s);
            }
        }
        if (treesMatch.isEmpty()) {
            String tree = sig.treedef().toString();
            msg.add("  never seen input pytree" + (tree.length() < 76 ? ":\n    " + tree : ""));
            CompileLog.log(context, String.join("\n", msg));
            return;
        }
        boolean typesMatch = treesMatch.stream().anyMatch(s -> s.avals().equals(sig.avals()));
        if (!typesMatch) {
            List<String> names = spec.argNames(fun, flat.treedef(), context.pytrees());
            List<ShapedArray> inType = sig.avals();
            StringBuilder typeStr = new StringBuilder();
            if (inType.size() < 5) {
                typeStr.append(":\n    ");
                for (int i = 0; i < inType.size(); i++) {
                    if (i > 0) {
                        typeStr.append(",  ");
                    }
                    typeStr.append(names.get(i)).append(": ").append(inType.get(i).strShort(true));
                }
            }
            msg.add("  never seen input type signature" + typeStr);
            List<ShapedArray> closest = null;
            int best = Integer.MAX_VALUE;
            for (CallSignature s : treesMatch) {
                int d = mismatches(s.avals(), inType);
                if (d < best) {
                    best = d;
                    closest = s.avals();
                }
            }
            msg.add("  closest seen input type signature has " + best + " mismatches, including:");
            boolean weakHint = false;
            for (int i = 0; i < inType.size(); i++) {
                ShapedArray t1 = closest.get(i);
                ShapedArray t2 = inType.get(i);
                if (!t1.equals(t2)) {
                    String s1 = t1.strShort(true);
                    String s2 = t2.strShort(true);
                    if (s1.equals(s2)) {
                        s1 += "{weak_type=" + (t1.weakType() ? "True" : "False") + "}";
                        s2 += "{weak_type=" + (t2.weakType() ? "True" : "False") + "}";
                        weakHint = true;
                    }
                    msg.add("    * at " + names.get(i) + ", seen " + s1 + ", but now given " + s2);
                }
            }
            if (weakHint) {
                msg.add("where weak_type=True often means a Python builtin numeric value, and ");
                msg.add("weak_type=False means a jax.Array.");
                msg.add("See https://jax.readthedocs.io/en/latest/type_promotion.html#weak-types");
            }
            CompileLog.log(context, String.join("\n", msg));
            return;
        }
        msg.add("explanation unavailable! please open an issue at https://github.com/google/jax");
        CompileLog.log(context, String.join("\n", msg));
    }

    private static int mismatches(List<ShapedArray> a, List<ShapedArray> b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** JAX's {@code summarize(current())}: {@code file:line:col (function)} of the user's call. */
    static String callsite(Node node) {
        if (node == null) {
            return "unknown";
        }
        SourceSection s = node.getEncapsulatingSourceSection();
        if (s == null) {
            return "unknown";
        }
        String file = s.getSource().getPath() != null ? s.getSource().getPath() : s.getSource().getName();
        String fn = node.getRootNode() == null ? "<module>" : node.getRootNode().getName();
        int col = s.getStartColumn() - 1;
        return col != 0 ? file + ":" + s.getStartLine() + ":" + col + " (" + fn + ")" : file + ":" + s.getStartLine() + " (" + fn + ")";
    }
}
