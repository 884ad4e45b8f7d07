package org.jaxl.interop;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.jaxl.array.DType;
import org.jaxl.array.DTypes;
import org.jaxl.array.NDArray;
import org.jaxl.runtime.Interop;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Arrays of other languages on their way into {@code jnp.array} and {@code jnp.asarray}.
 *
 * <p>What is shared and what is copied. Jaxl keeps an array's elements in one primitive Java
 * array of its dtype, so the storage of a foreign value can become an array's own only when it
 * is such a Java array already:
 * <ul>
 * <li>A Java primitive array passed in with host array access ({@code float[]}, {@code int[]},
 * {@code short[]}, {@code byte[]}, {@code boolean[]}, {@code double[]}, {@code long[]}) is a
 * one-dimensional array of its element type's dtype, as NumPy sees a typed array: float32,
 * int32, int16, int8, bool, float64, int64. {@code jnp.asarray} wraps that very Java array,
 * without a copy, when the dtype asked for (or, with none, that element dtype canonicalized as
 * JAX canonicalizes it) is the element dtype: always for the first five, and for
 * {@code double[]} and {@code long[]} only with {@code jax_enable_x64} (without it JAX's arrays
 * are float32 and int32, so their elements are converted into a new array). The array sees any
 * later write to the Java array: JAX arrays are immutable, so the embedder should change the
 * Java array only when no Jaxl array built on it is still in use.</li>
 * <li>A heap {@code ByteBuffer} read as int8 or uint8 by {@code jnp.asarray} shares its backing
 * {@code byte[]} the same way; read as any other dtype, or direct or read-only, it is copied.</li>
 * <li>{@code jnp.array} always copies, as JAX's does by default; so does everything else:
 * nested Java arrays, {@code List}s, JavaScript and Python lists, typed arrays and other
 * buffers.</li>
 * </ul>
 * Sharing never widens what the embedder allowed: only an array that host access lets Jaxl read
 * through interop anyway (array or buffer access) is shared.
 */
public final class ForeignArrays {
    private ForeignArrays() {
    }

    /**
     * What {@code jnp.array(o, dtype, copy=copy)} starts from for a value of another language:
     * a Java primitive array becomes an array of its element dtype (the Java array itself when
     * {@code copy} is false and that is the dtype wanted, else a NumPy-style host array that
     * {@code jnp.array} converts into a new one); a foreign buffer with no array elements (a
     * JavaScript {@code ArrayBuffer}, a Java {@code ByteBuffer}) is read as little-endian
     * elements of {@code dtype}, as {@code np.frombuffer} reads it; any other foreign array
     * becomes nested lists; anything else is returned as it is.
     *
     * @param dtype the dtype asked for, or null for the element type's own
     */
    @TruffleBoundary
    public static Object fromForeign(Object o, DType dtype, boolean copy, boolean x64, Env env, Node node) {
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return o;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        boolean bufferOnly = interop.hasBufferElements(o) && !interop.hasArrayElements(o);
        Object host = env.isHostObject(o) && (interop.hasArrayElements(o) || bufferOnly) ? env.asHostObject(o) : null;
        DType elementType = elementDType(host);
        if (elementType != null) {
            DType wanted = DTypes.canonicalize(dtype != null ? dtype : elementType, x64);
            NDArray array = NDArray.of(elementType, new int[]{java.lang.reflect.Array.getLength(host)}, host, false);
            return !copy && wanted == elementType ? array : array.asNumpy();
        }
        if (!bufferOnly) {
            return Interop.foreignArrayToList(o);
        }
        if (dtype == null) {
            throw PyErrors.typeError(node, "a foreign buffer becomes an array only with a dtype: jnp.asarray(buffer, dtype=...)");
        }
        if (!copy && host instanceof ByteBuffer bytes && bytes.hasArray() && (dtype == DType.INT8 || dtype == DType.UINT8)) {
            byte[] backing = bytes.array();
            NDArray whole = NDArray.of(dtype, new int[]{backing.length}, backing, false);
            return NDArray.view(whole, new int[]{bytes.limit()}, new int[]{1}, bytes.arrayOffset());
        }
        return readBuffer(o, dtype, interop, node);
    }

    /** The dtype whose storage {@code host} is, for a one-dimensional Java primitive array; else null. */
    private static DType elementDType(Object host) {
        return switch (host) {
            case float[] _ -> DType.FLOAT32;
            case double[] _ -> DType.FLOAT64;
            case int[] _ -> DType.INT32;
            case long[] _ -> DType.INT64;
            case short[] _ -> DType.INT16;
            case byte[] _ -> DType.INT8;
            case boolean[] _ -> DType.BOOL;
            case null, default -> null;
        };
    }

    /** The whole of a foreign buffer as little-endian elements of {@code dtype}, in one bulk copy. */
    private static NDArray readBuffer(Object o, DType dtype, InteropLibrary interop, Node node) {
        try {
            long size = interop.getBufferSize(o);
            if (size % dtype.itemSize() != 0 || size > Integer.MAX_VALUE - 8) {
                throw PyErrors.valueError(node, "buffer size must be a multiple of element size");
            }
            byte[] bytes = new byte[(int) size];
            interop.readBuffer(o, 0, bytes, 0, bytes.length);
            int count = (int) (size / dtype.itemSize());
            ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            Object data = dtype.allocate(count);
            switch (data) {
                case boolean[] b -> {
                    for (int i = 0; i < count; i++) {
                        b[i] = bytes[i] != 0;
                    }
                }
                case byte[] b -> little.get(b);
                case short[] sh -> little.asShortBuffer().get(sh);
                case int[] in -> little.asIntBuffer().get(in);
                case long[] l -> little.asLongBuffer().get(l);
                case float[] f -> little.asFloatBuffer().get(f);
                case double[] d -> little.asDoubleBuffer().get(d);
                default -> throw new IllegalStateException("no storage of type " + data.getClass());
            }
            return NDArray.of(dtype, new int[]{count}, data, false);
        } catch (InteropException e) {
            throw PyErrors.typeError(node, "cannot read the foreign buffer " + PyObjects.repr(o) + ": " + e.getMessage());
        }
    }
}
