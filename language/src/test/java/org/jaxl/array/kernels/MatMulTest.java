package org.jaxl.array.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MatMul}'s blocked float and double kernels against the textbook triple loop, bit for bit:
 * each element of {@code C} is one chain of fused multiply-adds over the depth in order, however
 * the kernel blocks rows (6 at a time, plus the rows left over), columns (two vectors, plus a
 * zero-padded edge) and depth (panels of 256, continued from {@code C}), and whether it splits
 * the rows over the cores.
 */
class MatMulTest {
    static Stream<Arguments> shapes() {
        return Stream.of(
                        Arguments.of(1, 1, 1, 1),
                        Arguments.of(1, 2, 3, 4),
                        Arguments.of(1, 6, 5, 32),
                        Arguments.of(1, 7, 33, 65),
                        Arguments.of(1, 13, 300, 17),
                        Arguments.of(1, 100, 257, 99),
                        Arguments.of(1, 130, 513, 70),
                        Arguments.of(3, 7, 9, 40),
                        Arguments.of(4, 64, 64, 64),
                        Arguments.of(2, 0, 5, 3),
                        Arguments.of(2, 4, 0, 3));
    }

    @ParameterizedTest(name = "batch {0}, {1}x{2} times {2}x{3}")
    @MethodSource("shapes")
    void floatProductIsTheFusedMultiplyAddChain(int batch, int m, int k, int n) {
        Random random = new Random(m * 31L + k * 7L + n);
        float[] a = new float[batch * m * k];
        float[] b = new float[batch * k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextFloat() - 0.5f;
        }
        float[] expected = new float[batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float sum = 0f;
                    for (int p = 0; p < k; p++) {
                        sum = Math.fma(a[(bi * m + i) * k + p], b[(bi * k + p) * n + j], sum);
                    }
                    expected[(bi * m + i) * n + j] = sum;
                }
            }
        }
        assertArrayEquals(expected, (float[]) MatMul.multiply(LaneType.FLOAT, a, b, batch, m, k, n));
    }

    @ParameterizedTest(name = "batch {0}, {1}x{2} times {2}x{3}")
    @MethodSource("shapes")
    void doubleProductIsTheFusedMultiplyAddChain(int batch, int m, int k, int n) {
        Random random = new Random(m * 17L + k * 5L + n);
        double[] a = new double[batch * m * k];
        double[] b = new double[batch * k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextDouble() - 0.5;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextDouble() - 0.5;
        }
        double[] expected = new double[batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0.0;
                    for (int p = 0; p < k; p++) {
                        sum = Math.fma(a[(bi * m + i) * k + p], b[(bi * k + p) * n + j], sum);
                    }
                    expected[(bi * m + i) * n + j] = sum;
                }
            }
        }
        assertArrayEquals(expected, (double[]) MatMul.multiply(LaneType.DOUBLE, a, b, batch, m, k, n));
    }
}
