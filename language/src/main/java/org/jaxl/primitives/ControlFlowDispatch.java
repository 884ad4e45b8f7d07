package org.jaxl.primitives;

import org.jaxl.array.NDArray;

import com.oracle.truffle.api.nodes.Node;

/**
 * How {@code cond}, {@code while} and {@code scan} applied outside jit run: JAX registers
 * {@code dispatch.apply_primitive} as their impl, which compiles the one application as a unit
 * and runs it. Compiling belongs to the jit package, which installs itself here when the
 * {@code _jaxl} module is created; until then the primitives evaluate their jaxprs equation by
 * equation.
 */
public final class ControlFlowDispatch {
    /** Runs one application of a control-flow primitive on concrete operands as a compiled unit. */
    @FunctionalInterface
    public interface Compiled {
        NDArray[] apply(Primitive primitive, NDArray[] args, Params params, Node node);
    }

    private static volatile Compiled compiled;

    private ControlFlowDispatch() {
    }

    public static void install(Compiled dispatch) {
        compiled = dispatch;
    }

    /**
     * The results of the compiled application, or null when no compiler is installed. Besides the
     * control-flow primitives, every primitive applied outside jit comes here when the
     * {@code jaxl.CompiledDispatch} option is on.
     */
    public static NDArray[] apply(Primitive primitive, NDArray[] args, Params params, Node node) {
        Compiled d = compiled;
        return d == null ? null : d.apply(primitive, args, params, node);
    }
}
