package org.jaxl.trace;

import java.util.Arrays;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.runtime.JaxlObject;


/**
 * JAX's {@code ShapedArray}: the abstract value of an array — shape, dtype and weak type, no
 * data. Tracers carry one, primitives' abstract evaluation maps them, and the jit cache keys on
 * them.
 */
public final class ShapedArray extends JaxlObject {
    private final int[] shape;
    private final DType dtype;
    private final boolean weakType;

    public ShapedArray(int[] shape, DType dtype, boolean weakType) {
        this.shape = shape;
        this.dtype = dtype;
        this.weakType = weakType;
    }

    public static ShapedArray of(NDArray a) {
        return new ShapedArray(a.shape(), a.dtype(), a.weakType());
    }

    public int[] shape() {
        return shape;
    }

    public DType dtype() {
        return dtype;
    }

    public boolean weakType() {
        return weakType;
    }

    public int ndim() {
        return shape.length;
    }

    public int size() {
        return Shapes.size(shape);
    }

    public ShapedArray withWeakType(boolean weak) {
        return weak == weakType ? this : new ShapedArray(shape, dtype, weak);
    }

    public ShapedArray withShape(int[] newShape) {
        return new ShapedArray(newShape, dtype, weakType);
    }

    public ShapedArray withDType(DType newDtype) {
        return new ShapedArray(shape, newDtype, weakType);
    }

    /** {@code float32[3,4]}, or {@code f32[3,4]} with short dtype names as jaxprs print types. */
    public String strShort(boolean shortDtypes) {
        StringBuilder sb = new StringBuilder(shortDtypes ? dtype.shortName() : dtype.jaxName()).append('[');
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** JAX's repr: {@code ShapedArray(float32[], weak_type=True)}. */
    @Override
    public String toString() {
        return "ShapedArray(" + strShort(false) + (weakType ? ", weak_type=True" : "") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShapedArray s && s.dtype == dtype && s.weakType == weakType && Arrays.equals(s.shape, shape);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + dtype.hashCode() * 2 + (weakType ? 1 : 0);
    }
}
