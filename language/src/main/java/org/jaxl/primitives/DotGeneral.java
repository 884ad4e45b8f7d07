package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.repr;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.typeError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jaxl.array.DType;
import org.jaxl.array.FInfo;
import org.jaxl.array.NDArray;
import org.jaxl.array.kernels.LaneType;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.array.kernels.MatMul;
import org.jaxl.runtime.PNone;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code dot_general[dimension_numbers=((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch))
 * precision=… preferred_element_type=…]}: a tensor contraction. The result's dimensions are the
 * batch dimensions, then the lhs's free ones, then the rhs's; its dtype is the operands' "higher
 * precision" type (XLA's rule) or the preferred element type.
 */
public final class DotGeneral extends StandardPrimitive {
    DotGeneral() {
        super("dot_general");
    }

    static void registerAll() {
        PrimitiveRegistry.register(new DotGeneral());
    }

    /** The four dimension lists, as given (for messages) and as ints. */
    private record Dims(Object lhsContracting, Object rhsContracting, Object lhsBatch, Object rhsBatch, int[] lc, int[] rc, int[] lb, int[] rb) {
        static Dims of(Params params) {
            Object[] outer = PrimitiveSupport.items(params.get("dimension_numbers"));
            Object[] contracting = PrimitiveSupport.items(outer[0]);
            Object[] batch = PrimitiveSupport.items(outer[1]);
            return new Dims(contracting[0], contracting[1], batch[0], batch[1], PrimitiveSupport.ints(contracting[0]), PrimitiveSupport.ints(contracting[1]),
                            PrimitiveSupport.ints(batch[0]), PrimitiveSupport.ints(batch[1]));
        }
    }

    private static boolean allInRange(int[] dims, int rank) {
        for (int d : dims) {
            if (d < 0 || d >= rank) {
                return false;
            }
        }
        return true;
    }

    private static Set<Integer> set(int[] dims) {
        Set<Integer> s = new HashSet<>();
        for (int d : dims) {
            s.add(d);
        }
        return s;
    }

