package org.jaxl.array.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Batched matrix products {@code C[b] = A[b] · B[b]} over row-major lanes, {@code A} of shape
 * {@code [batch, m, k]} and {@code B} of {@code [batch, k, n]}: the kernel behind
 * {@code dot_general} once its operands are arranged that way.
 *
 * <p>The float and double kernels are register-blocked with the Vector API: a 4x(2 vectors)
 * block of {@code C} stays in registers while the depth loop streams a two-vector-wide panel of
 * {@code B} (which stays in cache across row strips) and broadcasts elements of {@code A}, each
 * loaded vector of {@code B} feeding four fused multiply-adds. Row strips are spread over the
 * cores for large products. Products accumulate in the operands' precision, as XLA's do.
 */
public final class MatMul {
    private static final int ROWS = 4;
    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    /** Multiply-adds from which a product is split across cores. */
    private static final int PARALLEL_WORK = 1 << 18;

    private MatMul() {
    }

    /** The product of lanes of {@code type}; the result has the same lane type. */
    public static Object multiply(LaneType type, Object a, Object b, int batch, int m, int k, int n) {
        return switch (type) {
            case FLOAT -> {
                float[] c = new float[batch * m * n];
                run(batch, m, k, n, (bi, from, to) -> floatBlock((float[]) a, (float[]) b, c, bi, from, to, m, k, n));
                yield c;
            }
            case DOUBLE -> {
                double[] c = new double[batch * m * n];
                run(batch, m, k, n, (bi, from, to) -> doubleBlock((double[]) a, (double[]) b, c, bi, from, to, m, k, n));
                yield c;
            }
            case INT -> intProduct((int[]) a, (int[]) b, batch, m, k, n);
            case LONG -> longProduct((long[]) a, (long[]) b, batch, m, k, n);
            case COMPLEX -> complexProduct((double[]) a, (double[]) b, batch, m, k, n);
        };
    }

    @FunctionalInterface
    private interface RowBlock {
        void run(int batchIndex, int fromRow, int toRow);
    }

    /** Runs {@code body} over all (batch, row strip) pairs, in parallel when the product is large. */
    private static void run(int batch, int m, int k, int n, RowBlock body) {
        int strips = (m + ROWS - 1) / ROWS;
        int total = batch * strips;
        long work = (long) batch * m * k * n;
        int threshold = work >= PARALLEL_WORK ? 1 : Integer.MAX_VALUE;
        Parallel.forRange(total, threshold, (from, to) -> {
            for (int s = from; s < to; s++) {
                int bi = s / strips;
                int strip = s % strips;
                body.run(bi, strip * ROWS, Math.min(m, strip * ROWS + ROWS));
            }
        });
    }

    /**
     * C rows {@code [rowFrom, rowTo)} of one batch element: for each panel of two vectors of
     * columns, a 4x2 block of vector accumulators runs down the whole depth (broadcast A element
     * times a row of the B panel, fused multiply-add) and is stored once.
     */
    private static void floatBlock(float[] a, float[] b, float[] c, int bi, int rowFrom, int rowTo, int m, int k, int n) {
        int aBase = bi * m * k;
        int bBase = bi * k * n;
        int cBase = bi * m * n;
        int lanes = FS.length();
        for (int j = 0; j < n; j += 2 * lanes) {
            VectorMask<Float> m0 = FS.indexInRange(j, n);
            VectorMask<Float> m1 = FS.indexInRange(j + lanes, n);
            int i = rowFrom;
            for (; i + ROWS <= rowTo; i += ROWS) {
                FloatVector c00 = FloatVector.zero(FS);
                FloatVector c01 = FloatVector.zero(FS);
                FloatVector c10 = FloatVector.zero(FS);
                FloatVector c11 = FloatVector.zero(FS);
                FloatVector c20 = FloatVector.zero(FS);
                FloatVector c21 = FloatVector.zero(FS);
                FloatVector c30 = FloatVector.zero(FS);
                FloatVector c31 = FloatVector.zero(FS);
                int a0 = aBase + i * k;
                for (int p = 0; p < k; p++) {
                    int bRow = bBase + p * n + j;
                    FloatVector b0 = FloatVector.fromArray(FS, b, bRow, m0);
                    FloatVector b1 = FloatVector.fromArray(FS, b, bRow + lanes, m1);
                    FloatVector x0 = FloatVector.broadcast(FS, a[a0 + p]);
                    FloatVector x1 = FloatVector.broadcast(FS, a[a0 + k + p]);
                    FloatVector x2 = FloatVector.broadcast(FS, a[a0 + 2 * k + p]);
                    FloatVector x3 = FloatVector.broadcast(FS, a[a0 + 3 * k + p]);
                    c00 = x0.fma(b0, c00);
                    c01 = x0.fma(b1, c01);
                    c10 = x1.fma(b0, c10);
                    c11 = x1.fma(b1, c11);
                    c20 = x2.fma(b0, c20);
                    c21 = x2.fma(b1, c21);
                    c30 = x3.fma(b0, c30);
                    c31 = x3.fma(b1, c31);
                }
                int c0 = cBase + i * n + j;
                c00.intoArray(c, c0, m0);
                c01.intoArray(c, c0 + lanes, m1);
                c10.intoArray(c, c0 + n, m0);
                c11.intoArray(c, c0 + n + lanes, m1);
                c20.intoArray(c, c0 + 2 * n, m0);
                c21.intoArray(c, c0 + 2 * n + lanes, m1);
                c30.intoArray(c, c0 + 3 * n, m0);
                c31.intoArray(c, c0 + 3 * n + lanes, m1);
            }
            for (; i < rowTo; i++) {
                FloatVector c0 = FloatVector.zero(FS);
                FloatVector c1 = FloatVector.zero(FS);
                int ai = aBase + i * k;
                for (int p = 0; p < k; p++) {
                    int bRow = bBase + p * n + j;
                    FloatVector x = FloatVector.broadcast(FS, a[ai + p]);
                    c0 = x.fma(FloatVector.fromArray(FS, b, bRow, m0), c0);
                    c1 = x.fma(FloatVector.fromArray(FS, b, bRow + lanes, m1), c1);
                }
                c0.intoArray(c, cBase + i * n + j, m0);
                c1.intoArray(c, cBase + i * n + j + lanes, m1);
            }
        }
    }

