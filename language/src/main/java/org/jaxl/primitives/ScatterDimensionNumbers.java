package org.jaxl.primitives;

import java.util.Arrays;

import org.jaxl.runtime.JaxlObject;


/**
 * {@code lax.ScatterDimensionNumbers}, a NamedTuple of three int sequences, printing as
 * {@code ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,))}.
 */
public final class ScatterDimensionNumbers extends JaxlObject {
    /** The field names, in order. */
    public static final String[] FIELDS = {"update_window_dims", "inserted_window_dims", "scatter_dims_to_operand_dims"};

    private final Object[] values;
    private final int[][] dims;

    public ScatterDimensionNumbers(Object updateWindowDims, Object insertedWindowDims, Object scatterDimsToOperandDims) {
        this.values = new Object[]{updateWindowDims, insertedWindowDims, scatterDimsToOperandDims};
        this.dims = new int[][]{PrimitiveSupport.ints(updateWindowDims), PrimitiveSupport.ints(insertedWindowDims), PrimitiveSupport.ints(scatterDimsToOperandDims)};
    }

    public int[] updateWindowDims() {
        return dims[0];
    }

    public int[] insertedWindowDims() {
        return dims[1];
    }

    public int[] scatterDimsToOperandDims() {
        return dims[2];
    }

    public Object field(int i) {
        return values[i];
    }

    @Override
    public String toString() {
        return NamedTuples.repr("ScatterDimensionNumbers", FIELDS, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScatterDimensionNumbers s && Arrays.deepEquals(s.dims, dims);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(dims);
    }
}
