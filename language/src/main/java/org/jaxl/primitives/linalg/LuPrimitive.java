package org.jaxl.primitives.linalg;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code lu}: LU decomposition with partial pivoting of {@code [..., m, n]} matrices, as LAPACK's
 * {@code getrf} computes it: three results, the packed factors ({@code L} below the diagonal with
 * an implicit unit diagonal, {@code U} on and above it), the int32 row swaps ({@code pivots},
 * {@code [..., min(m, n)]}) and the int32 row permutation they amount to ({@code [..., m]}).
 */
final class LuPrimitive extends Primitive {
    LuPrimitive() {
        super("lu", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        ShapedArray operand = avals[0];
        Matrices.checkMatrix(operand, "LU decomposition", node);
        int[] shape = operand.shape();
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        int[] batch = Matrices.batchDims(shape);
        return new ShapedArray[]{operand,
                        new ShapedArray(Matrices.concat(batch, Math.min(m, n)), DType.INT32, operand.weakType()),
                        new ShapedArray(Matrices.concat(batch, m), DType.INT32, operand.weakType())};
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray[] out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node);
        Matrices.checkRealFloat(out[0], name(), node);
        int[] shape = args[0].shape();
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        double[][] mats = Matrices.read(args[0], m, n);
        int[][] pivots = new int[mats.length][];
        int[][] perms = new int[mats.length][];
        for (int b = 0; b < mats.length; b++) {
            pivots[b] = factor(mats[b], m, n);
            perms[b] = permutation(pivots[b], m);
        }
        return new NDArray[]{Matrices.write(out[0].dtype(), out[0].shape(), mats, out[0].weakType()),
                        Matrices.writeInts(out[1].shape(), pivots, out[1].weakType()),
                        Matrices.writeInts(out[2].shape(), perms, out[2].weakType())};
    }

    /** Factors the row-major {@code m x n} matrix in place (LAPACK's unblocked getf2); returns the pivots. */
    static int[] factor(double[] a, int m, int n) {
        int k = Math.min(m, n);
        int[] pivots = new int[k];
        for (int j = 0; j < k; j++) {
            // The first row with the largest magnitude in column j (BLAS's i_amax).
            int p = j;
            double best = Math.abs(a[j * n + j]);
            for (int i = j + 1; i < m; i++) {
                double v = Math.abs(a[i * n + j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            pivots[j] = p;
            if (a[p * n + j] != 0) {
                if (p != j) {
                    for (int c = 0; c < n; c++) {
                        double t = a[j * n + c];
                        a[j * n + c] = a[p * n + c];
                        a[p * n + c] = t;
                    }
                }
                double recip = 1.0 / a[j * n + j];
                for (int i = j + 1; i < m; i++) {
                    a[i * n + j] *= recip;
                }
            }
            for (int i = j + 1; i < m; i++) {
                double l = a[i * n + j];
                if (l != 0) {
                    for (int c = j + 1; c < n; c++) {
                        a[i * n + c] -= l * a[j * n + c];
                    }
                }
            }
        }
        return pivots;
    }

    /** The row permutation the swaps {@code pivots} apply to {@code 0..m-1} ({@code lu_pivots_to_permutation}). */
    static int[] permutation(int[] pivots, int m) {
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int j = 0; j < pivots.length; j++) {
            int p = pivots[j];
            int t = perm[j];
            perm[j] = perm[p];
            perm[p] = t;
        }
        return perm;
    }
}
