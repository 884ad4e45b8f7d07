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
 * {@code eigh[lower sort_eigenvalues subset_by_index]}: the eigenvectors (columns of
 * {@code [..., n, n]}) and real eigenvalues ({@code [..., n]}, ascending) of symmetric matrices
 * given by their {@code lower} (or upper) triangle, by cyclic Jacobi rotations. Eigenvectors are
 * determined up to sign, which need not be LAPACK's.
 */
final class EighPrimitive extends Primitive {
    private static final int MAX_SWEEPS = 100;

    EighPrimitive() {
        super("eigh", true);
    }

    @Override
    public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
        ShapedArray operand = avals[0];
        int[] shape = operand.shape();
        if (shape.length < 2 || shape[shape.length - 2] != shape[shape.length - 1]) {
            throw PyErrors.valueError(node, "Argument to symmetric eigendecomposition must have shape [..., n, n],got shape "
                            + org.jaxl.array.Shapes.toTupleString(shape));
        }
        if (params.get("subset_by_index") != PNone.NONE) {
            throw PyErrors.create(node, "NotImplementedError", "Jaxl's eigh does not support subset_by_index");
        }
        int n = shape[shape.length - 1];
        int[] batch = Matrices.batchDims(shape);
        return new ShapedArray[]{operand.withShape(Matrices.concat(batch, n, n)),
                        new ShapedArray(Matrices.concat(batch, n), Matrices.realDType(operand.dtype()), operand.weakType())};
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray[] out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node);
        Matrices.checkRealFloat(out[0], name(), node);
        int n = out[1].shape()[out[1].ndim() - 1];
        boolean lower = Matrices.flag(params, "lower");
        double[][] mats = Matrices.read(args[0], n, n);
        double[][] vectors = new double[mats.length][];
        double[][] values = new double[mats.length][];
        for (int b = 0; b < mats.length; b++) {
            double[] a = symmetricFrom(mats[b], n, lower);
            double[] v = identity(n);
            diagonalize(a, v, n);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = a[i * n + i];
            }
            sortAscending(w, v, n);
            vectors[b] = v;
            values[b] = w;
        }
        return new NDArray[]{Matrices.write(out[0].dtype(), out[0].shape(), vectors, out[0].weakType()),
                        Matrices.write(out[1].dtype(), out[1].shape(), values, out[1].weakType())};
    }

    /** The symmetric matrix whose {@code lower} (or upper) triangle is that of {@code a}. */
    private static double[] symmetricFrom(double[] a, int n, boolean lower) {
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean inTriangle = lower ? j <= i : j >= i;
                s[i * n + j] = inTriangle ? a[i * n + j] : a[j * n + i];
            }
        }
        return s;
    }

    static double[] identity(int n) {
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        return v;
    }

    /** Cyclic Jacobi: rotates {@code a} to diagonal form, accumulating the rotations in the columns of {@code v}. */
    private static void diagonalize(double[] a, double[] v, int n) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p * n + q] * a[p * n + q];
                }
            }
            if (off == 0 || Double.isNaN(off)) {
                return;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    rotate(a, v, n, p, q, c, s);
                }
            }
        }
    }

    /** Applies the rotation {@code J(p, q, c, s)}: {@code a = J^T a J}, {@code v = v J}. */
    private static void rotate(double[] a, double[] v, int n, int p, int q, double c, double s) {
        for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    /** Sorts the eigenvalues ascending (stably), permuting the eigenvector columns alike. */
    private static void sortAscending(double[] w, double[] v, int n) {
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && w[j - 1] > w[j]; j--) {
                double t = w[j];
                w[j] = w[j - 1];
                w[j - 1] = t;
                for (int k = 0; k < n; k++) {
                    double x = v[k * n + j];
                    v[k * n + j] = v[k * n + j - 1];
                    v[k * n + j - 1] = x;
                }
            }
        }
    }
}
