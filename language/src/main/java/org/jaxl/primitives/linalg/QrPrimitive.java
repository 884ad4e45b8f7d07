package org.jaxl.primitives.linalg;

import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code qr[full_matrices]}: {@code q} ({@code [..., m, k]}) with orthonormal columns and upper
 * triangular {@code r} ({@code [..., k, n]}), {@code k = m} for full matrices else
 * {@code min(m, n)}, by Householder reflections with LAPACK's sign convention ({@code geqrf}
 * then {@code orgqr}: each reflection maps its column onto {@code -sign(alpha) * norm}).
 */
final class QrPrimitive extends Primitive {
    QrPrimitive() {
        super("qr", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        ShapedArray operand = avals[0];
        Matrices.checkMatrix(operand, "QR decomposition", node);
        int[] shape = operand.shape();
        int[] batch = Matrices.batchDims(shape);
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        int k = Matrices.flag(params, "full_matrices") ? m : Math.min(m, n);
        return new ShapedArray[]{operand.withShape(Matrices.concat(batch, m, k)), operand.withShape(Matrices.concat(batch, k, n))};
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray[] out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node);
        Matrices.checkRealFloat(out[0], name(), node);
        int[] shape = args[0].shape();
        int m = shape[shape.length - 2];
        int n = shape[shape.length - 1];
        int k = out[0].shape()[out[0].ndim() - 1];
        double[][] mats = Matrices.read(args[0], m, n);
        double[][] qs = new double[mats.length][];
        double[][] rs = new double[mats.length][];
        for (int b = 0; b < mats.length; b++) {
            double[] a = mats[b];
            int reflections = Math.min(m, n);
            double[] taus = new double[reflections];
            for (int j = 0; j < reflections; j++) {
                taus[j] = reflect(a, m, n, j);
            }
            double[] r = new double[k * n];
            for (int i = 0; i < Math.min(k, m); i++) {
                for (int j = i; j < n; j++) {
                    r[i * n + j] = a[i * n + j];
                }
            }
            qs[b] = formQ(a, m, n, taus, k);
            rs[b] = r;
        }
        return new NDArray[]{Matrices.write(out[0].dtype(), out[0].shape(), qs, out[0].weakType()),
                        Matrices.write(out[1].dtype(), out[1].shape(), rs, out[1].weakType())};
    }

    /**
     * LAPACK's {@code larfg} + {@code larf} for column {@code j}: builds the reflection that
     * zeroes the column below the diagonal (its vector stored there, with an implicit leading 1),
     * applies it to the columns to the right, and returns its {@code tau}.
     */
    private static double reflect(double[] a, int m, int n, int j) {
        double alpha = a[j * n + j];
        double xnorm = 0;
        for (int i = j + 1; i < m; i++) {
            xnorm = Math.hypot(xnorm, a[i * n + j]);
        }
        if (xnorm == 0) {
            return 0;
        }
        double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        double tau = (beta - alpha) / beta;
        double scale = 1 / (alpha - beta);
        for (int i = j + 1; i < m; i++) {
            a[i * n + j] *= scale;
        }
        a[j * n + j] = beta;
        for (int c = j + 1; c < n; c++) {
            double dot = a[j * n + c];
            for (int i = j + 1; i < m; i++) {
                dot += a[i * n + j] * a[i * n + c];
            }
            dot *= tau;
            a[j * n + c] -= dot;
            for (int i = j + 1; i < m; i++) {
                a[i * n + c] -= dot * a[i * n + j];
            }
        }
        return tau;
    }

    /** The first {@code k} columns of {@code H_0 H_1 ... H_{r-1}} (LAPACK's {@code orgqr}). */
    private static double[] formQ(double[] a, int m, int n, double[] taus, int k) {
        double[] q = new double[m * k];
        for (int i = 0; i < Math.min(m, k); i++) {
            q[i * k + i] = 1;
        }
        for (int j = taus.length - 1; j >= 0; j--) {
            double tau = taus[j];
            if (tau == 0) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                double dot = q[j * k + c];
                for (int i = j + 1; i < m; i++) {
                    dot += a[i * n + j] * q[i * k + c];
                }
                dot *= tau;
                q[j * k + c] -= dot;
                for (int i = j + 1; i < m; i++) {
                    q[i * k + c] -= dot * a[i * n + j];
                }
            }
        }
        return q;
    }
}
