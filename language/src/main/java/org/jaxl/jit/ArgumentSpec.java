package org.jaxl.jit;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.Signature;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * One call's arguments split as jit splits them: static arguments (by position or by name) and
 * the dynamic ones, which form the pytree {@code (args, kwargs)} that is flattened and traced.
 */
final class ArgumentSpec {
    final Object[] args;
    final String[] kwNames;
    final Object[] kwValues;
    final boolean[] staticPositional;
    final boolean[] staticKeyword;

    private ArgumentSpec(Object[] args, String[] kwNames, Object[] kwValues, boolean[] staticPositional, boolean[] staticKeyword) {
        this.args = args;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        this.staticPositional = staticPositional;
        this.staticKeyword = staticKeyword;
    }

    /**
     * Splits a call. {@code staticArgnums} may be negative (counted from the end of the positional
     * arguments); a keyword argument is static when its name is in {@code staticArgnames}.
     */
    @TruffleBoundary
    static ArgumentSpec split(Object[] args, String[] kwNames, Object[] kwValues, int[] staticArgnums, List<String> staticArgnames, Node node) {
        boolean[] sp = new boolean[args.length];
        for (int n : staticArgnums) {
            int i = n < 0 ? n + args.length : n;
            if (i >= 0 && i < args.length) {
                sp[i] = true;
            }
        }
        boolean[] sk = new boolean[kwNames.length];
        for (int k = 0; k < kwNames.length; k++) {
            sk[k] = staticArgnames.contains(kwNames[k]);
        }
        return new ArgumentSpec(args, kwNames, kwValues, sp, sk);
    }

    /** The dynamic part as the pytree {@code (args, kwargs)} JAX flattens. */
    @TruffleBoundary
    Object dynamicTree() {
        List<Object> dyn = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!staticPositional[i]) {
                dyn.add(args[i]);
            }
        }
        PDict kw = new PDict();
        for (int k = 0; k < kwNames.length; k++) {
            if (!staticKeyword[k]) {
                kw.put(kwNames[k], kwValues[k]);
            }
        }
        return PTuple.of(PTuple.of(dyn.toArray()), kw);
    }

    /** The static values in call order (positional, then keywords with their names), for the cache key. */
    @TruffleBoundary
    List<Object> staticValues() {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (staticPositional[i]) {
                out.add(args[i]);
            }
        }
        for (int k = 0; k < kwNames.length; k++) {
            if (staticKeyword[k]) {
                out.add(kwNames[k]);
                out.add(kwValues[k]);
            }
        }
        return out;
    }

    /** The full argument lists again, with the dynamic part replaced by {@code dynamic} (the rebuilt tree). */
    @TruffleBoundary
    Object[][] merge(PTuple dynamic) {
        Object[] dynArgs = ((PTuple) dynamic.get(0)).items();
        PDict dynKw = (PDict) dynamic.get(1);
        Object[] full = new Object[args.length];
        int d = 0;
        for (int i = 0; i < args.length; i++) {
            full[i] = staticPositional[i] ? args[i] : dynArgs[d++];
        }
        Object[] kwv = new Object[kwNames.length];
        for (int k = 0; k < kwNames.length; k++) {
            kwv[k] = staticKeyword[k] ? kwValues[k] : dynKw.get(kwNames[k]);
        }
        return new Object[][]{full, kwv};
    }

    /** Names of the flattened dynamic arguments for error messages ({@code x}, {@code p[0]}). */
    @TruffleBoundary
    List<String> argNames(Object fun, PyTreeDef dynDef, PyTrees trees) {
        List<String> paths = trees.keyPaths(dynDef);
        String[] params = fun instanceof PFunction f ? f.getSignature().names() : new String[0];
        Signature sig = fun instanceof PFunction f ? f.getSignature() : null;
        List<String> names = new ArrayList<>();
        List<String> positionalNames = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!staticPositional[i]) {
                String name;
                if (sig != null && i < sig.positionalCount()) {
                    name = params[i];
                } else if (sig != null && sig.hasVarArgs()) {
                    name = params[sig.varArgsIndex()] + "[" + (i - sig.positionalCount()) + "]";
                } else {
                    name = "args[" + i + "]";
                }
                positionalNames.add(name);
            }
        }
        for (String p : paths) {
            names.add(rename(p, positionalNames));
        }
        return names;
    }

    /** Turns a key path of the {@code (args, kwargs)} tree into JAX's argument naming. */
    private static String rename(String path, List<String> positionalNames) {
        if (path.startsWith("[0][")) {
            int close = path.indexOf(']', 4);
            int index = Integer.parseInt(path.substring(4, close));
            return positionalNames.get(index) + path.substring(close + 1);
        }
        if (path.startsWith("[1]['")) {
            int close = path.indexOf("']", 5);
            return path.substring(5, close) + path.substring(close + 2);
        }
        return path;
    }

    static org.jaxl.runtime.PException unhashable(Object value, String where, String fnName, Node node) {
        return PyErrors.valueError(node, "Non-hashable static arguments are not supported, as this can lead to unexpected cache-misses. Static argument (" + where + ") of type "
                        + org.jaxl.runtime.PyObjects.repr(org.jaxl.runtime.PyObjects.classOf(value)) + " for function " + fnName + " is non-hashable.");
    }
}
