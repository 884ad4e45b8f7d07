package org.jaxl.primitives.linalg;

import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code svd[compute_uv full_matrices subset_by_index]}: the singular values ({@code [..., k]},
 * descending, {@code k = min(m, n)}) and, with {@code compute_uv}, the factors {@code u} and
 * {@code vt} of {@code [..., m, n]} matrices, by one-sided Jacobi rotations. Singular vectors are
 * determined up to sign, which need not be LAPACK's.
 */
final class SvdPrimitive extends Primitive {
    private static final int MAX_SWEEPS = 100;

    SvdPrimitive() {
        super("svd", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        ShapedArray operand = avals[0];
        Matrices.checkMatrix(operand, "singular value decomposition", node);
        if (params.get("subset_by_index") != PNone.NONE) {
            throw PyErrors.create(node, "NotImplementedError", "Jaxl's svd does not support subset_by_index");
        }
        int[] shape = operand.shape();
        int[] batch = Matrices.batchDims(shape);
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        int rank = Math.min(m, n);
        ShapedArray s = new ShapedArray(Matrices.concat(batch, rank), Matrices.realDType(operand.dtype()), operand.weakType());
        if (!Matrices.flag(params, "compute_uv")) {
            return new ShapedArray[]{s};
        }
        boolean full = Matrices.flag(params, "full_matrices");
        return new ShapedArray[]{s, operand.withShape(Matrices.concat(batch, m, full ? m : rank)),
                        operand.withShape(Matrices.concat(batch, full ? n : rank, n))};
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray[] out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node);
        Matrices.checkRealFloat(out[0], name(), node);
        int[] shape = args[0].shape();
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        boolean full = Matrices.flag(params, "full_matrices");
        double[][] mats = Matrices.read(args[0], m, n);
        double[][] sv = new double[mats.length][];
        double[][] us = new double[mats.length][];
        double[][] vts = new double[mats.length][];
        for (int b = 0; b < mats.length; b++) {
            Decomposition d = m >= n ? decompose(mats[b], m, n, full) : decompose(transpose(mats[b], m, n), n, m, full).transposed();
            sv[b] = d.s;
            us[b] = d.u;
            vts[b] = d.vt;
        }
        NDArray s = Matrices.write(out[0].dtype(), out[0].shape(), sv, out[0].weakType());
        if (out.length == 1) {
            return new NDArray[]{s};
        }
        return new NDArray[]{s, Matrices.write(out[1].dtype(), out[1].shape(), us, out[1].weakType()),
                        Matrices.write(out[2].dtype(), out[2].shape(), vts, out[2].weakType())};
    }

    /** {@code a = u @ diag(s) @ vt}, row-major, with {@code u} {@code rows x ucols} and {@code vt} {@code vtrows x cols}. */
    private record Decomposition(double[] s, double[] u, int rows, int ucols, double[] vt, int vtrows, int cols) {
        /** The decomposition of the transposed matrix: {@code a^T = vt^T diag(s) u^T}. */
        Decomposition transposed() {
            return new Decomposition(s, transpose(vt, vtrows, cols), cols, vtrows, transpose(u, rows, ucols), ucols, rows);
        }
    }

    private static double[] transpose(double[] x, int rows, int cols) {
        double[] t = new double[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
        return t;
    }

    /** One-sided Jacobi on the columns of an {@code m x n} matrix with {@code m >= n}. */
    private static Decomposition decompose(double[] a, int m, int n, boolean full) {
        double[] w = a.clone();
        double[] v = EighPrimitive.identity(n);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < m; i++) {
                        alpha += w[i * n + p] * w[i * n + p];
                        beta += w[i * n + q] * w[i * n + q];
                        gamma += w[i * n + p] * w[i * n + q];
                    }
                    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    for (int i = 0; i < m; i++) {
                        double wp = w[i * n + p];
                        double wq = w[i * n + q];
                        w[i * n + p] = c * wp - s * wq;
                        w[i * n + q] = s * wp + c * wq;
                    }
                    for (int i = 0; i < n; i++) {
                        double vp = v[i * n + p];
                        double vq = v[i * n + q];
                        v[i * n + p] = c * vp - s * vq;
                        v[i * n + q] = s * vp + c * vq;
                    }
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += w[i * n + j] * w[i * n + j];
            }
            s[j] = Math.sqrt(norm);
        }
        // Order the singular values descending, carrying the columns along.
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
        int ucols = full ? m : n;
        double[] u = new double[m * ucols];
        double[] vt = new double[n * n];
        double[] sorted = new double[n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            sorted[k] = s[j];
            for (int i = 0; i < n; i++) {
                vt[k * n + i] = v[i * n + j];
            }
            for (int i = 0; i < m; i++) {
                u[i * ucols + k] = s[j] == 0 ? 0 : w[i * n + j] / s[j];
            }
        }
        completeOrthonormal(u, m, ucols, sorted);
        return new Decomposition(sorted, u, m, ucols, vt, n, n);
    }

    /**
     * Replaces the zero columns of {@code u} (those of zero singular values, and the extra
     * columns of a full {@code u}) by unit vectors orthogonal to the others (Gram-Schmidt on the
     * standard basis).
     */
    private static void completeOrthonormal(double[] u, int m, int cols, double[] s) {
        int candidate = 0;
        for (int k = 0; k < cols; k++) {
            if (k < s.length && s[k] != 0) {
                continue;
            }
            while (candidate < m) {
                double[] e = new double[m];
                e[candidate++] = 1;
                for (int j = 0; j < cols; j++) {
                    if (j == k || (j >= s.length || s[j] == 0) && j > k) {
                        continue;
                    }
                    double dot = 0;
                    for (int i = 0; i < m; i++) {
                        dot += u[i * cols + j] * e[i];
                    }
                    for (int i = 0; i < m; i++) {
                        e[i] -= dot * u[i * cols + j];
                    }
                }
                double norm = 0;
                for (double x : e) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                if (norm > 1e-8) {
                    for (int i = 0; i < m; i++) {
                        u[i * cols + k] = e[i] / norm;
                    }
                    break;
                }
            }
        }
    }
}
