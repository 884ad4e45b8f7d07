package org.jaxl.array.kernels;

/**
 * Batched matrix products {@code C[b] = A[b] · B[b]} over row-major lanes, {@code A} of shape
 * {@code [batch, m, k]} and {@code B} of {@code [batch, k, n]}: the kernel behind
 * {@code dot_general} once its operands are arranged that way.
 *
 * <p>The float and double kernels are blocked for the caches: a panel of {@code B} rows stays in
 * L2 while four rows of {@code C} (a strip of {@link #COLUMN_BLOCK} columns) stay in L1 and are
 * updated by a loop over columns that the JIT vectorizes, each loaded element of {@code B}
 * feeding four multiply-adds. Row strips are spread over the cores for large products.
 */
public final class MatMul {
    private static final int ROWS = 4;
    private static final int COLUMN_BLOCK = 512;
    private static final int DEPTH_BLOCK = 256;
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

    private static void floatBlock(float[] a, float[] b, float[] c, int bi, int rowFrom, int rowTo, int m, int k, int n) {
        int aBase = bi * m * k;
        int bBase = bi * k * n;
        int cBase = bi * m * n;
        for (int j0 = 0; j0 < n; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(n, j0 + COLUMN_BLOCK);
            for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                if (rowTo - rowFrom == ROWS) {
                    int c0 = cBase + rowFrom * n;
                    int c1 = c0 + n;
                    int c2 = c1 + n;
                    int c3 = c2 + n;
                    int a0 = aBase + rowFrom * k;
                    for (int p = p0; p < p1; p++) {
                        float x0 = a[a0 + p];
                        float x1 = a[a0 + k + p];
                        float x2 = a[a0 + 2 * k + p];
                        float x3 = a[a0 + 3 * k + p];
                        int bRow = bBase + p * n;
                        for (int j = j0; j < j1; j++) {
                            float y = b[bRow + j];
                            c[c0 + j] += x0 * y;
                            c[c1 + j] += x1 * y;
                            c[c2 + j] += x2 * y;
                            c[c3 + j] += x3 * y;
                        }
                    }
                } else {
                    for (int i = rowFrom; i < rowTo; i++) {
                        int ci = cBase + i * n;
                        int ai = aBase + i * k;
                        for (int p = p0; p < p1; p++) {
                            float x = a[ai + p];
                            int bRow = bBase + p * n;
                            for (int j = j0; j < j1; j++) {
                                c[ci + j] += x * b[bRow + j];
                            }
                        }
                    }
                }
            }
        }
    }

    private static void doubleBlock(double[] a, double[] b, double[] c, int bi, int rowFrom, int rowTo, int m, int k, int n) {
        int aBase = bi * m * k;
        int bBase = bi * k * n;
        int cBase = bi * m * n;
        for (int j0 = 0; j0 < n; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(n, j0 + COLUMN_BLOCK);
            for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                if (rowTo - rowFrom == ROWS) {
                    int c0 = cBase + rowFrom * n;
                    int c1 = c0 + n;
                    int c2 = c1 + n;
                    int c3 = c2 + n;
                    int a0 = aBase + rowFrom * k;
                    for (int p = p0; p < p1; p++) {
                        double x0 = a[a0 + p];
                        double x1 = a[a0 + k + p];
                        double x2 = a[a0 + 2 * k + p];
                        double x3 = a[a0 + 3 * k + p];
                        int bRow = bBase + p * n;
                        for (int j = j0; j < j1; j++) {
                            double y = b[bRow + j];
                            c[c0 + j] += x0 * y;
                            c[c1 + j] += x1 * y;
                            c[c2 + j] += x2 * y;
                            c[c3 + j] += x3 * y;
                        }
                    }
                } else {
                    for (int i = rowFrom; i < rowTo; i++) {
                        int ci = cBase + i * n;
                        int ai = aBase + i * k;
                        for (int p = p0; p < p1; p++) {
                            double x = a[ai + p];
                            int bRow = bBase + p * n;
                            for (int j = j0; j < j1; j++) {
                                c[ci + j] += x * b[bRow + j];
                            }
                        }
                    }
                }
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
