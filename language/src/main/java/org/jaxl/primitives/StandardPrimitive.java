package org.jaxl.primitives;

import org.jaxl.array.DType;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.nodes.Node;

/**
 * A single-result primitive whose abstract evaluation is JAX's {@code standard_abstract_eval}:
 * a shape rule, a dtype rule and a weak-type rule (by default: weak only if every operand is).
 */
public abstract class StandardPrimitive extends Primitive {
    protected StandardPrimitive(String name) {
        super(name, false);
    }

    protected abstract int[] shapeRule(ShapedArray[] avals, Params params, Node node);

    protected abstract DType dtypeRule(ShapedArray[] avals, Params params, Node node);

    protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
        for (ShapedArray a : avals) {
            if (!a.weakType()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        boolean weak = weakTypeRule(avals, params);
        DType dtype = dtypeRule(avals, params, node);
        int[] shape = shapeRule(avals, params, node);
        return new ShapedArray[]{new ShapedArray(shape, dtype, weak)};
    }
}
