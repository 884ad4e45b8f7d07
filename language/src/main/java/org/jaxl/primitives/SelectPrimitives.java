package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.lanes;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.typeError;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.kernels.BinaryOp;
import org.jaxl.array.kernels.Elementwise;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.array.kernels.Selection;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code select_n} and {@code clamp}. */
public final class SelectPrimitives {
    private SelectPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new SelectN());
        PrimitiveRegistry.register(new Clamp());
    }

    /** {@code select_n(which, *cases)}: a bool or integer selector picking among same-shaped cases. */
    static final class SelectN extends StandardPrimitive {
        SelectN() {
            super("select_n");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            if (avals.length < 2) {
                throw typeError(node, "select must have at least one case");
            }
            int[] caseShape = avals[1].shape();
            for (int i = 2; i < avals.length; i++) {
                if (!Arrays.equals(avals[i].shape(), caseShape)) {
                    StringBuilder shapes = new StringBuilder();
                    for (int k = 1; k < avals.length; k++) {
                        shapes.append(k > 1 ? ", " : "").append(PrimitiveSupport.shape(avals[k].shape()));
                    }
                    throw typeError(node, "select cases must have the same shapes, got [" + shapes + "].");
                }
            }
            ShapedArray which = avals[0];
            if (which.ndim() > 0 && !Arrays.equals(which.shape(), caseShape)) {
                throw typeError(node, "select `which` must be scalar or have the same shape as cases, got `which` shape " + PrimitiveSupport.shape(which.shape())
                                + " but case shape " + PrimitiveSupport.shape(caseShape) + ".");
            }
            return caseShape;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            if (avals.length < 2) {
                throw typeError(node, "select must have at least one case");
            }
            ShapedArray[] cases = Arrays.copyOfRange(avals, 1, avals.length);
            ShapeRules.checkSameDtypes("select", cases, node, PrimitiveSupport.x64(node));
            DType which = avals[0].dtype();
            if (!which.isBool() && !which.isInteger()) {
                throw typeError(node, "select `which` must be boolean or integer type, got " + which.jaxName() + ".");
            }
            if (which.isBool() && cases.length > 2) {
                throw typeError(node, "select with boolean `which` cannot have > 2 cases.");
            }
            return cases[0].dtype();
        }

        @Override
        protected boolean weakTypeRule(ShapedArray[] avals, Params params) {
            for (int i = 1; i < avals.length; i++) {
                if (!avals[i].weakType()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] avals = new ShapedArray[args.length];
            for (int i = 0; i < args.length; i++) {
                avals[i] = ShapedArray.of(args[i]);
            }
            ShapedArray out = abstractEval(avals, params, node)[0];
            NDArray which = args[0];
            int n = out.size();
            DType dtype = ElementwisePrimitives.commonDtype("select", Arrays.copyOfRange(args, 1, args.length), node);
            if (which.ndim() == 0) {
                long k = which.dtype() == DType.UINT64 && which.getLong(0) < 0 ? Long.MAX_VALUE : which.getLong(0);
                int pick = 1 + (int) Math.max(0, Math.min(args.length - 2, k));
                return new NDArray[]{PrimitiveSupport.viewResult(out, PrimitiveSupport.convert(args[pick], dtype))};
            }
            int[] selector = selectorLanes(which);
            Object[] cases = new Object[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                cases[i - 1] = Layout.contiguousData(PrimitiveSupport.convert(args[i], dtype));
            }
            return new NDArray[]{result(out, Selection.select(selector, cases, n, dtype.slotsPerElement()))};
        }

        /** The selector as ints, unsigned values beyond int range clamped to the last case. */
        private static int[] selectorLanes(NDArray which) {
            Object lanes = Lanes.load(which);
            if (lanes instanceof int[] w) {
                if (which.dtype() == DType.UINT32) {
                    int[] out = new int[w.length];
                    for (int i = 0; i < w.length; i++) {
                        out[i] = w[i] < 0 ? Integer.MAX_VALUE : w[i];
                    }
                    return out;
                }
                return w;
            }
            long[] l = (long[]) lanes;
            boolean unsigned = which.dtype() == DType.UINT64;
            int[] out = new int[l.length];
            for (int i = 0; i < l.length; i++) {
                long v = unsigned && l[i] < 0 ? Long.MAX_VALUE : l[i];
                out[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
            }
            return out;
        }
    }

    /** {@code clamp(min, x, max)}: {@code min(max(x, min), max)}; bounds are scalars or shaped like x. */
    static final class Clamp extends StandardPrimitive {
        Clamp() {
            super("clamp");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            ShapedArray min = avals[0];
            ShapedArray operand = avals[1];
            ShapedArray max = avals[2];
            if (min.ndim() > 0 && !Arrays.equals(min.shape(), operand.shape())) {
                throw typeError(node, "clamp requires min.shape == operand.shape or min.shape == (), got min.shape=" + PrimitiveSupport.shape(min.shape())
                                + ", operand.shape=" + PrimitiveSupport.shape(operand.shape()) + ".");
            }
            if (max.ndim() > 0 && !Arrays.equals(max.shape(), operand.shape())) {
                throw typeError(node, "clamp requires max.shape == operand.shape or max.shape == (), got max.shape=" + PrimitiveSupport.shape(max.shape())
                                + ", operand.shape=" + PrimitiveSupport.shape(operand.shape()) + ".");
            }
            return operand.shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            for (int i = 0; i < 3; i++) {
                ElementwisePrimitives.checkOperandDtype(name(), avals[i], i, Accepted.ANY, node);
            }
            ShapeRules.checkSameDtypes(name(), avals, node, PrimitiveSupport.x64(node));
            return PrimitiveSupport.canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1]), ShapedArray.of(args[2])}, params, node)[0];
            int n = out.size();
            DType dtype = out.dtype();
            Object lo = lanes(args[0], dtype, out.shape());
            Object x = lanes(args[1], dtype, out.shape());
            Object hi = lanes(args[2], dtype, out.shape());
            Object y = Elementwise.binary(BinaryOp.MIN, dtype, Elementwise.binary(BinaryOp.MAX, dtype, x, lo, n), hi, n);
            return new NDArray[]{result(out, Lanes.encode(dtype, y, n))};
        }
    }
}
