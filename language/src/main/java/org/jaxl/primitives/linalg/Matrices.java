package org.jaxl.primitives.linalg;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * What the linear-algebra kernels share: splitting a {@code [..., m, n]} array into row-major
 * double matrices (one per batch element), building results of a dtype back from them, and the
 * checks JAX's abstract evaluation rules make.
 */
final class Matrices {
    private Matrices() {
    }

    /** The batch dimensions of a shape whose last two dimensions are a matrix. */
    static int[] batchDims(int[] shape) {
        return Arrays.copyOf(shape, shape.length - 2);
    }

    /** The number of matrices in a batch of this shape. */
    static int batchCount(int[] shape, int trailing) {
        int n = 1;
        for (int i = 0; i < shape.length - trailing; i++) {
            n *= shape[i];
        }
        return n;
    }

    /** {@code batch + extra}. */
    static int[] concat(int[] batch, int... extra) {
        int[] out = Arrays.copyOf(batch, batch.length + extra.length);
        System.arraycopy(extra, 0, out, batch.length, extra.length);
        return out;
    }

    /** Every batch element of {@code a} as a row-major double array of {@code rows * cols} values. */
    @TruffleBoundary
    static double[][] read(NDArray a, int rows, int cols) {
        int count = batchCount(a.shape(), 2);
        int per = rows * cols;
        double[][] out = new double[count][per];
        for (int b = 0; b < count; b++) {
            for (int k = 0; k < per; k++) {
                out[b][k] = a.getDouble(b * per + k);
            }
        }
        return out;
    }

    /** An array of {@code dtype} and {@code shape} from per-batch row-major values. */
    @TruffleBoundary
    static NDArray write(DType dtype, int[] shape, double[][] values, boolean weakType) {
        int per = values.length == 0 ? 0 : values[0].length;
        int total = values.length * per;
        Object data = dtype.allocate(total);
        for (int b = 0; b < values.length; b++) {
            for (int k = 0; k < per; k++) {
                int i = b * per + k;
                switch (data) {
                    case float[] f -> f[i] = (float) values[b][k];
                    case double[] d -> d[i] = values[b][k];
                    default -> throw new IllegalStateException("linalg result dtype " + dtype);
                }
            }
        }
        return NDArray.of(dtype, shape, data, weakType);
    }

    /** An int32 array of {@code shape} from per-batch values. */
    @TruffleBoundary
    static NDArray writeInts(int[] shape, int[][] values, boolean weakType) {
        int per = values.length == 0 ? 0 : values[0].length;
        int[] data = new int[values.length * per];
        for (int b = 0; b < values.length; b++) {
            System.arraycopy(values[b], 0, data, b * per, per);
        }
        return NDArray.of(DType.INT32, shape, data, weakType);
    }

    /** The operand must be a matrix (or a batch of them); JAX's message names the decomposition. */
    static void checkMatrix(ShapedArray a, String what, Node node) {
        if (a.ndim() < 2) {
            throw PyErrors.valueError(node, "Argument to " + what + " must have ndims >= 2");
        }
    }

    /** The kernels here compute on real floating values: float32 and float64. */
    static void checkRealFloat(ShapedArray a, String primitive, Node node) {
        DType d = a.dtype();
        if (d == DType.FLOAT32 || d == DType.FLOAT64) {
            return;
        }
        if (d.isComplex()) {
            throw PyErrors.create(node, "NotImplementedError", "Jaxl's " + primitive + " supports float32 and float64 operands, got " + d);
        }
        throw PyErrors.create(node, "NotImplementedError", "Unsupported dtype " + d);
    }

    static boolean flag(Params params, String key) {
        return params.getBoolean(key);
    }

    /** The real dtype of the values of {@code d} (itself for real dtypes). */
    static DType realDType(DType d) {
        return switch (d) {
            case COMPLEX64 -> DType.FLOAT32;
            case COMPLEX128 -> DType.FLOAT64;
            default -> d;
        };
    }
}
