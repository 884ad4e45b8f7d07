package org.jaxl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/** A function defined in Jaxl code (by {@code def} or {@code lambda}), with its defaults and closure. */
public final class PFunction extends JaxlObject {
    private String name;
    private String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @CompilationFinal(dimensions = 1) private final Object[] defaults;
    @CompilationFinal(dimensions = 1) private final Object[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final PCell[] closure;
    private final PModule module;
    private final int firstLine;
    private PDict attributes;
    private PClass definingClass;

    public PFunction(String name, String qualname, RootCallTarget callTarget, Signature signature, Object[] defaults, Object[] kwDefaults, PCell[] closure, PModule module,
                    int firstLine) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.module = module;
        this.firstLine = firstLine;
    }

    public String getName() {
        return name;
    }

    /** {@code f.__name__ = …} (as {@code functools.wraps} does). */
    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Defaults of the last positional parameters. */
    public Object[] getDefaults() {
        return defaults;
    }

    /** One entry per keyword-only parameter, null where it has no default. */
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public PModule getModule() {
        return module;
    }

    /** The line of the {@code def} (or {@code lambda}), as JAX reports it in tracing errors. */
    public int getFirstLine() {
        return firstLine;
    }

    /** The function's {@code __dict__}, created on first use. */
    public PDict getAttributes() {
        if (attributes == null) {
            attributes = new PDict();
        }
        return attributes;
    }

    public boolean hasAttributes() {
        return attributes != null;
    }

    public PClass getDefiningClass() {
        return definingClass;
    }

    public void setDefiningClass(PClass definingClass) {
        this.definingClass = definingClass;
    }
}
