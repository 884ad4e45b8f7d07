package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Binds call arguments to a {@link Signature} as CPython does: positional arguments first,
 * then keywords by name, then defaults; {@code *args} collects extra positionals into a tuple
 * and {@code **kwargs} extra keywords into a dict. Errors use CPython's messages.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** Binds a call of a Jaxl function; errors name it by its qualified name, as CPython 3.11 does. */
    @TruffleBoundary
    public static Object[] bind(PFunction fn, Object[] positional, String[] kwNames, Object[] kwValues, Node node) {
        return bind(fn, fn.getQualname(), fn.getSignature(), fn.getDefaults(), fn.getKwDefaults(), positional, kwNames, kwValues, node);
    }

    /** Binds a call of a built-in function or method. */
    @TruffleBoundary
    public static Object[] bind(PBuiltinFunction fn, Object[] positional, String[] kwNames, Object[] kwValues, Node node) {
        Signature sig = fn.getSignature();
        if (kwNames.length == 0 && isPositionalOnly(sig)) {
            checkBuiltinArity(fn, sig, fn.getDefaults().length, positional.length, node);
        }
        return bind(fn, fn.getName(), sig, fn.getDefaults(), fn.getKwDefaults(), positional, kwNames, kwValues, node);
    }

    private static boolean isPositionalOnly(Signature sig) {
        return sig.posOnlyCount() == sig.positionalCount() && !sig.hasVarArgs() && sig.kwOnlyCount() == 0 && !sig.hasVarKeywords();
    }

    /**
     * CPython's wording for a wrong argument count to a built-in taking positional arguments only:
     * {@code len() takes exactly one argument (0 given)} for one-argument functions and methods,
     * {@code divmod expected 2 arguments, got 1} for the others. A method's {@code self} does not count.
     */
    private static void checkBuiltinArity(PBuiltinFunction fn, Signature sig, int defaultCount, int given, Node node) {
        boolean method = !fn.getQualname().equals(fn.getName());
        int offset = method ? 1 : 0;
        int max = sig.positionalCount() - offset;
        int min = max - defaultCount;
        int explicit = given - offset;
        if (explicit >= min && explicit <= max || explicit < 0) {
            return;
        }
        if (min == 1 && max == 1) {
            throw PyErrors.typeError(node, fn.getQualname() + "() takes exactly one argument (" + explicit + " given)");
        }
        if (max == 0) {
            throw PyErrors.typeError(node, fn.getQualname() + "() takes no arguments (" + explicit + " given)");
        }
        String bound = min == max ? String.valueOf(max) : explicit < min ? "at least " + min : "at most " + max;
        int count = min == max || explicit < min ? min : max;
        throw PyErrors.typeError(node, fn.getName() + " expected " + bound + " argument" + (count == 1 ? "" : "s") + ", got " + explicit);
    }

    /**
     * Returns the frame arguments {@code [callee, p0, p1, …]} for a call of {@code callee} with the
     * given positional and keyword arguments; {@code fnName} names the callee in error messages.
     */
    @TruffleBoundary
    public static Object[] bind(Object callee, String fnName, Signature sig, Object[] defaults, Object[] kwDefaults, Object[] positional, String[] kwNames,
                    Object[] kwValues, Node node) {
        int n = sig.size();
        Object[] out = new Object[n + 1];
        out[0] = callee;
        int posCount = sig.positionalCount();
        int given = positional.length;
        if (given > posCount && !sig.hasVarArgs()) {
            throw tooManyPositional(fnName, sig, defaults, given, kwNames, node);
        }
        int direct = Math.min(given, posCount);
        System.arraycopy(positional, 0, out, 1, direct);
        if (sig.hasVarArgs()) {
            Object[] extra = new Object[Math.max(0, given - posCount)];
            System.arraycopy(positional, direct, extra, 0, extra.length);
            out[1 + sig.varArgsIndex()] = PTuple.of(extra);
        }
        PDict varKw = sig.hasVarKeywords() ? new PDict() : null;
        String[] names = sig.names();
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            int index = -1;
            for (int i = sig.posOnlyCount(); i < n; i++) {
                if (i == sig.varArgsIndex() || i == sig.varKeywordsIndex()) {
                    continue;
                }
                if (names[i].equals(kw)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                if (varKw != null) {
                    if (varKw.containsKey(kw)) {
                        throw PyErrors.typeError(node, fnName + "() got multiple values for keyword argument '" + kw + "'");
                    }
                    varKw.put(kw, kwValues[k]);
                    continue;
                }
                for (int i = 0; i < sig.posOnlyCount(); i++) {
                    if (names[i].equals(kw)) {
                        throw PyErrors.typeError(node, fnName + "() got some positional-only arguments passed as keyword arguments: '" + kw + "'");
                    }
                }
                throw PyErrors.typeError(node, fnName + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (out[1 + index] != null) {
                throw PyErrors.typeError(node, fnName + "() got multiple values for argument '" + kw + "'");
            }
            out[1 + index] = kwValues[k];
        }
        if (varKw != null) {
            out[1 + sig.varKeywordsIndex()] = varKw;
        }
        int firstDefault = posCount - defaults.length;
        StringBuilder missing = null;
        int missingCount = 0;
        for (int i = 0; i < posCount; i++) {
            if (out[1 + i] == null) {
                if (i >= firstDefault) {
                    out[1 + i] = defaults[i - firstDefault];
                } else {
                    missingCount++;
                    missing = appendName(missing, names[i]);
                }
            }
        }
        if (missingCount > 0) {
            throw PyErrors.typeError(node, fnName + "() missing " + missingCount + " required positional argument" + (missingCount > 1 ? "s" : "") + ": " + joinNames(missing));
        }
        int kwStart = sig.kwOnlyStart();
        for (int i = 0; i < sig.kwOnlyCount(); i++) {
            if (out[1 + kwStart + i] == null) {
                Object d = kwDefaults[i];
                if (d == null) {
                    missingCount++;
                    missing = appendName(missing, names[kwStart + i]);
                } else {
                    out[1 + kwStart + i] = d;
                }
            }
        }
        if (missingCount > 0) {
            throw PyErrors.typeError(node, fnName + "() missing " + missingCount + " required keyword-only argument" + (missingCount > 1 ? "s" : "") + ": " + joinNames(missing));
        }
        return out;
    }

    private static StringBuilder appendName(StringBuilder sb, String name) {
        StringBuilder b = sb == null ? new StringBuilder() : sb;
        if (!b.isEmpty()) {
            b.append('\u0000');
        }
        b.append('\'').append(name).append('\'');
        return b;
    }

    /** CPython's list: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    private static String joinNames(StringBuilder sb) {
        String[] parts = sb.toString().split("\u0000");
        if (parts.length == 1) {
            return parts[0];
        }
        if (parts.length == 2) {
            return parts[0] + " and " + parts[1];
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (i == parts.length - 1) {
                out.append("and ");
            }
            out.append(parts[i]);
        }
        return out.toString();
    }

    private static PException tooManyPositional(String fnName, Signature sig, Object[] defaults, int given, String[] kwNames, Node node) {
        int max = sig.positionalCount();
        int min = max - defaults.length;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwGiven = 0;
        for (String kw : kwNames) {
            for (int i = sig.kwOnlyStart(); i < sig.kwOnlyStart() + sig.kwOnlyCount(); i++) {
                if (sig.names()[i].equals(kw)) {
                    kwGiven++;
                }
            }
        }
        String msg = fnName + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s") + " but " + given;
        if (kwGiven > 0) {
            msg += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given";
        } else {
            msg += given == 1 ? " was given" : " were given";
        }
        return PyErrors.typeError(node, msg);
    }
}
