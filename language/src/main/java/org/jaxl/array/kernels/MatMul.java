package org.jaxl.array.kernels;

import java.util.function.IntFunction;
import java.util.function.Supplier;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Batched matrix products {@code C[b] = A[b] · B[b]} over row-major lanes, {@code A} of shape
 * {@code [batch, m, k]} and {@code B} of {@code [batch, k, n]}: the kernel behind
 * {@code dot_general} once its operands are arranged that way.
 *
 * <p>The float and double kernels follow the GotoBLAS/BLIS blocking with the Vector API: a panel
 * of {@code B}, two vectors wide and {@link #DEPTH} deep, is packed into a contiguous buffer
 * (zero-padded at the right edge), and a 6x(2 vectors) block of {@code C} stays in twelve
 * registers while the depth loop streams the packed panel and broadcasts elements of six rows of
 * {@code A}, each loaded vector of {@code B} feeding six fused multiply-adds. The micro-kernel has
 * no masks and no branches (C2 keeps every vector in a register only while the kernel is that
 * simple); blocks at the right edge run on a copy of {@code C} in a small tile. Row strips are
 * spread over the cores for large products. Products accumulate in the operands' precision, as
 * XLA's do. On 512x512 float32 this runs at about the core's peak (2 FMA ports x 16 lanes),
 * bench/README.md has the figures.
 */
public final class MatMul {
    /** Rows of {@code C} per micro-kernel block. */
    private static final int ROWS = 6;
    /** Depth of a packed panel of {@code B}: 256 rows of two vectors stay in the L1/L2 cache. */
    private static final int DEPTH = 256;
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
                run(batch, m, k, n, () -> new FloatBlocks((float[]) a, (float[]) b, c, m, k, n));
                yield c;
            }
            case DOUBLE -> {
                double[] c = new double[batch * m * n];
                run(batch, m, k, n, () -> new DoubleBlocks((double[]) a, (double[]) b, c, m, k, n));
                yield c;
            }
            case INT -> intProduct((int[]) a, (int[]) b, batch, m, k, n);
            case LONG -> longProduct((long[]) a, (long[]) b, batch, m, k, n);
            case COMPLEX -> complexProduct((double[]) a, (double[]) b, batch, m, k, n);
        };
    }

    /**
     * Runs the product's row strips, in parallel when the product is large: the (batch, row strip)
     * pairs are split into contiguous chunks, and each chunk makes one {@link Blocks} (its packing
     * buffers) and runs its rows once per batch element it touches, so that a panel of {@code B}
     * is packed once per chunk, not once per strip.
     */
    private static void run(int batch, int m, int k, int n, Supplier<Blocks> blocks) {
        int strips = (m + ROWS - 1) / ROWS;
        int total = batch * strips;
        long work = (long) batch * m * k * n;
        int threshold = work >= PARALLEL_WORK ? 1 : Integer.MAX_VALUE;
        Parallel.forRange(total, threshold, (from, to) -> {
            Blocks chunk = blocks.get();
            int s = from;
            while (s < to) {
                int bi = s / strips;
                int end = Math.min(to, (bi + 1) * strips);
                chunk.rows(bi, (s % strips) * ROWS, Math.min(m, (end - bi * strips) * ROWS));
                s = end;
            }
        });
    }

    /**
     * The blocking of one chunk of rows, whatever the element type: packs panels of {@code B}
     * (zero-padded at the right edge) and runs the typed micro-kernels {@link #block} (six rows,
     * through a tile at the right edge) and {@link #row} (the rows left below the last block).
     */
    private abstract static class Blocks {
        final Object a;
        final Object b;
        final Object c;
        final int m;
        final int k;
        final int n;
        /** Columns of a panel: two vectors. */
        final int width;
        final Object panel;
        final Object tile;
        /** A row of {@code width} zeros, the right edge's padding. */
        private final Object zeros;

        Blocks(Object a, Object b, Object c, int m, int k, int n, int width, IntFunction<Object> allocate) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.m = m;
            this.k = k;
            this.n = n;
            this.width = width;
            this.panel = allocate.apply(DEPTH * width);
            this.tile = allocate.apply(ROWS * width);
            this.zeros = allocate.apply(width);
        }

        /** {@code C[6 rows at c0, stride ldc] += A[6 rows at a0, stride k] · panel}. */
        abstract void block(int a0, int depth, Object target, int c0, int ldc);

        /** {@code tile[0, width) += A[one row at a0] · panel}. */
        abstract void row(int a0, int depth);

        /** C rows {@code [rowFrom, rowTo)} of batch element {@code bi}. */
        final void rows(int bi, int rowFrom, int rowTo) {
            int aBase = bi * m * k;
            int bBase = bi * k * n;
            int cBase = bi * m * n;
            for (int j = 0; j < n; j += width) {
                int w = Math.min(width, n - j);
                for (int p0 = 0; p0 < k; p0 += DEPTH) {
                    int depth = Math.min(DEPTH, k - p0);
                    for (int p = 0; p < depth; p++) {
                        System.arraycopy(b, bBase + (p0 + p) * n + j, panel, p * width, w);
                        System.arraycopy(zeros, 0, panel, p * width + w, width - w);
                    }
                    int i = rowFrom;
                    for (; i + ROWS <= rowTo; i += ROWS) {
                        int a0 = aBase + i * k + p0;
                        int c0 = cBase + i * n + j;
                        if (w == width) {
                            block(a0, depth, c, c0, n);
                        } else {
                            for (int r = 0; r < ROWS; r++) {
                                System.arraycopy(c, c0 + r * n, tile, r * width, w);
                            }
                            block(a0, depth, tile, 0, width);
                            for (int r = 0; r < ROWS; r++) {
                                System.arraycopy(tile, r * width, c, c0 + r * n, w);
                            }
                        }
                    }
                    for (; i < rowTo; i++) {
                        int c0 = cBase + i * n + j;
                        System.arraycopy(c, c0, tile, 0, w);
                        row(aBase + i * k + p0, depth);
                        System.arraycopy(tile, 0, c, c0, w);
                    }
                }
            }
        }
    }

    /** The float32 micro-kernels. */
    private static final class FloatBlocks extends Blocks {
        private static final int LANES = FS.length();
        private static final int WIDTH = 2 * LANES;

        FloatBlocks(float[] a, float[] b, float[] c, int m, int k, int n) {
            super(a, b, c, m, k, n, WIDTH, float[]::new);
        }

        @Override
        void block(int a0, int depth, Object target, int c0, int ldc) {
            block((float[]) a, a0, k, (float[]) panel, depth, (float[]) target, c0, ldc);
        }

        @Override
        void row(int a0, int depth) {
            row((float[]) a, a0, (float[]) panel, depth, (float[]) tile);
        }

        /** {@code C[6 rows at c0, stride ldc] += A[6 rows at a0, stride lda] · panel}. */
        private static void block(float[] a, int a0, int lda, float[] panel, int depth, float[] c, int c0, int ldc) {
            int a1 = a0 + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            int c1 = c0 + ldc;
            int c2 = c1 + ldc;
            int c3 = c2 + ldc;
            int c4 = c3 + ldc;
            int c5 = c4 + ldc;
            FloatVector c00 = FloatVector.fromArray(FS, c, c0);
            FloatVector c01 = FloatVector.fromArray(FS, c, c0 + LANES);
            FloatVector c10 = FloatVector.fromArray(FS, c, c1);
            FloatVector c11 = FloatVector.fromArray(FS, c, c1 + LANES);
            FloatVector c20 = FloatVector.fromArray(FS, c, c2);
            FloatVector c21 = FloatVector.fromArray(FS, c, c2 + LANES);
            FloatVector c30 = FloatVector.fromArray(FS, c, c3);
            FloatVector c31 = FloatVector.fromArray(FS, c, c3 + LANES);
            FloatVector c40 = FloatVector.fromArray(FS, c, c4);
            FloatVector c41 = FloatVector.fromArray(FS, c, c4 + LANES);
            FloatVector c50 = FloatVector.fromArray(FS, c, c5);
            FloatVector c51 = FloatVector.fromArray(FS, c, c5 + LANES);
            for (int p = 0; p < depth; p++) {
                FloatVector b0 = FloatVector.fromArray(FS, panel, p * WIDTH);
                FloatVector b1 = FloatVector.fromArray(FS, panel, p * WIDTH + LANES);
                FloatVector x = FloatVector.broadcast(FS, a[a0 + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = FloatVector.broadcast(FS, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = FloatVector.broadcast(FS, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = FloatVector.broadcast(FS, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = FloatVector.broadcast(FS, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = FloatVector.broadcast(FS, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, c0);
            c01.intoArray(c, c0 + LANES);
            c10.intoArray(c, c1);
            c11.intoArray(c, c1 + LANES);
            c20.intoArray(c, c2);
            c21.intoArray(c, c2 + LANES);
            c30.intoArray(c, c3);
            c31.intoArray(c, c3 + LANES);
            c40.intoArray(c, c4);
            c41.intoArray(c, c4 + LANES);
            c50.intoArray(c, c5);
            c51.intoArray(c, c5 + LANES);
        }

        /** {@code tile[0, 2 vectors) += A[one row at a0] · panel}, for the rows left below a block. */
        private static void row(float[] a, int a0, float[] panel, int depth, float[] tile) {
            FloatVector v0 = FloatVector.fromArray(FS, tile, 0);
            FloatVector v1 = FloatVector.fromArray(FS, tile, LANES);
            for (int p = 0; p < depth; p++) {
                FloatVector x = FloatVector.broadcast(FS, a[a0 + p]);
                v0 = x.fma(FloatVector.fromArray(FS, panel, p * WIDTH), v0);
                v1 = x.fma(FloatVector.fromArray(FS, panel, p * WIDTH + LANES), v1);
            }
            v0.intoArray(tile, 0);
            v1.intoArray(tile, LANES);
        }
    }

    /** The float64 micro-kernels. */
    private static final class DoubleBlocks extends Blocks {
        private static final int LANES = DS.length();
        private static final int WIDTH = 2 * LANES;

        DoubleBlocks(double[] a, double[] b, double[] c, int m, int k, int n) {
            super(a, b, c, m, k, n, WIDTH, double[]::new);
        }

        @Override
        void block(int a0, int depth, Object target, int c0, int ldc) {
            block((double[]) a, a0, k, (double[]) panel, depth, (double[]) target, c0, ldc);
        }

        @Override
        void row(int a0, int depth) {
            row((double[]) a, a0, (double[]) panel, depth, (double[]) tile);
        }

        /** {@code C[6 rows at c0, stride ldc] += A[6 rows at a0, stride lda] · panel}. */
        private static void block(double[] a, int a0, int lda, double[] panel, int depth, double[] c, int c0, int ldc) {
            int a1 = a0 + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            int c1 = c0 + ldc;
            int c2 = c1 + ldc;
            int c3 = c2 + ldc;
            int c4 = c3 + ldc;
            int c5 = c4 + ldc;
            DoubleVector c00 = DoubleVector.fromArray(DS, c, c0);
            DoubleVector c01 = DoubleVector.fromArray(DS, c, c0 + LANES);
            DoubleVector c10 = DoubleVector.fromArray(DS, c, c1);
            DoubleVector c11 = DoubleVector.fromArray(DS, c, c1 + LANES);
            DoubleVector c20 = DoubleVector.fromArray(DS, c, c2);
            DoubleVector c21 = DoubleVector.fromArray(DS, c, c2 + LANES);
            DoubleVector c30 = DoubleVector.fromArray(DS, c, c3);
            DoubleVector c31 = DoubleVector.fromArray(DS, c, c3 + LANES);
            DoubleVector c40 = DoubleVector.fromArray(DS, c, c4);
            DoubleVector c41 = DoubleVector.fromArray(DS, c, c4 + LANES);
            DoubleVector c50 = DoubleVector.fromArray(DS, c, c5);
            DoubleVector c51 = DoubleVector.fromArray(DS, c, c5 + LANES);
            for (int p = 0; p < depth; p++) {
                DoubleVector b0 = DoubleVector.fromArray(DS, panel, p * WIDTH);
                DoubleVector b1 = DoubleVector.fromArray(DS, panel, p * WIDTH + LANES);
                DoubleVector x = DoubleVector.broadcast(DS, a[a0 + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = DoubleVector.broadcast(DS, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = DoubleVector.broadcast(DS, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = DoubleVector.broadcast(DS, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = DoubleVector.broadcast(DS, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = DoubleVector.broadcast(DS, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, c0);
            c01.intoArray(c, c0 + LANES);
            c10.intoArray(c, c1);
            c11.intoArray(c, c1 + LANES);
            c20.intoArray(c, c2);
            c21.intoArray(c, c2 + LANES);
            c30.intoArray(c, c3);
            c31.intoArray(c, c3 + LANES);
            c40.intoArray(c, c4);
            c41.intoArray(c, c4 + LANES);
            c50.intoArray(c, c5);
            c51.intoArray(c, c5 + LANES);
        }

        /** {@code tile[0, 2 vectors) += A[one row at a0] · panel}, for the rows left below a block. */
        private static void row(double[] a, int a0, double[] panel, int depth, double[] tile) {
            DoubleVector v0 = DoubleVector.fromArray(DS, tile, 0);
            DoubleVector v1 = DoubleVector.fromArray(DS, tile, LANES);
            for (int p = 0; p < depth; p++) {
                DoubleVector x = DoubleVector.broadcast(DS, a[a0 + p]);
                v0 = x.fma(DoubleVector.fromArray(DS, panel, p * WIDTH), v0);
                v1 = x.fma(DoubleVector.fromArray(DS, panel, p * WIDTH + LANES), v1);
            }
            v0.intoArray(tile, 0);
            v1.intoArray(tile, LANES);
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
