package org.jaxl.primitives;

import org.jaxl.array.NDArray;
import org.jaxl.runtime.JaxlObject;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.nodes.Node;

/**
 * A JAX primitive ({@code add}, {@code exp}, {@code reduce_sum}, {@code pjit}…): its name, its
 * abstract evaluation (shapes, dtypes and weak types in to out, raising JAX's errors), its eager
 * kernel, and the optional rules tracing applies (constant folding, forwarding). Applications go
 * through {@link Bind#bind}, the single door.
 */
public abstract class Primitive extends JaxlObject {
    private final String name;
    private final boolean multipleResults;

    protected Primitive(String name, boolean multipleResults) {
        this.name = name;
        this.multipleResults = multipleResults;
    }

    public final String name() {
        return name;
    }

    /** True when bind returns a list of results rather than one value. */
    public final boolean multipleResults() {
        return multipleResults;
    }

    /** Abstract evaluation: the avals of the results. Raises JAX's TypeError/ValueError texts for bad input. */
    public abstract ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node);

    /** Eager evaluation on concrete arrays. */
    public abstract NDArray[] impl(NDArray[] args, Params params, Node node);

    /**
     * Constant folding while a jaxpr is finalized ({@code pe.const_fold_rules}): given the known
     * constant inputs (null where not constant), returns the constant outputs, or null to keep
     * the equation.
     */
    public Object[] constFold(Object[] constInputs, JaxprEqn eqn) {
        return null;
    }

    /**
     * Forwarding ({@code pe.forwarding_rules}): outputs that are just one of the inputs; returns
     * null to keep the equation.
     */
    public Var[] forward(JaxprEqn eqn) {
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
