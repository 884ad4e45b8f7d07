package org.jaxl.compiler;

import java.util.List;
import java.util.function.IntSupplier;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Storage;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code scan}: a Truffle loop of {@code length} trips that calls the body unit on the constants,
 * the carry and one leading-axis slice of each {@code xs}, and stores each output slice into the
 * stacked results. The carry, the trip counter and the result buffers live in frame slots, so
 * on-stack replacement can take the loop over mid-run.
 */
final class ScanEqnNode extends EqnNode {
    private final ControlFlowLowering.Operands operands;
    private final int numConsts;
    private final int numCarry;
    private final int length;
    private final List<ShapedArray> bodyOutAvals;
    @CompilationFinal(dimensions = 1) private final int[] outSlots;
    private final int stateSlot;
    @Child private LoopNode loop;

    ScanEqnNode(ControlFlowLowering.Operands operands, int numConsts, int numCarry, int length, boolean reverse, RootCallTarget body, List<ShapedArray> bodyOutAvals,
                    int[] outSlots, IntSupplier newSlot) {
        this.operands = operands;
        this.numConsts = numConsts;
        this.numCarry = numCarry;
        this.length = length;
        this.bodyOutAvals = bodyOutAvals;
        this.outSlots = outSlots;
        this.stateSlot = newSlot.getAsInt();
        int[] sliceSizes = new int[bodyOutAvals.size() - numCarry];
        DType[] sliceDtypes = new DType[sliceSizes.length];
        for (int k = 0; k < sliceSizes.length; k++) {
            sliceSizes[k] = bodyOutAvals.get(numCarry + k).size();
            sliceDtypes[k] = bodyOutAvals.get(numCarry + k).dtype();
        }
        this.loop = Truffle.getRuntime().createLoopNode(new Iteration(body, stateSlot, numCarry, length, reverse, sliceSizes, sliceDtypes));
    }

    /** What the loop carries from trip to trip. */
    static final class State {
        final Object[] consts;
        final NDArray[] xs;
        final Object[] ysData;
        Object[] carry;
        int trip;

        State(Object[] consts, Object[] carry, NDArray[] xs, Object[] ysData) {
            this.consts = consts;
            this.carry = carry;
            this.xs = xs;
            this.ysData = ysData;
        }
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        Object[] xsIn = operands.read(frame, numConsts + numCarry, operands.count());
        NDArray[] xs = new NDArray[xsIn.length];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = (NDArray) xsIn[k];
        }
        Object[] ysData = new Object[bodyOutAvals.size() - numCarry];
        for (int k = 0; k < ysData.length; k++) {
            ShapedArray a = bodyOutAvals.get(numCarry + k);
            ysData[k] = a.dtype().allocate(length * a.size());
        }
        State state = new State(operands.read(frame, 0, numConsts), operands.read(frame, numConsts, numConsts + numCarry), xs, ysData);
        frame.setObject(stateSlot, state);
        loop.execute(frame);
        Object[] results = new Object[bodyOutAvals.size()];
        System.arraycopy(state.carry, 0, results, 0, numCarry);
        for (int k = 0; k < ysData.length; k++) {
            ShapedArray a = bodyOutAvals.get(numCarry + k);
            int[] shape = new int[a.ndim() + 1];
            shape[0] = length;
            System.arraycopy(a.shape(), 0, shape, 1, a.ndim());
            results[numCarry + k] = NDArray.of(a.dtype(), shape, ysData[k], a.weakType());
        }
        ControlFlowLowering.writeResults(frame, results, bodyOutAvals, outSlots, this);
    }

    /** One trip: the body on slice {@code i} ({@code length - 1 - trip} when reversed). */
    private static final class Iteration extends Node implements RepeatingNode {
        @Child private DirectCallNode body;
        private final int stateSlot;
        private final int numCarry;
        private final int length;
        private final boolean reverse;
        @CompilationFinal(dimensions = 1) private final int[] sliceSizes;
        @CompilationFinal(dimensions = 1) private final DType[] sliceDtypes;

        Iteration(RootCallTarget body, int stateSlot, int numCarry, int length, boolean reverse, int[] sliceSizes, DType[] sliceDtypes) {
            this.body = Truffle.getRuntime().createDirectCallNode(body);
            this.stateSlot = stateSlot;
            this.numCarry = numCarry;
            this.length = length;
            this.reverse = reverse;
            this.sliceSizes = sliceSizes;
            this.sliceDtypes = sliceDtypes;
        }

        @Override
        @ExplodeLoop
        public boolean executeRepeating(VirtualFrame frame) {
            State s = (State) frame.getObject(stateSlot);
            if (s.trip == length) {
                return false;
            }
            int i = reverse ? length - 1 - s.trip : s.trip;
            Object[] args = new Object[s.consts.length + numCarry + s.xs.length];
            System.arraycopy(s.consts, 0, args, 0, s.consts.length);
            System.arraycopy(s.carry, 0, args, s.consts.length, numCarry);
            for (int k = 0; k < s.xs.length; k++) {
                args[s.consts.length + numCarry + k] = leadingSlice(s.xs[k], i);
            }
            Object[] out = (Object[]) body.call(args);
            Object[] carry = new Object[numCarry];
            System.arraycopy(out, 0, carry, 0, numCarry);
            s.carry = carry;
            for (int k = 0; k < sliceSizes.length; k++) {
                store(out[numCarry + k], sliceDtypes[k], s.ysData[k], i * sliceSizes[k]);
            }
            s.trip++;
            return true;
        }

        @TruffleBoundary
        private NDArray toArray(Object pythonScalar) {
            return Concrete.toArray(pythonScalar, this);
        }

        private static NDArray leadingSlice(NDArray x, int i) {
            int n = x.ndim() - 1;
            int[] shape = new int[n];
            int[] strides = new int[n];
            System.arraycopy(x.shape(), 1, shape, 0, n);
            System.arraycopy(x.strides(), 1, strides, 0, n);
            return NDArray.view(x, shape, strides, x.offset() + i * x.strides()[0]).asJaxArray();
        }

        /** Stores one output slice: an array, or a Python scalar the body returned as it was given. */
        private void store(Object slice, DType dtype, Object data, int at) {
            NDArray y = slice instanceof NDArray a ? a : toArray(slice);
            int n = y.size();
            for (int e = 0; e < n; e++) {
                Storage.copyElement(dtype, y.data(), y.storageIndex(e), data, at + e);
            }
        }
    }
}
