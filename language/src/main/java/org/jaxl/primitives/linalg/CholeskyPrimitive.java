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
 * {@code cholesky}: the lower Cholesky factor of {@code [..., n, n]} positive-definite matrices,
 * read from their lower triangle (LAPACK's {@code potrf}); a matrix that is not positive definite
 * gives all NaNs, as JAX's CPU lowering selects.
 */
final class CholeskyPrimitive extends StandardPrimitive {
    CholeskyPrimitive() {
        super("cholesky");
    }

    @Override
    protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
        int[] shape = avals[0].shape();
        if (shape.length < 2 || shape[shape.length - 1] != shape[shape.length - 2]) {
            throw PyErrors.valueError(node, "Argument to Cholesky decomposition must have shape [..., n, n], got shape "
                            + org.jaxl.array.Shapes.toTupleString(shape));
        }
        return shape;
    }

    @Override
    protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
        DType d = avals[0].dtype();
        if (!d.isInexact()) {
            throw PyErrors.typeError(node, "cholesky does not accept dtype " + d + ". Accepted dtypes are subtypes of floating, complexfloating.");
        }
        return d;
    }

    @Override
    @TruffleBoundary
    public NDArray[] impl(NDArray[] args, Params params, Node node) {
        ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
        Matrices.checkRealFloat(out, name(), node);
        int n = out.shape()[out.ndim() - 1];
        double[][] mats = Matrices.read(args[0], n, n);
        for (double[] a : mats) {
            if (!factor(a, n)) {
                Arrays.fill(a, Double.NaN);
            }
        }
        return new NDArray[]{Matrices.write(out.dtype(), out.shape(), mats, out.weakType())};
    }

    /** Overwrites the lower triangle with the factor (the upper triangle keeps the input); false if not positive definite. */
    private static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / ljj;
            }
        }
        return true;
    }
}
