package org.jaxl.compiler;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;

/**
 * A fusion group: a chain of elementwise equations, possibly ending in a reduction, run as one
 * loop over the group's domain with no intermediate arrays. The domain's dimensions are
 * collapsed where every input allows it, so most groups are one flat loop; the last dimension
 * is the inner loop, vectorized with the Vector API when every operation has a vector form (the
 * rest of each inner run is a scalar tail), and the outer dimensions move the inputs' bases
 * through their strides.
 * <p>
 * Vector code runs fast only in Graal's last tier (the first tier does not intrinsify the
 * Vector API); until then (in the interpreter and the first tier) a vectorized or large group
 * runs its equations one by one through the primitives' eager kernels, and reports the loop's
 * iterations so that the unit gets compiled soon.
 * <p>
 * A one-dimensional map of {@link #PARALLEL_SIZE} elements or more is split in two when the
 * machine has more than one core: the calling thread runs the first half, a {@link SecondCore}
 * worker the second, through a {@link FusedHalfRoot} (a copy of this loop that Graal compiles as
 * a unit of its own).
 */
final class FusedLoopNode extends EqnNode {
    /** The largest scalar loop worth interpreting element by element rather than through eager kernels. */
    private static final int INTERPRETED_LOOP_LIMIT = 64;
    /** Vectors summed into one partial accumulator before it joins the total, for the accuracy of float sums. */
    private static final int REDUCTION_BLOCK = 256;
    /** Elements from which a map is split over two cores (as the eager kernels' {@code Parallel}). */
    private static final int PARALLEL_SIZE = 1 << 18;

    private final int size;
    /** The collapsed domain: outer dimensions, then the inner one. */
    @CompilationFinal(dimensions = 1) private final int[] dims;
    private final boolean vectorized;
    private final int lanes;
    private final int registerCount;
    @Children private final GroupInput[] inputs;
    @Children private final Instr[] instrs;
    @Children private final GroupOutput[] outputs;
    @Child private GroupReduction reduction;
    @Children private final EqnNode[] eagerSteps;
    /** Whether this is a one-dimensional map large enough to split over two cores. */
    private final boolean splits;
    /** The second core's half of such a map (made on the first execution). */
    @CompilationFinal private RootCallTarget half;

