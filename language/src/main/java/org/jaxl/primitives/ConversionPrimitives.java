package org.jaxl.primitives;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Storage;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code convert_element_type} and its tracing rules. */
public final class ConversionPrimitives {
    private ConversionPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new ConvertElementType());
    }

    /** {@code convert_element_type[new_dtype=… weak_type=…]}. */
    static final class ConvertElementType extends StandardPrimitive {
        ConvertElementType() {
            super("convert_element_type");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            return params.getDType("new_dtype");
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return params.getBoolean("weak_type");
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            NDArray a = args[0];
            DType to = params.getDType("new_dtype");
            Object data = to.allocate(a.size());
            for (int i = 0; i < a.size(); i++) {
                if (a.dtype().isInteger() && to.isInteger() || a.dtype().isBool()) {
                    Storage.setLong(to, data, i, a.getLong(i));
                } else {
                    Storage.setDouble(to, data, i, a.getDouble(i));
                }
            }
            return new NDArray[]{NDArray.of(to, a.shape(), data, params.getBoolean("weak_type"))};
        }

        /**
         * JAX's {@code _convert_elt_type_folding_rule}: a conversion of a Python scalar or
         * NumPy-style 0-d constant folds into a constant (a Python scalar again when the
         * result is weakly typed).
         */
        @Override
        public Object[] constFold(Object[] constInputs, JaxprEqn eqn) {
            Object c = constInputs[0];
            boolean isPython = c instanceof Long || c instanceof Double || c instanceof Boolean;
            boolean isNumpy0d = c instanceof NDArray a && a.isNumpy() && a.ndim() == 0;
            if (!isPython && !isNumpy0d) {
                return null;
            }
            Var out = eqn.outvars().get(0);
            return Folding.convertConstant(c, eqn.params().getDType("new_dtype"), out.aval().weakType(), out.aval().dtype());
        }

        /** JAX's {@code _convert_elt_type_fwd_rule}: converting to the same dtype and weak type is the identity. */
        @Override
        public Var[] forward(JaxprEqn eqn) {
            if (!(eqn.invars().get(0) instanceof Var v)) {
                return null;
            }
            if (v.aval().dtype() == eqn.params().getDType("new_dtype") && v.aval().weakType() == eqn.params().getBoolean("weak_type")) {
                return new Var[]{v};
            }
            return null;
        }
    }
}
