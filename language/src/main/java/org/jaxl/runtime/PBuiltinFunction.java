package org.jaxl.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A function implemented in Java: a built-in ({@code len}, {@code math.sqrt}) or a method of a
 * built-in type ({@code list.append}). Its call target is created on first call, so defining
 * hundreds of built-ins costs nothing at start-up.
 */
public final class PBuiltinFunction extends JaxlObject {
    private final String name;
    private final String qualname;
    private final Signature signature;
    @CompilationFinal(dimensions = 1) private final Object[] defaults;
    @CompilationFinal(dimensions = 1) private final Object[] kwDefaults;
    private final Supplier<RootCallTarget> callTargetFactory;
    @CompilationFinal private RootCallTarget callTarget;

    public PBuiltinFunction(String name, String qualname, Signature signature, Object[] defaults, Object[] kwDefaults, Supplier<RootCallTarget> callTargetFactory) {
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.callTargetFactory = callTargetFactory;
    }

    public String getName() {
        return name;
    }

    /** {@code list.append} for methods, the plain name for functions. */
    public String getQualname() {
        return qualname;
    }

    public Signature getSignature() {
        return signature;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public RootCallTarget getCallTarget() {
        if (callTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            callTarget = callTargetFactory.get();
        }
        return callTarget;
    }
}