    private static int[] select(int[] shape, int[] dims) {
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = shape[dims[i]];
        }
        return out;
    }

    /** The dimensions of a rank-{@code rank} operand that are neither contracted nor batched, in order. */
    private static int[] free(int rank, int[] contracting, int[] batch) {
        Set<Integer> used = set(contracting);
        used.addAll(set(batch));
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            if (!used.contains(d)) {
                out.add(d);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
        ShapedArray lhs = avals[0];
        ShapedArray rhs = avals[1];
        Dims d = Dims.of(params);
        if (!allInRange(d.lc(), lhs.ndim()) || !allInRange(d.lb(), lhs.ndim())) {
            throw typeError(node, "dot_general requires lhs dimension numbers to be nonnegative and less than the number of axes of the lhs value, got lhs_batch of "
                            + repr(d.lhsBatch()) + " and lhs_contracting of " + repr(d.lhsContracting()) + " for lhs of rank " + lhs.ndim());
        }
        if (!allInRange(d.rc(), rhs.ndim()) || !allInRange(d.rb(), rhs.ndim())) {
            throw typeError(node, "dot_general requires rhs dimension numbers to be nonnegative and less than the number of axes of the rhs value, got rhs_batch of "
                            + repr(d.rhsBatch()) + " and rhs_contracting of " + repr(d.rhsContracting()) + " for rhs of rank " + rhs.ndim());
        }
        if (d.lb().length != d.rb().length) {
            throw typeError(node, "dot_general requires equal numbers of lhs_batch and rhs_batch dimensions, got lhs_batch " + repr(d.lhsBatch()) + " and rhs_batch "
                            + repr(d.rhsBatch()) + ".");
        }
        if (set(d.lb()).size() != d.lb().length) {
            throw typeError(node, "dot_general requires lhs batch dimensions to be distinct, got lhs_batch " + repr(d.lhsBatch()) + ".");
        }
        if (set(d.rb()).size() != d.rb().length) {
            throw typeError(node, "dot_general requires rhs batch dimensions to be distinct, got rhs_batch " + repr(d.rhsBatch()) + ".");
        }
        if (set(d.lc()).size() != d.lc().length) {
            throw typeError(node, "dot_general requires lhs contracting dimensions to be distinct, got lhs_contracting " + repr(d.lhsContracting()) + ".");
        }
        if (set(d.rc()).size() != d.rc().length) {
            throw typeError(node, "dot_general requires rhs contracting dimensions to be distinct, got rhs_contracting " + repr(d.rhsContracting()) + ".");
        }
        Set<Integer> lhsOverlap = set(d.lc());
        lhsOverlap.retainAll(set(d.lb()));
        if (!lhsOverlap.isEmpty()) {
            throw typeError(node, "dot_general requires lhs batch dimensions to be disjoint from contracting dimensions, got lhs_batch " + repr(d.lhsBatch())
                            + " and lhs_contracting " + repr(d.lhsContracting()) + ".");
        }
        Set<Integer> rhsOverlap = set(d.rc());
        rhsOverlap.retainAll(set(d.rb()));
        if (!rhsOverlap.isEmpty()) {
            throw typeError(node, "dot_general requires rhs batch dimensions to be disjoint from contracting dimensions, got rhs_batch " + repr(d.rhsBatch())
                            + " and rhs_contracting " + repr(d.rhsContracting()) + ".");
        }
        int[] lhsBatchShape = select(lhs.shape(), d.lb());
        int[] rhsBatchShape = select(rhs.shape(), d.rb());
        if (!java.util.Arrays.equals(lhsBatchShape, rhsBatchShape)) {
            throw typeError(node, "dot_general requires lhs batch dimensions and rhs batch dimensions to have the same shape, got "
                            + PrimitiveSupport.shape(lhsBatchShape) + " and " + PrimitiveSupport.shape(rhsBatchShape) + ".");
        }
        int[] lhsContractingShape = select(lhs.shape(), d.lc());
        int[] rhsContractingShape = select(rhs.shape(), d.rc());
        if (!java.util.Arrays.equals(lhsContractingShape, rhsContractingShape)) {
            throw typeError(node, "dot_general requires contracting dimensions to have the same shape, got " + PrimitiveSupport.shape(lhsContractingShape) + " and "
                            + PrimitiveSupport.shape(rhsContractingShape) + ".");
        }
        int[] lhsFree = select(lhs.shape(), free(lhs.ndim(), d.lc(), d.lb()));
        int[] rhsFree = select(rhs.shape(), free(rhs.ndim(), d.rc(), d.rb()));
        int[] out = new int[lhsBatchShape.length + lhsFree.length + rhsFree.length];
        System.arraycopy(lhsBatchShape, 0, out, 0, lhsBatchShape.length);
        System.arraycopy(lhsFree, 0, out, lhsBatchShape.length, lhsFree.length);
        System.arraycopy(rhsFree, 0, out, lhsBatchShape.length + lhsFree.length, rhsFree.length);
        return out;
    }

    /** XLA's {@code HigherPrecisionType} ordering: (complex, max exponent, mantissa bits, bit width, signed). */
    private static int[] typeProperties(DType dtype) {
        DType c = ElementwisePrimitives.complexBase(dtype);
        boolean floating = c.isFloating();
        FInfo info = floating ? FInfo.of(c) : null;
        return new int[]{dtype.isComplex() ? 1 : 0, floating ? info.maxexp() : -1, floating ? info.nmant() : -1, bitWidth(c), c.isUnsigned() ? 0 : 1};
    }

    private static int bitWidth(DType dtype) {
        return dtype.isBool() ? 1 : dtype.itemSize() * 8;
    }

    @Override
    protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
        DType lhs = avals[0].dtype();
        DType rhs = avals[1].dtype();
        int cmp = java.util.Arrays.compare(typeProperties(lhs), typeProperties(rhs));
        DType result;
        if (cmp > 0) {
            result = lhs;
        } else if (cmp < 0) {
            result = rhs;
        } else {
            if (lhs != rhs) {
                throw typeError(node, "lax.dot_general argument type error: " + lhs + ", " + rhs);
            }
            result = lhs;
        }
        Object preferred = params.getOrNull("preferred_element_type");
        if (preferred == null || preferred == PNone.NONE || preferred == result) {
            return result;
        }
        DType p = (DType) preferred;
        if (!result.isFloating() && bitWidth(p) < bitWidth(result)) {
            throw typeError(node, "`preferred_element_type` must not be narrower than the original type, got preferred_element_type of " + p
                            + " for result type of " + result + ".");
        }
        return p;
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
        Dims d = Dims.of(params);
        DType dtype = out.dtype();
        NDArray lhs = PrimitiveSupport.convert(args[0], dtype);
        NDArray rhs = PrimitiveSupport.convert(args[1], dtype);
        int[] lhsFree = free(lhs.ndim(), d.lc(), d.lb());
        int[] rhsFree = free(rhs.ndim(), d.rc(), d.rb());
        int batch = product(select(lhs.shape(), d.lb()));
        int m = product(select(lhs.shape(), lhsFree));
        int k = product(select(lhs.shape(), d.lc()));
        int n = product(select(rhs.shape(), rhsFree));
        NDArray a = Layout.transposeView(lhs, concat(d.lb(), lhsFree, d.lc()));
        NDArray b = Layout.transposeView(rhs, concat(d.rb(), d.rc(), rhsFree));
        Object c = MatMul.multiply(LaneType.of(dtype), Lanes.load(a), Lanes.load(b), batch, m, k, n);
        return new NDArray[]{result(out, Lanes.encode(dtype, c, out.size()))};
    }

    private static int product(int[] dims) {
        int p = 1;
        for (int d : dims) {
            p *= d;
        }
        return p;
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
