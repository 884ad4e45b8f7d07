package org.jaxl.jit;

import java.util.List;

import org.jaxl.runtime.PyObjects;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A jit cache key within one function: the pytree structure of the dynamic arguments, their
 * abstract values (shape, dtype, weak type), and the static arguments compared as JAX's
 * {@code _HashableWithStrictTypeEquality} does (same type and {@code ==}).
 */
final class CallSignature {
    private final PyTreeDef treedef;
    private final List<ShapedArray> avals;
    private final List<Object> statics;
    private final int hash;

    CallSignature(PyTreeDef treedef, List<ShapedArray> avals, List<Object> statics, long[] staticHashes) {
        this.treedef = treedef;
        this.avals = avals;
        this.statics = statics;
        long h = treedef.hashCode() * 31L + avals.hashCode();
        for (long s : staticHashes) {
            h = h * 31 + s;
        }
        this.hash = Long.hashCode(h);
    }

    PyTreeDef treedef() {
        return treedef;
    }

    List<ShapedArray> avals() {
        return avals;
    }

    List<Object> statics() {
        return statics;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        if (!(o instanceof CallSignature c) || c.hash != hash || !c.treedef.equals(treedef) || !c.avals.equals(avals) || c.statics.size() != statics.size()) {
            return false;
        }
        for (int i = 0; i < statics.size(); i++) {
            Object a = statics.get(i);
            Object b = c.statics.get(i);
            if (PyObjects.classOf(a) != PyObjects.classOf(b) || !PyObjects.eq(a, b)) {
                return false;
            }
        }
        return true;
    }
}
