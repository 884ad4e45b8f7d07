package org.jaxl.primitives;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.Shapes;
import org.jaxl.runtime.PyErrors;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** The shape and dtype rules that many primitives share ({@code lax.py}: {@code broadcasting_shape_rule}, {@code check_same_dtypes}…). */
public final class ShapeRules {
    private ShapeRules() {
    }

    /** Elementwise operands: equal shapes, scalars allowed (JAX's {@code broadcasting_shape_rule}). */
    @TruffleBoundary
    public static int[] broadcasting(String name, ShapedArray[] avals, Node node) {
        List<int[]> shapes = new ArrayList<>();
        for (ShapedArray a : avals) {
            if (a.ndim() > 0) {
                shapes.add(a.shape());
            }
        }
        if (shapes.isEmpty()) {
            return Shapes.SCALAR;
        }
        int rank = shapes.get(0).length;
        for (int[] s : shapes) {
            if (s.length != rank) {
                throw PyErrors.typeError(node, name + ": arrays must have same number of dimensions, got " + joinShapes(shapes) + ".");
            }
        }
        int[] out = new int[rank];
        for (int d = 0; d < rank; d++) {
            int size = 1;
            for (int[] s : shapes) {
                if (s[d] != 1) {
                    if (size != 1 && size != s[d]) {
                        throw PyErrors.typeError(node, name + " got incompatible shapes for broadcasting: " + joinShapes(shapes) + ".");
                    }
                    size = s[d];
                }
            }
            out[d] = size;
        }
        return out;
    }

    private static String joinShapes(List<int[]> shapes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shapes.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Shapes.toTupleString(shapes.get(i)));
        }
        return sb.toString();
    }

    /** {@code check_same_dtypes}: lax ops need operands of one dtype. */
    @TruffleBoundary
    public static void checkSameDtypes(String name, ShapedArray[] avals, Node node, boolean x64) {
        if (avals.length < 2) {
            return;
        }
        DType first = DTypes.canonicalize(avals[0].dtype(), x64);
        for (int i = 1; i < avals.length; i++) {
            if (DTypes.canonicalize(avals[i].dtype(), x64) != first) {
                StringBuilder got = new StringBuilder();
                for (int k = 0; k < avals.length; k++) {
                    if (k > 0) {
                        got.append(", ");
                    }
                    got.append(avals[k].dtype().jaxName());
                }
                String msg = "lax." + name + " requires arguments to have the same dtypes, got " + got + ".";
                String equiv = JnpEquivalents.of(name);
                if (equiv != null) {
                    msg += " (Tip: jnp." + equiv + " is a similar function that does automatic type promotion on inputs).";
                }
                throw PyErrors.typeError(node, msg);
            }
        }
    }
}
