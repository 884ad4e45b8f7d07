package org.jaxl.compiler;

import java.util.List;
import java.util.function.IntSupplier;

import org.jaxl.array.NDArray;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code scan} over scalars: the constants and the carry live unboxed in frame slots, each trip
 * reads element {@code i} of every {@code xs} from its storage, runs the body's
 * {@link ScalarProgram}, and stores element {@code i} of every output, so the compiled loop is a
 * loop over Java primitives and arrays. A Truffle loop, for on-stack replacement.
 */
final class ScalarScanNode extends EqnNode {
    private final ControlFlowLowering.Operands operands;
    private final int numCarry;
    private final int length;
    /** The lane and the value slot of each constant and carry operand. */
    @CompilationFinal(dimensions = 1) private final Lane[] lanes;
    @CompilationFinal(dimensions = 1) private final int[] valueSlots;
    @CompilationFinal(dimensions = 1) private final Lane[] xLanes;
    @CompilationFinal(dimensions = 1) private final Lane[] yLanes;
    private final List<ShapedArray> outAvals;
    @CompilationFinal(dimensions = 1) private final int[] outSlots;
    private final int tripSlot;
    private final int xsSlot;
    private final int ysSlot;
    @Child private LoopNode loop;

    ScalarScanNode(ControlFlowLowering.Operands operands, int numConsts, int numCarry, int length, boolean reverse, ScalarProgram body, List<ShapedArray> bodyInAvals,
                    List<ShapedArray> bodyOutAvals, int[] outSlots, IntSupplier newSlot) {
        this.operands = operands;
        this.numCarry = numCarry;
        this.length = length;
        int values = numConsts + numCarry;
        this.lanes = new Lane[values];
        this.valueSlots = new int[values];
        for (int i = 0; i < values; i++) {
            lanes[i] = Lane.of(bodyInAvals.get(i).dtype());
            valueSlots[i] = newSlot.getAsInt();
        }
        this.xLanes = new Lane[bodyInAvals.size() - values];
        for (int k = 0; k < xLanes.length; k++) {
            xLanes[k] = Lane.of(bodyInAvals.get(values + k).dtype());
        }
        this.yLanes = new Lane[bodyOutAvals.size() - numCarry];
        for (int k = 0; k < yLanes.length; k++) {
            yLanes[k] = Lane.of(bodyOutAvals.get(numCarry + k).dtype());
        }
        this.outAvals = bodyOutAvals;
        this.outSlots = outSlots;
        this.tripSlot = newSlot.getAsInt();
        this.xsSlot = newSlot.getAsInt();
        this.ysSlot = newSlot.getAsInt();
        this.loop = Truffle.getRuntime().createLoopNode(new Iteration(body, lanes, valueSlots, numConsts, xLanes, yLanes, length, reverse, tripSlot, xsSlot, ysSlot));
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        for (int i = 0; i < lanes.length; i++) {
            ScalarValues.write(frame, valueSlots[i], lanes[i], ScalarValues.element(operands.get(frame, i), lanes[i]));
        }
        Object[] xs = new Object[xLanes.length];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = storage((NDArray) operands.get(frame, lanes.length + k));
        }
        Object[] ys = new Object[yLanes.length];
        for (int k = 0; k < ys.length; k++) {
            ys[k] = outAvals.get(numCarry + k).dtype().allocate(length);
        }
        frame.setObject(xsSlot, xs);
        frame.setObject(ysSlot, ys);
        frame.setInt(tripSlot, 0);
        loop.execute(frame);
        for (int m = 0; m < outSlots.length; m++) {
            if (outSlots[m] < 0) {
                continue;
            }
            ShapedArray aval = outAvals.get(m);
            if (m < numCarry) {
                Lane lane = lanes[lanes.length - numCarry + m];
                frame.setObject(outSlots[m], ScalarValues.array(ScalarValues.read(frame, valueSlots[lanes.length - numCarry + m], lane), lane, aval.dtype(), aval.shape(),
                                aval.weakType()));
            } else {
                frame.setObject(outSlots[m], NDArray.of(aval.dtype(), stacked(aval.shape()), ys[m - numCarry], aval.weakType()));
            }
        }
    }

    /** The shape of {@code length} stacked slices of {@code sliceShape}. */
    private int[] stacked(int[] sliceShape) {
        int[] shape = new int[sliceShape.length + 1];
        shape[0] = length;
        System.arraycopy(sliceShape, 0, shape, 1, sliceShape.length);
        return shape;
    }

    /** The elements of {@code xs} in order from index 0 (a copy for views). */
    @TruffleBoundary
    private static Object storage(NDArray xs) {
        return xs.contiguous().data();
    }

    /** One trip: the body on the constants, the carry and element {@code i} of each {@code xs}. */
    private static final class Iteration extends Node implements RepeatingNode {
        @Child private ScalarProgram body;
        @CompilationFinal(dimensions = 1) private final Lane[] lanes;
        @CompilationFinal(dimensions = 1) private final int[] valueSlots;
        private final int numConsts;
        @CompilationFinal(dimensions = 1) private final Lane[] xLanes;
        @CompilationFinal(dimensions = 1) private final Lane[] yLanes;
        private final int length;
        private final boolean reverse;
        private final int tripSlot;
        private final int xsSlot;
        private final int ysSlot;

        Iteration(ScalarProgram body, Lane[] lanes, int[] valueSlots, int numConsts, Lane[] xLanes, Lane[] yLanes, int length, boolean reverse, int tripSlot, int xsSlot,
                        int ysSlot) {
            this.body = body;
            this.lanes = lanes;
            this.valueSlots = valueSlots;
            this.numConsts = numConsts;
            this.xLanes = xLanes;
            this.yLanes = yLanes;
            this.length = length;
            this.reverse = reverse;
            this.tripSlot = tripSlot;
            this.xsSlot = xsSlot;
            this.ysSlot = ysSlot;
        }

        @Override
        @ExplodeLoop
        public boolean executeRepeating(VirtualFrame frame) {
            int trip = frame.getInt(tripSlot);
            if (trip == length) {
                return false;
            }
            int i = reverse ? length - 1 - trip : trip;
            Object[] xs = (Object[]) frame.getObject(xsSlot);
            Object[] in = new Object[lanes.length + xLanes.length];
            for (int k = 0; k < lanes.length; k++) {
                in[k] = ScalarValues.read(frame, valueSlots[k], lanes[k]);
            }
            for (int k = 0; k < xLanes.length; k++) {
                in[lanes.length + k] = ScalarValues.load(xs[k], i, xLanes[k]);
            }
            Object[] out = body.run(in);
            for (int m = 0; m < lanes.length - numConsts; m++) {
                ScalarValues.write(frame, valueSlots[numConsts + m], lanes[numConsts + m], out[m]);
            }
            Object[] ys = (Object[]) frame.getObject(ysSlot);
            for (int k = 0; k < yLanes.length; k++) {
                ScalarValues.store(ys[k], i, yLanes[k], out[lanes.length - numConsts + k]);
            }
            frame.setInt(tripSlot, trip + 1);
            return true;
        }
    }
}
