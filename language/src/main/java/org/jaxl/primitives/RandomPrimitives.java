package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.typeError;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.array.kernels.Threefry;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** The primitives of {@code jax/_src/prng.py} that raw-key {@code jax.random} needs: {@code threefry2x32} and {@code iota_2x32_shape}. */
public final class RandomPrimitives {
    private RandomPrimitives() {
    }

    static void registerAll() {
        PrimitiveRegistry.register(new Threefry2x32());
        PrimitiveRegistry.register(new Iota2x32Shape());
    }

    /** {@code threefry2x32(key1, key2, x1, x2)}: two uint32 results. */
    static final class Threefry2x32 extends Primitive {
        Threefry2x32() {
            super("threefry2x32", true);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            for (ShapedArray a : avals) {
                if (a.dtype() != DType.UINT32) {
                    StringBuilder got = new StringBuilder("(");
                    for (int i = 0; i < avals.length; i++) {
                        got.append(i > 0 ? ", " : "").append(avals[i]);
                    }
                    throw typeError(node, "Arguments to threefry2x32 must have uint32 type, got " + got.append(')'));
                }
            }
            // JAX 0.4.30 calls broadcasting_shape_rule(*args): the first aval stands in for the name
            int[] shape = ShapeRules.broadcasting(avals[0].toString(), Arrays.copyOfRange(avals, 1, avals.length), node);
            ShapedArray out = new ShapedArray(shape, DType.UINT32, false);
            return new ShapedArray[]{out, out};
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] out = abstractEval(SlicingPrimitives.avals(args), params, node);
            int[] shape = out[0].shape();
            int n = Shapes.size(shape);
            int[][] lanes = new int[4][];
            for (int i = 0; i < 4; i++) {
                NDArray a = args[i];
                int[] dims = new int[a.ndim()];
                for (int d = 0; d < dims.length; d++) {
                    dims[d] = shape.length - a.ndim() + d;
                }
                NDArray broadcast = Layout.broadcastView(a, shape, dims);
                lanes[i] = (int[]) Layout.copyStrided(DType.UINT32, broadcast.data(), broadcast.offset(), shape, broadcast.strides());
            }
            Threefry.hash(lanes[0], lanes[1], lanes[2], lanes[3], n);
            return new NDArray[]{PrimitiveSupport.result(out[0], lanes[2]), PrimitiveSupport.result(out[1], lanes[3])};
        }
    }

    /** {@code iota_2x32_shape[shape=…]}: a 64-bit iota over the shape, as high and low uint32 words. */
    static final class Iota2x32Shape extends Primitive {
        Iota2x32Shape() {
            super("iota_2x32_shape", true);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            ShapedArray out = new ShapedArray(PrimitiveSupport.ints(params, "shape"), DType.UINT32, false);
            return new ShapedArray[]{out, out};
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray[] out = abstractEval(new ShapedArray[0], params, node);
            int[][] words = Threefry.iota2x32(out[0].size());
            return new NDArray[]{PrimitiveSupport.result(out[0], words[0]), PrimitiveSupport.result(out[1], words[1])};
        }
    }
}
