package org.jaxl.primitives;

import java.math.BigInteger;

import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.kernels.Conversions;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.Layout;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * What the primitive implementations share: reading parameters as JAX's Python code stores them,
 * Python's spelling of values in error messages, the x64 flag, and turning kernel results into
 * arrays with the abstract value's dtype and weak type.
 */
final class PrimitiveSupport {
    private PrimitiveSupport() {
    }

    static boolean x64(Node node) {
        return JaxlContext.get(node).getConfig().enableX64();
    }

    /** {@code dtypes.canonicalize_dtype}. */
    static DType canonical(DType dtype, Node node) {
        return DTypes.canonicalize(dtype, x64(node));
    }

    /** Python's {@code repr} of a value, for messages. */
    @TruffleBoundary
    static String repr(Object value) {
        return PyObjects.repr(value);
    }

    /** {@code str(shape)} of a shape tuple. */
    static String shape(int[] shape) {
        return Shapes.toTupleString(shape);
    }

    /** {@code type(obj)} as Python prints it: {@code <class 'int'>}. */
    @TruffleBoundary
    static String typeRepr(Object value) {
        return PyObjects.repr(PyObjects.classOf(value));
    }

    /** True for the values Python code passes as a sequence of ints: tuples and lists. */
    static boolean isSequence(Object value) {
        return value instanceof PTuple || value instanceof PList;
    }

    /** The items of a tuple or list parameter. */
    static Object[] items(Object value) {
        if (value instanceof PTuple t) {
            return t.items();
        }
        return ((PList) value).toArray();
    }

    /** A Python int (or bool) as a Java int. */
    static int toInt(Object value) {
        if (value instanceof Long l) {
            return (int) (long) l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigInteger b) {
            return b.intValue();
        }
        if (value instanceof NDArray a && a.size() == 1 && !a.dtype().isInexact()) {
            return (int) a.getLong(0);
        }
        throw new IllegalArgumentException("not an int parameter: " + value);
    }

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof BigInteger
                        || value instanceof NDArray a && a.ndim() == 0 && (a.dtype().isInteger() || a.dtype().isBool());
    }

    /** A tuple (or list) of ints as a Java array. */
    @TruffleBoundary
    static int[] ints(Object value) {
        Object[] items = items(value);
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = toInt(items[i]);
        }
        return out;
    }

    static int[] ints(Params params, String key) {
        return ints(params.get(key));
    }

    /** An optional tuple-of-ints parameter: null for None. */
    static int[] intsOrNull(Params params, String key) {
        Object v = params.getOrNull(key);
        return v == null || v == PNone.NONE ? null : ints(v);
    }

    /** Python's {@code str} of a tuple of ints: {@code (0, 1)}, {@code (0,)}. */
    static String tupleStr(int[] values) {
        return Shapes.toTupleString(values);
    }

    /** Python's {@code str} of a list of ints: {@code [0, 1]}. */
    static String listStr(int[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(values[i]);
        }
        return sb.append(']').toString();
    }

    @TruffleBoundary
    static RuntimeException typeError(Node node, String message) {
        return PyErrors.typeError(node, message);
    }

    @TruffleBoundary
    static RuntimeException valueError(Node node, String message) {
        return PyErrors.valueError(node, message);
    }

    /** The array for a kernel's contiguous storage with the dtype, shape and weak type of {@code aval}. */
    static NDArray result(ShapedArray aval, Object storage) {
        return NDArray.of(aval.dtype(), aval.shape(), storage, aval.weakType());
    }

    /** A view (or array) made a result: a JAX array with {@code aval}'s weak type. */
    static NDArray viewResult(ShapedArray aval, NDArray view) {
        return view.withWeakType(aval.weakType()).asJaxArray();
    }

    /** {@code a} with its elements converted to {@code dtype} (itself when it already has it). */
    static NDArray convert(NDArray a, DType dtype) {
        if (a.dtype() == dtype) {
            return a;
        }
        Object data = Conversions.convert(a.dtype(), Layout.contiguousData(a), a.size(), dtype);
        return NDArray.of(dtype, a.shape(), data, a.weakType());
    }

    /**
     * The lanes of operand {@code a} broadcast to {@code shape} (equal rank with dimensions of 1
     * growing, or a scalar), converted to {@code dtype} first if needed.
     */
    static Object lanes(NDArray a, DType dtype, int[] shape) {
        NDArray x = convert(a, dtype);
        if (!java.util.Arrays.equals(x.shape(), shape)) {
            int[] dims = new int[x.ndim()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = shape.length - x.ndim() + i;
            }
            x = Layout.broadcastView(x, shape, dims);
        }
        return Lanes.load(x);
    }

    /** A Python scalar (or array) as a 0-d array of {@code dtype}, converted as {@code np.array(value, dtype)} would. */
    @TruffleBoundary
    static NDArray scalarOf(Object value, DType dtype) {
        if (value instanceof NDArray a) {
            return convert(a, dtype);
        }
        if (value instanceof Boolean b) {
            return NDArray.scalar(dtype, b ? 1L : 0L, false);
        }
        if (value instanceof Long l) {
            return NDArray.scalar(dtype, (long) l, false);
        }
        if (value instanceof BigInteger b) {
            return NDArray.scalar(dtype, b.longValue(), false);
        }
        double d = (Double) value;
        Object data = Conversions.convert(DType.FLOAT64, new double[]{d}, 1, dtype);
        return NDArray.of(dtype, Shapes.SCALAR, data, false);
    }
}