    /** As {@link #floatBlock}, for doubles. */
    private static void doubleBlock(double[] a, double[] b, double[] c, int bi, int rowFrom, int rowTo, int m, int k, int n) {
        int aBase = bi * m * k;
        int bBase = bi * k * n;
        int cBase = bi * m * n;
        int lanes = DS.length();
        for (int j = 0; j < n; j += 2 * lanes) {
            VectorMask<Double> m0 = DS.indexInRange(j, n);
            VectorMask<Double> m1 = DS.indexInRange(j + lanes, n);
            int i = rowFrom;
            for (; i + ROWS <= rowTo; i += ROWS) {
                DoubleVector c00 = DoubleVector.zero(DS);
                DoubleVector c01 = DoubleVector.zero(DS);
                DoubleVector c10 = DoubleVector.zero(DS);
                DoubleVector c11 = DoubleVector.zero(DS);
                DoubleVector c20 = DoubleVector.zero(DS);
                DoubleVector c21 = DoubleVector.zero(DS);
                DoubleVector c30 = DoubleVector.zero(DS);
                DoubleVector c31 = DoubleVector.zero(DS);
                int a0 = aBase + i * k;
                for (int p = 0; p < k; p++) {
                    int bRow = bBase + p * n + j;
                    DoubleVector b0 = DoubleVector.fromArray(DS, b, bRow, m0);
                    DoubleVector b1 = DoubleVector.fromArray(DS, b, bRow + lanes, m1);
                    DoubleVector x0 = DoubleVector.broadcast(DS, a[a0 + p]);
                    DoubleVector x1 = DoubleVector.broadcast(DS, a[a0 + k + p]);
                    DoubleVector x2 = DoubleVector.broadcast(DS, a[a0 + 2 * k + p]);
                    DoubleVector x3 = DoubleVector.broadcast(DS, a[a0 + 3 * k + p]);
                    c00 = x0.fma(b0, c00);
                    c01 = x0.fma(b1, c01);
                    c10 = x1.fma(b0, c10);
                    c11 = x1.fma(b1, c11);
                    c20 = x2.fma(b0, c20);
                    c21 = x2.fma(b1, c21);
                    c30 = x3.fma(b0, c30);
                    c31 = x3.fma(b1, c31);
                }
                int c0 = cBase + i * n + j;
                c00.intoArray(c, c0, m0);
                c01.intoArray(c, c0 + lanes, m1);
                c10.intoArray(c, c0 + n, m0);
                c11.intoArray(c, c0 + n + lanes, m1);
                c20.intoArray(c, c0 + 2 * n, m0);
                c21.intoArray(c, c0 + 2 * n + lanes, m1);
                c30.intoArray(c, c0 + 3 * n, m0);
                c31.intoArray(c, c0 + 3 * n + lanes, m1);
            }
            for (; i < rowTo; i++) {
                DoubleVector c0 = DoubleVector.zero(DS);
                DoubleVector c1 = DoubleVector.zero(DS);
                int ai = aBase + i * k;
                for (int p = 0; p < k; p++) {
                    int bRow = bBase + p * n + j;
                    DoubleVector x = DoubleVector.broadcast(DS, a[ai + p]);
                    c0 = x.fma(DoubleVector.fromArray(DS, b, bRow, m0), c0);
                    c1 = x.fma(DoubleVector.fromArray(DS, b, bRow + lanes, m1), c1);
                }
                c0.intoArray(c, cBase + i * n + j, m0);
                c1.intoArray(c, cBase + i * n + j + lanes, m1);
            }
        }
    }

    private static int[] intProduct(int[] a, int[] b, int batch, int m, int k, int n) {
        int[] c = new int[batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                int ci = (bi * m + i) * n;
                for (int p = 0; p < k; p++) {
                    int x = a[(bi * m + i) * k + p];
                    int bRow = (bi * k + p) * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += x * b[bRow + j];
                    }
                }
            }
        }
        return c;
    }

    private static long[] longProduct(long[] a, long[] b, int batch, int m, int k, int n) {
        long[] c = new long[batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                int ci = (bi * m + i) * n;
                for (int p = 0; p < k; p++) {
                    long x = a[(bi * m + i) * k + p];
                    int bRow = (bi * k + p) * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += x * b[bRow + j];
                    }
                }
            }
        }
        return c;
    }

    private static double[] complexProduct(double[] a, double[] b, int batch, int m, int k, int n) {
        double[] c = new double[2 * batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                int ci = (bi * m + i) * n;
                for (int p = 0; p < k; p++) {
                    int ai = 2 * ((bi * m + i) * k + p);
                    double xr = a[ai];
                    double xi = a[ai + 1];
                    int bRow = (bi * k + p) * n;
                    for (int j = 0; j < n; j++) {
                        double yr = b[2 * (bRow + j)];
                        double yi = b[2 * (bRow + j) + 1];
                        c[2 * (ci + j)] += xr * yr - xi * yi;
                        c[2 * (ci + j) + 1] += xr * yi + xi * yr;
                    }
                }
            }
        }
        return c;
    }
}
