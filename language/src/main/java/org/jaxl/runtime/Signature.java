package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameter list of a function, in frame order: positional parameters (the first
 * {@code posOnlyCount} of them positional-only), then {@code *args} if present, then keyword-only
 * parameters, then {@code **kwargs} if present. Callers bind arguments to this order; the callee
 * finds parameter {@code i} at {@code frame.getArguments()[i + 1]}.
 */
public final class Signature {
    @CompilationFinal(dimensions = 1) private final String[] names;
    private final int posOnlyCount;
    private final int positionalCount;
    private final boolean varArgs;
    private final int kwOnlyCount;
    private final boolean varKeywords;

    public Signature(String[] names, int posOnlyCount, int positionalCount, boolean varArgs, int kwOnlyCount, boolean varKeywords) {
        this.names = names;
        this.posOnlyCount = posOnlyCount;
        this.positionalCount = positionalCount;
        this.varArgs = varArgs;
        this.kwOnlyCount = kwOnlyCount;
        this.varKeywords = varKeywords;
    }

    /** A signature of {@code n} plain positional parameters. */
    public static Signature positional(String... names) {
        return new Signature(names, 0, names.length, false, 0, false);
    }

    public String[] names() {
        return names;
    }

    /** Total number of parameter slots. */
    public int size() {
        return names.length;
    }

    public int posOnlyCount() {
        return posOnlyCount;
    }

    public int positionalCount() {
        return positionalCount;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public int varArgsIndex() {
        return varArgs ? positionalCount : -1;
    }

    public int kwOnlyStart() {
        return positionalCount + (varArgs ? 1 : 0);
    }

    public int kwOnlyCount() {
        return kwOnlyCount;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    public int varKeywordsIndex() {
        return varKeywords ? names.length - 1 : -1;
    }

    /** True when a call with exactly {@code n} positional arguments and nothing else binds one to one. */
    public boolean acceptsExactlyPositional(int n) {
        return n == positionalCount && !varArgs && kwOnlyCount == 0 && !varKeywords;
    }
}
