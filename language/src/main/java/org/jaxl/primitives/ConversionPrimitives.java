package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.canonical;
import static org.jaxl.primitives.PrimitiveSupport.result;

import org.jaxl.array.ArrayPrinter;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.kernels.Conversions;
import org.jaxl.array.kernels.Layout;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code convert_element_type} with its tracing rules, {@code bitcast_convert_type} and {@code reduce_precision}. */
public final class ConversionPrimitives {
    private ConversionPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new ConvertElementType());
        PrimitiveRegistry.register(new BitcastConvertType());
        PrimitiveRegistry.register(new ReducePrecision());
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
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(a)}, params, node)[0];
            if (a.dtype() == out.dtype()) {
                return new NDArray[]{PrimitiveSupport.viewResult(out, a)};
            }
            return new NDArray[]{result(out, Conversions.convert(a.dtype(), Layout.contiguousData(a), a.size(), out.dtype()))};
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

    /** {@code bitcast_convert_type[new_dtype=…]}: reinterprets bits; a size change adds or removes a trailing dimension. */
    static final class BitcastConvertType extends StandardPrimitive {
        BitcastConvertType() {
            super("bitcast_convert_type");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray operand = avals[0];
            DType oldDtype = canonical(operand.dtype(), node);
            DType newDtype = canonical(params.getDType("new_dtype"), node);
            int[] shape = operand.shape();
            if (oldDtype.itemSize() == newDtype.itemSize()) {
                return shape;
            }
            if (oldDtype.itemSize() > newDtype.itemSize()) {
                int[] out = java.util.Arrays.copyOf(shape, shape.length + 1);
                out[shape.length] = oldDtype.itemSize() / newDtype.itemSize();
                return out;
            }
            int dimSize = shape.length > 0 ? shape[shape.length - 1] : 1;
            if (dimSize * oldDtype.itemSize() != newDtype.itemSize()) {
                throw PrimitiveSupport.valueError(node, "Attempting to convert array of shape " + PrimitiveSupport.shape(shape) + " from " + oldDtype + " of size "
                                + oldDtype.itemSize() + " to " + newDtype + " of size " + newDtype.itemSize() + ", but " + dimSize + " * " + oldDtype.itemSize()
                                + " != " + newDtype.itemSize());
            }
            return java.util.Arrays.copyOf(shape, Math.max(0, shape.length - 1));
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            DType oldDtype = canonical(avals[0].dtype(), node);
            DType newDtype = canonical(params.getDType("new_dtype"), node);
            boolean special = oldDtype.isBool() || oldDtype.isComplex() || newDtype.isBool() || newDtype.isComplex();
            if (special && oldDtype != newDtype) {
                throw PrimitiveSupport.typeError(node, "lax.bitcast_convert_type does not support bool or complex values unless the operand and destination types match. Got operand dtype="
                                + oldDtype + ", new_dtype=" + ArrayPrinter.dtypeRepr(newDtype) + ". Consider using the arr.view() method instead.");
            }
            return newDtype;
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            return false;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            NDArray a = args[0];
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(a)}, params, node)[0];
            Object data = Layout.contiguousData(a);
            if (a.dtype().itemSize() == out.dtype().itemSize() && a.dtype().allocate(0).getClass() == out.dtype().allocate(0).getClass()) {
                return new NDArray[]{result(out, data)};
            }
            return new NDArray[]{result(out, Conversions.bitcast(a.dtype(), data, a.size(), out.dtype()))};
        }
    }

    /** {@code reduce_precision[exponent_bits=… mantissa_bits=…]}: rounds floats to a narrower format, keeping the dtype. */
    static final class ReducePrecision extends StandardPrimitive {
        ReducePrecision() {
            super("reduce_precision");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            int exponentBits = PrimitiveSupport.toInt(params.get("exponent_bits"));
            int mantissaBits = PrimitiveSupport.toInt(params.get("mantissa_bits"));
            if (exponentBits < 1) {
                throw PrimitiveSupport.valueError(node, "reduce_precision: exponent_bits must be positive; got " + exponentBits);
            }
            if (mantissaBits < 0) {
                throw PrimitiveSupport.valueError(node, "reduce_precision: mantissa_bits must be non-negative; got " + mantissaBits);
            }
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            ElementwisePrimitives.checkUnaryDtype(name(), avals[0], Accepted.FLOAT, node);
            return canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            NDArray a = PrimitiveSupport.convert(args[0], out.dtype());
            Object data = Conversions.reducePrecision(a.dtype(), Layout.contiguousData(a), a.size(), PrimitiveSupport.toInt(params.get("exponent_bits")),
                            PrimitiveSupport.toInt(params.get("mantissa_bits")));
            return new NDArray[]{result(out, data)};
        }
    }
}
