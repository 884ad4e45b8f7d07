package org.jaxl.primitives.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.runtime.PNone;
import org.junit.jupiter.api.Test;

/**
 * Checks the linear-algebra kernels by their defining identities on float64 matrices:
 * {@code P A = L U}, triangular solves that reproduce their right-hand sides, {@code A = L L^T},
 * {@code A = Q R} with orthonormal {@code Q}, {@code A V = V diag(w)} and {@code A = U S V^T},
 * plus LAPACK's pivoting and sign conventions where JAX's results depend on them.
 */
class LinalgPrimitivesTest {
    private static final double TOL = 1e-12;

    private static NDArray matrix(int rows, int cols, double... values) {
        return NDArray.of(DType.FLOAT64, new int[]{rows, cols}, values, false);
    }

    private static double[] values(NDArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getDouble(i);
        }
        return out;
    }

    private static int[] ints(NDArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) a.getLong(i);
        }
        return out;
    }

    /** Row-major {@code a (m x k) @ b (k x n)}. */
    private static double[] matmul(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    private static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    @Test
    void luPivotsLikeGetrfAndReconstructs() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 10};
        NDArray[] out = new LuPrimitive().impl(new NDArray[]{matrix(3, 3, a)}, Params.EMPTY, null);
        double[] lu = values(out[0]);
        // The largest magnitude of each column becomes the pivot: row 2, then row 2 again.
        assertArrayEquals(new int[]{2, 2, 2}, ints(out[1]));
        int[] perm = ints(out[2]);
        assertArrayEquals(new int[]{2, 0, 1}, perm);
        double[] l = new double[9];
        double[] u = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j < i) {
                    l[i * 3 + j] = lu[i * 3 + j];
                } else {
                    u[i * 3 + j] = lu[i * 3 + j];
                }
            }
            l[i * 3 + i] = 1;
        }
        double[] product = matmul(l, u, 3, 3, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(a[perm[i] * 3 + j], product[i * 3 + j], TOL);
            }
        }
    }

    @Test
    void triangularSolveLeftAndRight() {
        double[] lower = {2, 0, 0, 1, 3, 0, -1, 2, 4};
        double[] b = {1, 2, 3, 4, 5, 6};
        TriangularSolvePrimitive solve = new TriangularSolvePrimitive();
        for (boolean transpose : new boolean[]{false, true}) {
            Params left = Params.of("left_side", true, "lower", true, "transpose_a", transpose, "conjugate_a", false, "unit_diagonal", false);
            double[] x = values(solve.impl(new NDArray[]{matrix(3, 3, lower), matrix(3, 2, b)}, left, null)[0]);
            double[] op = transpose ? transpose(lower, 3, 3) : lower;
            assertArrayEquals(b, matmul(op, x, 3, 3, 2), TOL);
        }
        Params right = Params.of("left_side", false, "lower", true, "transpose_a", false, "conjugate_a", false, "unit_diagonal", true);
        double[] x = values(solve.impl(new NDArray[]{matrix(3, 3, lower), matrix(2, 3, b)}, right, null)[0]);
        double[] unitLower = {1, 0, 0, 1, 1, 0, -1, 2, 1};
        assertArrayEquals(b, matmul(x, unitLower, 2, 3, 3), TOL);
    }

    @Test
    void choleskyFactorsAndFailsWithNaNs() {
        double[] a = {4, 2, 2, 3};
        double[] l = values(new CholeskyPrimitive().impl(new NDArray[]{matrix(2, 2, a)}, Params.EMPTY, null)[0]);
        double[] lower = {l[0], 0, l[2], l[3]};
        assertArrayEquals(a, matmul(lower, transpose(lower, 2, 2), 2, 2, 2), TOL);
        double[] bad = values(new CholeskyPrimitive().impl(new NDArray[]{matrix(2, 2, 1, 2, 2, 1)}, Params.EMPTY, null)[0]);
        assertTrue(Double.isNaN(bad[0]) && Double.isNaN(bad[3]));
    }

    @Test
    void qrUsesLapackSignsAndReconstructs() {
        double[] a = {3, 1, 4, 2};
        NDArray[] out = new QrPrimitive().impl(new NDArray[]{matrix(2, 2, a)}, Params.of("full_matrices", false), null);
        double[] q = values(out[0]);
        double[] r = values(out[1]);
        // geqrf reflects the first column onto -sign(3) * 5.
        assertEquals(-5, r[0], TOL);
        assertEquals(0, r[2], 0);
        assertArrayEquals(a, matmul(q, r, 2, 2, 2), TOL);
        assertArrayEquals(new double[]{1, 0, 0, 1}, matmul(transpose(q, 2, 2), q, 2, 2, 2), TOL);
        NDArray[] full = new QrPrimitive().impl(new NDArray[]{matrix(3, 2, 1, 1, 1, 1, 1, 1)}, Params.of("full_matrices", true), null);
        assertArrayEquals(new int[]{3, 3}, full[0].shape());
        double[] q3 = values(full[0]);
        assertArrayEquals(new double[]{1, 0, 0, 0, 1, 0, 0, 0, 1}, matmul(transpose(q3, 3, 3), q3, 3, 3, 3), TOL);
    }

    @Test
    void eighSortsEigenvaluesAndReadsOneTriangle() {
        double[] a = {2, 1, 1, 2};
        Params params = Params.of("lower", true, "sort_eigenvalues", true, "subset_by_index", PNone.NONE);
        NDArray[] out = new EighPrimitive().impl(new NDArray[]{matrix(2, 2, a)}, params, null);
        double[] v = values(out[0]);
        double[] w = values(out[1]);
        assertArrayEquals(new double[]{1, 3}, w, TOL);
        double[] av = matmul(a, v, 2, 2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(w[j] * v[i * 2 + j], av[i * 2 + j], TOL);
            }
        }
        // Only the lower triangle is read: the 100 above the diagonal is ignored.
        double[] w2 = values(new EighPrimitive().impl(new NDArray[]{matrix(2, 2, 2, 100, 1, 2)}, params, null)[1]);
        assertArrayEquals(new double[]{1, 3}, w2, TOL);
    }

    @Test
    void svdOrdersSingularValuesAndReconstructs() {
        double[] a = {3, 0, 0, -4, 0, 0};
        Params params = Params.of("full_matrices", false, "compute_uv", true, "subset_by_index", PNone.NONE);
        NDArray[] out = new SvdPrimitive().impl(new NDArray[]{matrix(3, 2, a)}, params, null);
        double[] s = values(out[0]);
        assertArrayEquals(new double[]{4, 3}, s, TOL);
        double[] u = values(out[1]);
        double[] vt = values(out[2]);
        double[] us = {u[0] * s[0], u[1] * s[1], u[2] * s[0], u[3] * s[1], u[4] * s[0], u[5] * s[1]};
        assertArrayEquals(a, matmul(us, vt, 3, 2, 2), TOL);
        NDArray[] wide = new SvdPrimitive().impl(new NDArray[]{matrix(2, 3, 1, 1, 1, 1, 1, 1)},
                        Params.of("full_matrices", true, "compute_uv", true, "subset_by_index", PNone.NONE), null);
        assertArrayEquals(new int[]{2, 2}, wide[1].shape());
        assertArrayEquals(new int[]{3, 3}, wide[2].shape());
        double[] v3 = values(wide[2]);
        assertArrayEquals(new double[]{1, 0, 0, 0, 1, 0, 0, 0, 1}, matmul(v3, transpose(v3, 3, 3), 3, 3, 3), 1e-9);
    }
}
