package org.jaxl.primitives;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.NDArray;
import org.jaxl.array.Storage;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Elementwise primitives: JAX's {@code unop} and {@code naryop} families. */
public final class ElementwisePrimitives {
    private ElementwisePrimitives() {
    }

    /** The dtype categories of {@code lax.py} ({@code _float}, {@code _num}…) as {@code issubdtype} names. */
    static final String[] FLOAT_COMPLEX = {"floating", "complexfloating"};
    static final String[] NUM = {"integer", "floating", "complexfloating"};

    static void registerAll() {
        PrimitiveRegistry.register(new Unary("exp", FLOAT_COMPLEX, Math::exp));
        PrimitiveRegistry.register(new Unary("log", FLOAT_COMPLEX, Math::log));
        PrimitiveRegistry.register(new Unary("neg", NUM, x -> -x));
        PrimitiveRegistry.register(new Binary("add", NUM, Double::sum));
        PrimitiveRegistry.register(new Binary("sub", NUM, (a, b) -> a - b));
        PrimitiveRegistry.register(new Binary("mul", NUM, (a, b) -> a * b));
        PrimitiveRegistry.register(new Binary("div", NUM, (a, b) -> a / b));
    }

    @TruffleBoundary
    static void checkAccepted(String name, DType dtype, String[] accepted, int position, Node node) {
        for (String category : accepted) {
            if (DTypes.issubdtype(dtype, category)) {
                return;
            }
        }
        String list = String.join(", ", accepted);
        if (position < 0) {
            throw PyErrors.typeError(node, name + " does not accept dtype " + dtype.jaxName() + ". Accepted dtypes are subtypes of " + list + ".");
        }
        throw PyErrors.typeError(node, name + " does not accept dtype " + dtype.jaxName() + " at position " + position + ". Accepted dtypes at position " + position
                        + " are subtypes of " + list + ".");
    }

    /** A unary elementwise primitive. */
    static final class Unary extends StandardPrimitive {
        private final String[] accepted;
        private final DoubleUnaryOperator op;

        Unary(String name, String[] accepted, DoubleUnaryOperator op) {
            super(name);
            this.accepted = accepted;
            this.op = op;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkAccepted(name(), avals[0].dtype(), accepted, -1, node);
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            NDArray a = args[0];
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(a)}, params, node)[0];
            Object data = out.dtype().allocate(a.size());
            for (int i = 0; i < a.size(); i++) {
                Storage.setDouble(out.dtype(), data, i, op.applyAsDouble(a.getDouble(i)));
            }
            return new NDArray[]{NDArray.of(out.dtype(), out.shape(), data, out.weakType())};
        }
    }

    /** A binary elementwise primitive over operands of one dtype (scalars broadcast). */
    static final class Binary extends StandardPrimitive {
        private final String[] accepted;
        private final DoubleBinaryOperator op;

        Binary(String name, String[] accepted, DoubleBinaryOperator op) {
            super(name);
            this.accepted = accepted;
            this.op = op;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return ShapeRules.broadcasting(name(), avals, node);
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            for (int i = 0; i < avals.length; i++) {
                checkAccepted(name(), avals[i].dtype(), accepted, i, node);
            }
            ShapeRules.checkSameDtypes(name(), avals, node, JaxlContext.get(node).getConfig().enableX64());
            return avals[0].dtype();
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            NDArray a = args[0];
            NDArray b = args[1];
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(a), ShapedArray.of(b)}, params, node)[0];
            int n = out.size();
            Object data = out.dtype().allocate(n);
            for (int i = 0; i < n; i++) {
                double x = a.size() == 1 ? a.getDouble(0) : a.getDouble(i);
                double y = b.size() == 1 ? b.getDouble(0) : b.getDouble(i);
                Storage.setDouble(out.dtype(), data, i, op.applyAsDouble(x, y));
            }
            return new NDArray[]{NDArray.of(out.dtype(), out.shape(), data, out.weakType())};
        }
    }
}
