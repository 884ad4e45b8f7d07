package org.jaxl.runtime;

import java.util.Objects;

/** A function bound to {@code self}: {@code obj.method}. */
public final class PMethod extends JaxlObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public Object function() {
        return function;
    }

    /**
     * Equal when bound to the same receiver and function, as Python's bound methods compare:
     * {@code obj.method} makes a new one each time, and {@code jax.jit} and the control-flow
     * trace caches key on the function.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PMethod m && Objects.equals(m.self, self) && Objects.equals(m.function, function);
    }

    @Override
    public int hashCode() {
        return Objects.hash(self, function);
    }
}
