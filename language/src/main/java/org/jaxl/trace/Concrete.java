package org.jaxl.trace;

import java.math.BigInteger;

import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.JType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.Storage;
import org.jaxl.runtime.PComplex;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Concrete values as primitives see them: arrays, and Python scalars as weakly typed arrays. */
public final class Concrete {
    private Concrete() {
    }

    /** True for values a primitive accepts as an operand. */
    public static boolean isArrayLike(Object o) {
        return o instanceof NDArray || o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger || o instanceof PComplex;
    }

    /** The abstract value of a concrete operand (JAX's {@code get_aval}/{@code abstractify}). */
    @TruffleBoundary
    public static ShapedArray aval(Object o, Node node) {
        if (o instanceof NDArray a) {
            return ShapedArray.of(a);
        }
        if (o instanceof Tracer t) {
            return t.aval();
        }
        JType t = scalarType(o, node);
        return new ShapedArray(Shapes.SCALAR, t.dtype(), t.weak());
    }

    /** The JAX type of a Python scalar: bool, or weak int32/float32/complex64 (64-bit under x64). */
    @TruffleBoundary
    public static JType scalarType(Object o, Node node) {
        boolean x64 = JaxlContext.get(node).getConfig().enableX64();
        if (o instanceof Boolean) {
            return JType.strong(DType.BOOL);
        }
        try {
            if (o instanceof Long l) {
                return DTypes.pythonIntType(l, x64);
            }
            if (o instanceof BigInteger b) {
                return DTypes.pythonIntType(b, x64);
            }
        } catch (org.jaxl.array.DTypeError e) {
            // An int out of the default int type's range: JAX's OverflowError, wherever the scalar meets an array.
            throw PyErrors.create(node, e.pythonType(), e.getMessage());
        }
        if (o instanceof Double) {
            return DTypes.pythonScalarType(DTypes.PythonScalar.FLOAT, x64);
        }
        if (o instanceof PComplex) {
            return DTypes.pythonScalarType(DTypes.PythonScalar.COMPLEX, x64);
        }
        throw PyErrors.typeError(node, "Value " + PyObjects.repr(o) + " with type " + PyObjects.repr(PyObjects.classOf(o)) + " is not a valid JAX type");
    }

    /** Converts an operand to an array; Python scalars become 0-d weakly typed arrays. */
    @TruffleBoundary
    public static NDArray toArray(Object o, Node node) {
        if (o instanceof NDArray a) {
            return a;
        }
        JType t = scalarType(o, node);
        Object data = t.dtype().allocate(1);
        if (o instanceof Boolean b) {
            ((boolean[]) data)[0] = b;
        } else if (o instanceof Long l) {
            Storage.setLong(t.dtype(), data, 0, l);
        } else if (o instanceof BigInteger b) {
            Storage.setLong(t.dtype(), data, 0, b.longValue());
        } else if (o instanceof Double d) {
            Storage.setDouble(t.dtype(), data, 0, d);
        } else {
            PComplex c = (PComplex) o;
            Storage.setComplex(t.dtype(), data, 0, c.real(), c.imag());
        }
        return NDArray.of(t.dtype(), Shapes.SCALAR, data, t.weak());
    }
}
