package org.jaxl.array;

import org.jaxl.runtime.JaxlObject;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;

/**
 * The element types of Jaxl arrays, named and ordered as NumPy/JAX name them. Each dtype has one
 * Java storage type: {@code boolean[]} for bool, {@code byte[]}/{@code short[]}/{@code int[]}/
 * {@code long[]} for the signed and unsigned integers of that width, {@code short[]} holding the
 * raw bits for float16 and bfloat16, {@code float[]} and {@code double[]} for float32/float64, and
 * interleaved (re, im) {@code float[]}/{@code double[]} for complex64/complex128.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "interop")
public enum DType implements TruffleObject {
    BOOL("bool", Kind.BOOL, 1),
    INT8("int8", Kind.SIGNED, 1),
    INT16("int16", Kind.SIGNED, 2),
    INT32("int32", Kind.SIGNED, 4),
    INT64("int64", Kind.SIGNED, 8),
    UINT8("uint8", Kind.UNSIGNED, 1),
    UINT16("uint16", Kind.UNSIGNED, 2),
    UINT32("uint32", Kind.UNSIGNED, 4),
    UINT64("uint64", Kind.UNSIGNED, 8),
    FLOAT16("float16", Kind.FLOAT, 2),
    BFLOAT16("bfloat16", Kind.FLOAT, 2),
    FLOAT32("float32", Kind.FLOAT, 4),
    FLOAT64("float64", Kind.FLOAT, 8),
    COMPLEX64("complex64", Kind.COMPLEX, 8),
    COMPLEX128("complex128", Kind.COMPLEX, 16);

    /** The broad category of a dtype, as NumPy's {@code dtype.kind} distinguishes them. */
    public enum Kind {
        BOOL,
        SIGNED,
        UNSIGNED,
        FLOAT,
        COMPLEX
    }

    private final String jaxName;
    private final String shortName;
    private final Kind kind;
    private final int itemSize;

    DType(String jaxName, Kind kind, int itemSize) {
        this.jaxName = jaxName;
        // core._short_dtype_name: float->f, uint->u, int->i, complex->c.
        this.shortName = jaxName.replace("float", "f").replace("uint", "u").replace("int", "i").replace("complex", "c");
        this.kind = kind;
        this.itemSize = itemSize;
    }

    /** NumPy's name: {@code float32}. */
    public String jaxName() {
        return jaxName;
    }

    /** The name used in jaxpr types: {@code f32}. */
    public String shortName() {
        return shortName;
    }

    public Kind kind() {
        return kind;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    public boolean isBool() {
        return kind == Kind.BOOL;
    }

    public boolean isInteger() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    public boolean isUnsigned() {
        return kind == Kind.UNSIGNED;
    }

    public boolean isFloating() {
        return kind == Kind.FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX;
    }

    /** Floating or complex: the inexact types. */
    public boolean isInexact() {
        return kind == Kind.FLOAT || kind == Kind.COMPLEX;
    }

    /** Number of storage slots per element in the Java array (2 for complex). */
    public int slotsPerElement() {
        return kind == Kind.COMPLEX ? 2 : 1;
    }

    /** Allocates Java storage for {@code n} elements of this dtype. */
    public Object allocate(int n) {
        return switch (this) {
            case BOOL -> new boolean[n];
            case INT8, UINT8 -> new byte[n];
            case INT16, UINT16, FLOAT16, BFLOAT16 -> new short[n];
            case INT32, UINT32 -> new int[n];
            case INT64, UINT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case COMPLEX64 -> new float[2 * n];
            case COMPLEX128 -> new double[2 * n];
        };
    }

    /** Looks a dtype up by its NumPy name ({@code "float32"}), or returns null. */
    public static DType fromName(String name) {
        for (DType d : values()) {
            if (d.jaxName.equals(name)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return jaxName;
    }

    /** Its interop messages, those of every Jaxl object: an enum cannot extend {@link JaxlObject}. */
    final JaxlObject interop = JaxlObject.standInFor(this);
}
