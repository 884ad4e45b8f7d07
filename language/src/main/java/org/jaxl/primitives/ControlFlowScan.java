package org.jaxl.primitives;

import java.util.List;

import org.jaxl.array.NDArray;
import org.jaxl.array.Storage;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code scan[_split_transpose=… jaxpr=… length=… linear=… num_carry=… num_consts=… reverse=… unroll=…]
 * *consts *init *xs}: JAX's {@code scan_p} ({@code lax/control_flow/loops.py}). The body takes the
 * constants, the carry and one slice of each {@code xs} along the leading axis, and returns the new
 * carry and one slice of each output, which are stacked along a new leading axis of size
 * {@code length}. {@code reverse} walks the slices from the end; {@code unroll} changes only how
 * XLA lays the loop out, not the result.
 */
public final class ControlFlowScan extends Primitive {
    public static final ControlFlowScan INSTANCE = new ControlFlowScan();

    private ControlFlowScan() {
        super("scan", true);
    }

    /** JAX's {@code _scan_abstract_eval}: the carry's types, then each output slice's type with a leading {@code length} axis. */
    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        List<ShapedArray> bodyOut = params.getJaxpr("jaxpr").outAvals();
        int numCarry = params.getInt("num_carry");
        int length = params.getInt("length");
        ShapedArray[] out = new ShapedArray[bodyOut.size()];
        for (int i = 0; i < out.length; i++) {
            ShapedArray a = bodyOut.get(i);
            out[i] = i < numCarry ? a : a.withShape(prepend(length, a.shape()));
        }
        return out;
    }

    static int[] prepend(int n, int[] shape) {
        int[] out = new int[shape.length + 1];
        out[0] = n;
        System.arraycopy(shape, 0, out, 1, shape.length);
        return out;
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        NDArray[] compiled = ControlFlowDispatch.apply(this, args, params, node);
        if (compiled != null) {
            return compiled;
        }
        ClosedJaxpr body = params.getJaxpr("jaxpr");
        int numConsts = params.getInt("num_consts");
        int numCarry = params.getInt("num_carry");
        int length = params.getInt("length");
        boolean reverse = params.getBoolean("reverse");
        Object[] consts = ControlFlowBodies.slice(args, 0, numConsts);
        Object[] carry = ControlFlowBodies.slice(args, numConsts, numConsts + numCarry);
        NDArray[] xs = java.util.Arrays.copyOfRange(args, numConsts + numCarry, args.length);
        List<ShapedArray> bodyOut = body.outAvals();
        List<ShapedArray> sliceAvals = bodyOut.subList(numCarry, bodyOut.size());
        Object[] ysData = new Object[sliceAvals.size()];
        for (int k = 0; k < ysData.length; k++) {
            ysData[k] = sliceAvals.get(k).dtype().allocate(length * sliceAvals.get(k).size());
        }
        for (int t = 0; t < length; t++) {
            int i = reverse ? length - 1 - t : t;
            Object[] xSlices = new Object[xs.length];
            for (int k = 0; k < xs.length; k++) {
                xSlices[k] = leadingSlice(xs[k], i);
            }
            Object[] out = ControlFlowBodies.run(body, ControlFlowBodies.concat(consts, carry, xSlices), node);
            carry = ControlFlowBodies.slice(out, 0, numCarry);
            NDArray[] ys = ControlFlowBodies.typed(ControlFlowBodies.slice(out, numCarry, out.length), sliceAvals, node);
            for (int k = 0; k < ys.length; k++) {
                int n = ys[k].size();
                for (int e = 0; e < n; e++) {
                    Storage.copyElement(ys[k].dtype(), ys[k].data(), ys[k].storageIndex(e), ysData[k], i * n + e);
                }
            }
        }
        NDArray[] result = new NDArray[bodyOut.size()];
        System.arraycopy(ControlFlowBodies.typed(carry, bodyOut.subList(0, numCarry), node), 0, result, 0, numCarry);
        for (int k = 0; k < ysData.length; k++) {
            ShapedArray a = sliceAvals.get(k);
            result[numCarry + k] = NDArray.of(a.dtype(), prepend(length, a.shape()), ysData[k], a.weakType());
        }
        return result;
    }

    /** {@code x[i]}: a view of one slice along the leading axis. */
    static NDArray leadingSlice(NDArray x, int i) {
        int[] shape = java.util.Arrays.copyOfRange(x.shape(), 1, x.ndim());
        int[] strides = java.util.Arrays.copyOfRange(x.strides(), 1, x.ndim());
        return NDArray.view(x, shape, strides, x.offset() + i * x.strides()[0]).asJaxArray();
    }
}
