package org.jaxl.primitives;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.Storage;
import org.jaxl.trace.Concrete;

/** Constant folding of conversions while a jaxpr is finalized, with JAX's result types. */
final class Folding {
    private Folding() {
    }

    /**
     * {@code np.array(c).astype(new_dtype)}; when the result is weak, its {@code .item()} as a
     * Python scalar, kept only if that scalar's own dtype is the output dtype (else null: no fold).
     */
    static Object[] convertConstant(Object c, DType newDtype, boolean weak, DType outDtype) {
        Object data = newDtype.allocate(1);
        if (c instanceof Boolean b) {
            Storage.setLong(newDtype, data, 0, b ? 1 : 0);
        } else if (c instanceof Long l) {
            Storage.setLong(newDtype, data, 0, l);
        } else if (c instanceof Double d) {
            Storage.setDouble(newDtype, data, 0, d);
        } else {
            NDArray a = (NDArray) c;
            if (a.dtype().isInteger() || a.dtype().isBool()) {
                Storage.setLong(newDtype, data, 0, a.getLong(0));
            } else {
                Storage.setDouble(newDtype, data, 0, a.getDouble(0));
            }
        }
        NDArray converted = NDArray.of(newDtype, Shapes.SCALAR, data, false).asNumpy();
        if (!weak) {
            return new Object[]{converted};
        }
        Object item;
        if (newDtype.isBool()) {
            item = converted.getBoolean(0);
        } else if (newDtype.isInteger()) {
            item = converted.getLong(0);
        } else if (newDtype.isFloating()) {
            item = converted.getDouble(0);
        } else {
            return null;
        }
        DType itemDtype = Concrete.scalarType(item, null).dtype();
        return itemDtype == outDtype ? new Object[]{item} : null;
    }
}
