package org.jaxl.array;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.jaxl.runtime.Interop;
import org.jaxl.runtime.JaxlObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An immutable n-dimensional array: one primitive Java array holding the elements (see
 * {@link DType} for the storage type per dtype), a shape, strides and an offset (in elements) so
 * that views share storage, and JAX's weak-type flag. Nothing ever writes into {@link #data()}
 * after construction.
 *
 * <p>To other languages an array is an interop array (nested, one level per dimension; the
 * elements of the last as host numbers or booleans), a read-only buffer holding its elements in
 * C order in their raw little-endian dtype layout (read straight from the storage, no copy), a
 * number or boolean when it has no dimensions, and an object with members such as {@code shape}
 * and {@code dtype}.
 */
@ExportLibrary(InteropLibrary.class)
public final class NDArray extends JaxlObject {
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

    // ------------------------------------------------------------------ interop: array elements

    @ExportMessage
    boolean hasArrayElements() {
        return shape.length > 0;
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        if (shape.length == 0) {
            throw UnsupportedMessageException.create();
        }
        return shape[0];
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return shape.length > 0 && index >= 0 && index < shape[0];
    }

    /** Row {@code index}: for one dimension the element itself, otherwise a view one dimension lower. */
    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        int row = (int) index;
        if (shape.length == 1) {
            return elementAsInteropValue(storageIndex(row));
        }
        return view(this, Arrays.copyOfRange(shape, 1, shape.length), Arrays.copyOfRange(strides, 1, strides.length), offset + row * strides[0]);
    }

    /**
     * The element at storage index {@code at} as the host value of its width: Byte, Short,
     * Integer or Long for the integers (unsigned ones in the next wider type), Float or Double
     * for the floats, Boolean for bool; complex elements, which interop has no number for, stay
     * 0-d arrays.
     */
    private Object elementAsInteropValue(int at) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[at];
            case INT8 -> ((byte[]) data)[at];
            case INT16 -> ((short[]) data)[at];
            case INT32 -> ((int[]) data)[at];
            case INT64 -> ((long[]) data)[at];
            case UINT8 -> (short) Byte.toUnsignedInt(((byte[]) data)[at]);
            case UINT16 -> Short.toUnsignedInt(((short[]) data)[at]);
            case UINT32 -> Integer.toUnsignedLong(((int[]) data)[at]);
            case UINT64 -> {
                long bits = ((long[]) data)[at];
                yield bits >= 0 ? (Object) bits : Interop.toForeign(new BigInteger(Long.toUnsignedString(bits)));
            }
            case FLOAT16, BFLOAT16 -> (float) Storage.getDouble(dtype, data, at);
            case FLOAT32 -> ((float[]) data)[at];
            case FLOAT64 -> ((double[]) data)[at];
            case COMPLEX64, COMPLEX128 -> of(dtype, Shapes.SCALAR, dtype.allocate(1), weakType).withElementFrom(this, at);
        };
    }

    private NDArray withElementFrom(NDArray source, int at) {
        Storage.copyElement(dtype, source.data, at, data, 0);
        return this;
    }

    // ------------------------------------------------------------------ interop: 0-d arrays as numbers and booleans

    /** The element of a 0-d array of a real or integer dtype, as an interop number; otherwise unsupported. */
    private Object scalarNumber() throws UnsupportedMessageException {
        if (shape.length != 0 || dtype.isBool() || dtype.isComplex()) {
            throw UnsupportedMessageException.create();
        }
        return elementAsInteropValue(offset);
    }

    @ExportMessage
    boolean isNumber() {
        return shape.length == 0 && !dtype.isBool() && !dtype.isComplex();
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInByte() {
        return isNumber() && InteropLibrary.getUncached().fitsInByte(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInShort() {
        return isNumber() && InteropLibrary.getUncached().fitsInShort(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInInt() {
        return isNumber() && InteropLibrary.getUncached().fitsInInt(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInLong() {
        return isNumber() && InteropLibrary.getUncached().fitsInLong(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInBigInteger() {
        return isNumber() && InteropLibrary.getUncached().fitsInBigInteger(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInFloat() {
        return isNumber() && InteropLibrary.getUncached().fitsInFloat(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        return isNumber() && InteropLibrary.getUncached().fitsInDouble(elementAsInteropValue(offset));
    }

    @ExportMessage
    @TruffleBoundary
    byte asByte() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asByte(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    short asShort() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asShort(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    int asInt() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asInt(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    long asLong() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asLong(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    BigInteger asBigInteger() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asBigInteger(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    float asFloat() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asFloat(scalarNumber());
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        return InteropLibrary.getUncached().asDouble(scalarNumber());
    }

    @ExportMessage
    boolean isBoolean() {
        return shape.length == 0 && dtype.isBool();
    }

    @ExportMessage
    boolean asBoolean() throws UnsupportedMessageException {
        if (!isBoolean()) {
            throw UnsupportedMessageException.create();
        }
        return ((boolean[]) data)[offset];
    }

    // ------------------------------------------------------------------ interop: buffer elements

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return false;
    }

    @ExportMessage
    long getBufferSize() {
        return (long) size * dtype.itemSize();
    }

    @ExportMessage
    byte readBufferByte(long byteOffset) throws InvalidBufferOffsetException {
        checkBufferRange(byteOffset, Byte.BYTES);
        return rawByte(byteOffset);
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long byteOffset) throws InvalidBufferOffsetException {
        short bits = (short) littleEndianBits(byteOffset, Short.BYTES);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Short.reverseBytes(bits);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long byteOffset) throws InvalidBufferOffsetException {
        int bits = (int) littleEndianBits(byteOffset, Integer.BYTES);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Integer.reverseBytes(bits);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long byteOffset) throws InvalidBufferOffsetException {
        long bits = littleEndianBits(byteOffset, Long.BYTES);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Long.reverseBytes(bits);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long byteOffset) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(readBufferInt(order, byteOffset));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long byteOffset) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(readBufferLong(order, byteOffset));
    }

    @ExportMessage
    @TruffleBoundary
    void readBuffer(long byteOffset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        checkBufferRange(byteOffset, length);
        for (int i = 0; i < length; i++) {
            destination[destinationOffset + i] = rawByte(byteOffset + i);
        }
    }

    // Arrays are immutable: the buffer is read-only.

    @ExportMessage
    void writeBufferByte(long byteOffset, byte value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long byteOffset, short value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long byteOffset, int value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long byteOffset, long value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long byteOffset, float value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long byteOffset, double value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    private void checkBufferRange(long byteOffset, int length) throws InvalidBufferOffsetException {
        if (byteOffset < 0 || length < 0 || byteOffset > getBufferSize() - length) {
            throw InvalidBufferOffsetException.create(byteOffset, length);
        }
    }

    /**
     * The {@code width} bytes at {@code byteOffset} read as a little-endian integer. A read of a
     * whole storage slot is one array access; anything else is put together byte by byte.
     */
    private long littleEndianBits(long byteOffset, int width) throws InvalidBufferOffsetException {
        checkBufferRange(byteOffset, width);
        int slotBytes = dtype.itemSize() / dtype.slotsPerElement();
        if (width == slotBytes && byteOffset % width == 0) {
            return slotBits(slotOfByte(byteOffset));
        }
        long bits = 0;
        for (int i = width - 1; i >= 0; i--) {
            bits = (bits << 8) | (rawByte(byteOffset + i) & 0xFF);
        }
        return bits;
    }

    /** Byte {@code byteOffset} of the C-order little-endian layout. */
    private byte rawByte(long byteOffset) {
        int slotBytes = dtype.itemSize() / dtype.slotsPerElement();
        return (byte) (slotBits(slotOfByte(byteOffset)) >>> (8 * (byteOffset % slotBytes)));
    }

    /** The storage slot holding byte {@code byteOffset} (complex elements have two slots, real then imaginary). */
    private int slotOfByte(long byteOffset) {
        int element = (int) (byteOffset / dtype.itemSize());
        int slotBytes = dtype.itemSize() / dtype.slotsPerElement();
        int slotInElement = (int) (byteOffset % dtype.itemSize()) / slotBytes;
        return storageIndex(element) * dtype.slotsPerElement() + slotInElement;
    }

    /** The raw bits of storage slot {@code slot}, zero-extended (bool as 0 or 1, floats as their IEEE bits). */
    private long slotBits(int slot) {
        return switch (data) {
            case boolean[] b -> b[slot] ? 1 : 0;
            case byte[] b -> b[slot] & 0xFFL;
            case short[] s -> s[slot] & 0xFFFFL;
            case int[] i -> i[slot] & 0xFFFF_FFFFL;
            case long[] l -> l[slot];
            case float[] f -> Float.floatToRawIntBits(f[slot]) & 0xFFFF_FFFFL;
            case double[] d -> Double.doubleToRawLongBits(d[slot]);
            default -> throw new IllegalStateException("no storage of type " + data.getClass());
        };
    }

    @Override
    public String toString() {
        return "NDArray(" + dtype + Arrays.toString(shape) + (weakType ? ", weak" : "") + ")";
    }
}