    FusedLoopNode(int[] dims, boolean vectorized, int lanes, GroupInput[] inputs, Instr[] instrs, GroupOutput[] outputs, GroupReduction reduction, EqnNode[] eagerSteps) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        this.size = n;
        this.dims = dims;
        this.vectorized = vectorized;
        this.lanes = lanes;
        this.registerCount = inputs.length + instrs.length;
        this.inputs = inputs;
        this.instrs = instrs;
        this.outputs = outputs;
        this.reduction = reduction;
        this.eagerSteps = eagerSteps;
        this.splits = SecondCore.AVAILABLE && reduction == null && dims.length == 1 && n >= PARALLEL_SIZE;
    }

    /**
     * Runs every path of the loop body once, on zeros, outside compiled code. Partial evaluation
     * cannot inline a method whose constant pool still has unresolved references (it leaves a
     * call, and the Vector API's values then escape as objects): the Vector API and the lane
     * operations that only compiled code would run must have run once before Graal sees them.
     */
    @TruffleBoundary
    void resolveCode() {
        int n = Math.max(lanes, 1);
        Object[] data = new Object[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            data[k] = inputs[k].sample(n);
        }
        int[] bases = bases(new int[Math.max(dims.length - 1, 0)]);  // outer iteration 0 (the loop may be empty)
        Object[] scalar = scalarStep(data, bases, 0);
        Object[] vector = vectorized ? vectorStep(data, bases, 0) : null;
        if (reduction != null) {
            int register = reduction.register();
            Object accumulator = reduction.allocate(n);
            reduction.accumulateScalar(accumulator, 0, reduction.combineScalar(reduction.identityScalar(), scalar[register]));
            if (vectorized) {
                reduction.accumulateScalar(accumulator, 0, reduction.reduceLanes(reduction.combineVector(reduction.identityVector(), vector[register])));
                reduction.accumulateVector(accumulator, 0, vector[register]);
            }
            reduction.finish(accumulator);
        } else {
            Object[] results = new Object[outputs.length];
            for (int m = 0; m < outputs.length; m++) {
                results[m] = outputs[m].allocate(n);
                outputs[m].wrap(results[m]);
            }
            storeScalar(results, 0, scalar);
            if (vectorized) {
                storeVector(results, 0, vector);
            }
        }
    }

    int[] dims() {
        return dims;
    }

    boolean vectorized() {
        return vectorized;
    }

    int lanes() {
        return lanes;
    }

    @Override
    public void execute(VirtualFrame frame) {
        if (splits && half == null) {
            // Made on the first execution, which is compiled code when .compile() came first.
            CompilerDirectives.transferToInterpreterAndInvalidate();
            half = new FusedHalfRoot(JaxlLanguage.get(this), (FusedLoopNode) deepCopy()).getCallTarget();
        }
        // The first tier does not intrinsify the Vector API: its vector loop ran each lane operation
        // through the API's Java fallback, 20-30x slower than the eager kernels (and than the last
        // tier's loop), so vector loops run only in the last tier.
        if ((CompilerDirectives.inInterpreter() || vectorized && CompilerDirectives.hasNextTier()) && (vectorized || size > INTERPRETED_LOOP_LIMIT)) {
            runEager(frame);
            LoopNode.reportLoopCount(this, Math.max(1, size / lanes));
            return;
        }
        Object[] data = prepareInputs(frame);
        if (reduction != null) {
            Object accumulator = reduction.allocate();
            if (size > 0) {
                reduce(data, accumulator);
            }
            reduction.finish(accumulator);
            reduction.write(frame, accumulator);
        } else {
            Object[] results = allocateOutputs();
            if (half != null) {
                int mid = size / 2 / lanes * lanes;
                SecondCore.Half second = SecondCore.start(this, half, data, results, mid, size);
                mapFlat(data, results, 0, mid);
                if (!SecondCore.finish(this, second)) {
                    mapFlat(data, results, mid, size);
                }
            } else if (size > 0) {
                map(data, results);
            }
            writeOutputs(frame, results);
        }
    }

    @ExplodeLoop
    private void runEager(VirtualFrame frame) {
        for (EqnNode step : eagerSteps) {
            step.execute(frame);
        }
    }

    @ExplodeLoop
    private Object[] prepareInputs(VirtualFrame frame) {
        Object[] data = new Object[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            data[k] = inputs[k].prepare(frame);
        }
        return data;
    }

    @ExplodeLoop
    private Object[] allocateOutputs() {
        Object[] results = new Object[outputs.length];
        for (int m = 0; m < outputs.length; m++) {
            results[m] = outputs[m].allocate(size);
        }
        return results;
    }

    @ExplodeLoop
    private void writeOutputs(VirtualFrame frame, Object[] results) {
        for (int m = 0; m < outputs.length; m++) {
            outputs[m].write(frame, results[m]);
        }
    }

    /** An elementwise group: every output element computed once, in C order. */
    private void map(Object[] data, Object[] results) {
        int inner = dims[dims.length - 1];
        int outerCount = size / inner;
        for (int o = 0; o < outerCount; o++) {
            mapRun(data, results, bases(outerIndex(o)), o * inner, 0, inner);
        }
    }

    /** Elements {@code [from, to)} of a one-dimensional map (the share of one core when it is split). */
    void mapFlat(Object[] data, Object[] results, int from, int to) {
        mapRun(data, results, bases(new int[0]), 0, from, to);
    }

    /**
     * Inner positions {@code [from, to)} of the run whose inputs start at {@code bases} and whose
     * outputs start at {@code outBase}: vectors, then a scalar tail; {@code from} is a multiple of
     * the lanes.
     */
    private void mapRun(Object[] data, Object[] results, int[] bases, int outBase, int from, int to) {
        int vectorEnd = vectorized ? to - (to - from) % lanes : from;
        for (int j = from; j < vectorEnd; j += lanes) {
            storeVector(results, outBase + j, vectorStep(data, bases, j));
        }
        for (int j = vectorEnd; j < to; j++) {
            storeScalar(results, outBase + j, scalarStep(data, bases, j));
        }
    }

    /** A group ending in a reduction: every domain element combined into its accumulator. */
    private void reduce(Object[] data, Object accumulator) {
        int inner = dims[dims.length - 1];
        int outerCount = size / inner;
        int vectorEnd = vectorized ? inner - inner % lanes : 0;
        int register = reduction.register();
        for (int o = 0; o < outerCount; o++) {
            int[] outer = outerIndex(o);
            int[] bases = bases(outer);
            int outBase = reduction.base(outer);
            if (reduction.innerReduced()) {
                Object partial = reduction.identityScalar();
                if (vectorEnd > 0) {
                    Object total = reduction.identityVector();
                    for (int block = 0; block < vectorEnd; block += REDUCTION_BLOCK * lanes) {
                        int end = Math.min(vectorEnd, block + REDUCTION_BLOCK * lanes);
                        Object acc = reduction.identityVector();
                        for (int j = block; j < end; j += lanes) {
                            acc = reduction.combineVector(acc, vectorStep(data, bases, j)[register]);
                        }
                        total = reduction.combineVector(total, acc);
                    }
                    partial = reduction.reduceLanes(total);
                }
                for (int j = vectorEnd; j < inner; j++) {
                    partial = reduction.combineScalar(partial, scalarStep(data, bases, j)[register]);
                }
                reduction.accumulateScalar(accumulator, outBase, partial);
            } else {
                for (int j = 0; j < vectorEnd; j += lanes) {
                    reduction.accumulateVector(accumulator, outBase + j, vectorStep(data, bases, j)[register]);
                }
                for (int j = vectorEnd; j < inner; j++) {
                    reduction.accumulateScalar(accumulator, outBase + j, scalarStep(data, bases, j)[register]);
                }
            }
        }
    }

    /** The index of outer iteration {@code o} along each outer dimension. */
    @ExplodeLoop
    private int[] outerIndex(int o) {
        int[] index = new int[dims.length - 1];
        int rest = o;
        for (int d = dims.length - 2; d >= 0; d--) {
            index[d] = rest % dims[d];
            rest /= dims[d];
        }
        return index;
    }

    @ExplodeLoop
    private int[] bases(int[] outerIndex) {
        int[] bases = new int[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            bases[k] = inputs[k].base(outerIndex);
        }
        return bases;
    }

    @ExplodeLoop
    private Object[] scalarStep(Object[] data, int[] bases, int j) {
        Object[] regs = new Object[registerCount];
        for (int k = 0; k < inputs.length; k++) {
            regs[k] = inputs[k].scalar(data[k], bases[k], j);
        }
        for (int i = 0; i < instrs.length; i++) {
            regs[inputs.length + i] = instrs[i].scalar(regs);
        }
        return regs;
    }

    @ExplodeLoop
    private Object[] vectorStep(Object[] data, int[] bases, int j) {
        Object[] regs = new Object[registerCount];
        for (int k = 0; k < inputs.length; k++) {
            regs[k] = inputs[k].vector(data[k], bases[k], j);
        }
        for (int i = 0; i < instrs.length; i++) {
            regs[inputs.length + i] = instrs[i].vector(regs);
        }
        return regs;
    }

    @ExplodeLoop
    private void storeScalar(Object[] results, int i, Object[] regs) {
        for (int m = 0; m < outputs.length; m++) {
            outputs[m].storeScalar(results[m], i, regs[outputs[m].register()]);
        }
    }

    @ExplodeLoop
    private void storeVector(Object[] results, int i, Object[] regs) {
        for (int m = 0; m < outputs.length; m++) {
            outputs[m].storeVector(results[m], i, regs[outputs[m].register()]);
        }
    }
}
