package org.jaxl.array;

import java.util.Arrays;

/**
 * An immutable n-dimensional array: one primitive Java array holding the elements (see
 * {@link DType} for the storage type per dtype), a shape, strides and an offset (in elements) so
 * that views share storage, and JAX's weak-type flag. Nothing ever writes into {@link #data()}
 * after construction.
 */
public final class NDArray implements com.oracle.truffle.api.interop.TruffleObject {
    private final DType dtype;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final Object data;
    private final boolean weakType;
    private final boolean numpy;
    private final int size;

    private NDArray(DType dtype, int[] shape, int[] strides, int offset, Object data, boolean weakType, boolean numpy) {
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.data = data;
        this.weakType = weakType;
        this.numpy = numpy;
        this.size = Shapes.size(shape);
    }

    /** A C-contiguous array over {@code data}, which the caller hands over and never writes again. */
    public static NDArray of(DType dtype, int[] shape, Object data, boolean weakType) {
        return new NDArray(dtype, shape, Shapes.contiguousStrides(shape), 0, data, weakType, false);
    }

    /** A view sharing {@code base}'s storage. */
    public static NDArray view(NDArray base, int[] shape, int[] strides, int offset) {
        return new NDArray(base.dtype, shape, strides, offset, base.data, base.weakType, base.numpy);
    }

    public static NDArray scalar(DType dtype, double value, boolean weakType) {
        Object data = dtype.allocate(1);
        Storage.setDouble(dtype, data, 0, value);
        return of(dtype, Shapes.SCALAR, data, weakType);
    }

    public static NDArray scalar(DType dtype, long value, boolean weakType) {
        Object data = dtype.allocate(1);
        Storage.setLong(dtype, data, 0, value);
        return of(dtype, Shapes.SCALAR, data, weakType);
    }

    public static NDArray scalarBool(boolean value) {
        return of(DType.BOOL, Shapes.SCALAR, new boolean[]{value}, false);
    }

    public DType dtype() {
        return dtype;
    }

    /** The shape; callers must not modify it. */
    public int[] shape() {
        return shape;
    }

    /** Strides in elements; callers must not modify them. */
    public int[] strides() {
        return strides;
    }

    public int offset() {
        return offset;
    }

    /** The raw storage; callers must not modify it. Use {@link #storageIndex(int)} to address it. */
    public Object data() {
        return data;
    }

    public boolean weakType() {
        return weakType;
    }

    public int size() {
        return size;
    }

    public int ndim() {
        return shape.length;
    }

    /** True when element {@code i} in C order lives at storage slot {@code offset + i}. */
    public boolean isContiguous() {
        return Shapes.isContiguous(shape, strides);
    }

    /** This array with the weak-type flag set as given (sharing storage). */
    public NDArray withWeakType(boolean weak) {
        if (weak == weakType) {
            return this;
        }
        return new NDArray(dtype, shape, strides, offset, data, weak, numpy);
    }

    /**
     * True for NumPy-style host constants (what JAX's own code builds with {@code np.array}):
     * tracing inlines them as literals, unlike JAX arrays, which become constants of the jaxpr.
     */
    public boolean isNumpy() {
        return numpy;
    }

    /** This array marked as a NumPy-style constant (sharing storage). */
    public NDArray asNumpy() {
        return numpy ? this : new NDArray(dtype, shape, strides, offset, data, weakType, true);
    }

    /** This array as a JAX array (sharing storage). */
    public NDArray asJaxArray() {
        return numpy ? new NDArray(dtype, shape, strides, offset, data, weakType, false) : this;
    }

    /** The same elements in contiguous storage starting at offset 0 (this array if already so). */
    public NDArray contiguous() {
        if (offset == 0 && isContiguous() && Storage.length(dtype, data) == size) {
            return this;
        }
        Object copy = dtype.allocate(size);
        for (int i = 0; i < size; i++) {
            Storage.copyElement(dtype, data, storageIndex(i), copy, i);
        }
        return of(dtype, shape, copy, weakType);
    }

    /** Storage element index (not slot; multiply by 2 for complex) of the element at flat C-order position {@code flat}. */
    public int storageIndex(int flat) {
        if (isContiguous()) {
            return offset + flat;
        }
        int index = offset;
        int rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            int n = shape[d];
            index += (rest % n) * strides[d];
            rest /= n;
        }
        return index;
    }

    /** Element at flat C-order position, widened to double (real part for complex). */
    public double getDouble(int flat) {
        return Storage.getDouble(dtype, data, storageIndex(flat));
    }

    /** Element at flat C-order position, as a long (bool: 0/1; floats truncated; unsigned 64-bit as raw bits). */
    public long getLong(int flat) {
        return Storage.getLong(dtype, data, storageIndex(flat));
    }

    public boolean getBoolean(int flat) {
        return Storage.getBoolean(dtype, data, storageIndex(flat));
    }

    /** Imaginary part of the element at flat position (0 for real dtypes). */
    public double getImag(int flat) {
        return Storage.getImag(dtype, data, storageIndex(flat));
    }

    @Override
    public String toString() {
        return "NDArray(" + dtype + Arrays.toString(shape) + (weakType ? ", weak" : "") + ")";
    }
}
