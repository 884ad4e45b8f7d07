package org.jaxl.primitives.linalg;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.StandardPrimitive;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code triangular_solve[conjugate_a left_side lower transpose_a unit_diagonal]}: solves
 * {@code op(a) @ x = b} ({@code left_side}) or {@code x @ op(a) = b} for {@code x}, where
 * {@code a} is {@code [..., m, m]} and only its {@code lower} (or upper) triangle is read,
 * {@code op} transposes when {@code transpose_a}, and {@code unit_diagonal} takes the diagonal
 * as ones.
 */
final class TriangularSolvePrimitive extends StandardPrimitive {
    TriangularSolvePrimitive() {
        super("triangular_solve");
    }

    @Override
    protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
        int[] a = avals[0].shape();
        int[] b = avals[1].shape();
        if (a.length < 2) {
            throw PyErrors.typeError(node, "triangular_solve requires a.ndim to be at least 2, got " + a.length + ".");
        }
        if (b.length < 2) {
            throw PyErrors.typeError(node, "triangular_solve requires b.ndim to be at least 2, got " + b.length + ".");
        }
        if (a[a.length - 1] != a[a.length - 2]) {
            throw PyErrors.typeError(node, "triangular_solve requires the last two dimensions of a to be equal in size, got a.shape of "
                            + shapeStr(a) + ".");
        }
        if (!Arrays.equals(Matrices.batchDims(a), Matrices.batchDims(b))) {
            throw PyErrors.typeError(node, "triangular_solve requires both arguments to have the same number of dimensions and equal batch dimensions, got "
                            + shapeStr(a) + " and " + shapeStr(b) + ".");
        }
        boolean left = Matrices.flag(params, "left_side");
        int commonDim = b[b.length - (left ? 2 : 1)];
        if (a[a.length - 1] != commonDim) {
            throw PyErrors.typeError(node, "Incompatible shapes for arguments to triangular_solve: " + shapeStr(a) + " and " + shapeStr(b) + ".");
        }
        return b;
    }

    private static String shapeStr(int[] shape) {
        return org.jaxl.array.Shapes.toTupleString(shape);
    }

    @Override
    protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
        if (avals[0].dtype() != avals[1].dtype()) {
            throw PyErrors.typeError(node, "triangular_solve requires arguments to have the same dtypes, got " + avals[0].dtype() + ", "
                            + avals[1].dtype() + ".");
        }
        return avals[0].dtype();
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
        Matrices.checkRealFloat(out, name(), node);
        int[] bShape = args[1].shape();
        int m = args[0].shape()[args[0].ndim() - 1];
        int rows = bShape[bShape.length - 2];
        int cols = bShape[bShape.length - 1];
        double[][] a = Matrices.read(args[0], m, m);
        double[][] b = Matrices.read(args[1], rows, cols);
        boolean left = Matrices.flag(params, "left_side");
        boolean lower = Matrices.flag(params, "lower");
        boolean transpose = Matrices.flag(params, "transpose_a");
        boolean unit = Matrices.flag(params, "unit_diagonal");
        for (int k = 0; k < a.length; k++) {
            if (left) {
                solveLeft(a[k], b[k], m, cols, lower, transpose, unit);
            } else {
                // x @ op(a) = b is op(a)^T @ x^T = b^T: solve on the transposed right-hand side.
                double[] bt = transposed(b[k], rows, cols);
                solveLeft(a[k], bt, m, rows, lower, !transpose, unit);
                b[k] = transposed(bt, cols, rows);
            }
        }
        return new NDArray[]{Matrices.write(out.dtype(), out.shape(), b, out.weakType())};
    }

    private static double[] transposed(double[] x, int rows, int cols) {
        double[] t = new double[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
        return t;
    }

    /**
     * Solves {@code op(a) @ x = b} in place for an {@code m x m} triangular {@code a} and an
     * {@code m x n} {@code b}: forward substitution when {@code op(a)} is lower triangular,
     * back substitution when it is upper triangular.
     */
    private static void solveLeft(double[] a, double[] b, int m, int n, boolean lower, boolean transpose, boolean unit) {
        boolean opLower = lower != transpose;
        for (int step = 0; step < m; step++) {
            int i = opLower ? step : m - 1 - step;
            double diag = unit ? 1.0 : element(a, m, i, i, transpose);
            for (int c = 0; c < n; c++) {
                double s = b[i * n + c];
                if (opLower) {
                    for (int k = 0; k < i; k++) {
                        s -= element(a, m, i, k, transpose) * b[k * n + c];
                    }
                } else {
                    for (int k = i + 1; k < m; k++) {
                        s -= element(a, m, i, k, transpose) * b[k * n + c];
                    }
                }
                b[i * n + c] = s / diag;
            }
        }
    }

    /** Element {@code (i, k)} of {@code op(a)}. */
    private static double element(double[] a, int m, int i, int k, boolean transpose) {
        return transpose ? a[k * m + i] : a[i * m + k];
    }
}
