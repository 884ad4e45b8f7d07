package org.jaxl.primitives;

import java.util.Arrays;

import org.jaxl.runtime.JaxlObject;


/**
 * {@code lax.GatherDimensionNumbers}, a NamedTuple of three int sequences. Keeps the Python
 * values it was built from, so that it prints as JAX prints it:
 * {@code GatherDimensionNumbers(offset_dims=(0,), collapsed_slice_dims=(), start_index_map=(0,))}.
 */
public final class GatherDimensionNumbers extends JaxlObject {
    /** The field names, in order. */
    public static final String[] FIELDS = {"offset_dims", "collapsed_slice_dims", "start_index_map"};

    private final Object[] values;
    private final int[][] dims;

    /** From the three field values (tuples or lists of ints). */
    public GatherDimensionNumbers(Object offsetDims, Object collapsedSliceDims, Object startIndexMap) {
        this.values = new Object[]{offsetDims, collapsedSliceDims, startIndexMap};
        this.dims = new int[][]{PrimitiveSupport.ints(offsetDims), PrimitiveSupport.ints(collapsedSliceDims), PrimitiveSupport.ints(startIndexMap)};
    }

    public int[] offsetDims() {
        return dims[0];
    }

    public int[] collapsedSliceDims() {
        return dims[1];
    }

    public int[] startIndexMap() {
        return dims[2];
    }

    /** Field {@code i} as it was given (NamedTuple indexing). */
    public Object field(int i) {
        return values[i];
    }

    @Override
    public String toString() {
        return NamedTuples.repr("GatherDimensionNumbers", FIELDS, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GatherDimensionNumbers g && Arrays.deepEquals(g.dims, dims);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(dims);
    }
}
