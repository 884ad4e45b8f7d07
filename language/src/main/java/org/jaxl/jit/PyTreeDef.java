package org.jaxl.jit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jaxl.runtime.JaxlObject;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The structure of a pytree with its leaves taken out (JAX's {@code PyTreeDef}): a tree of node
 * kinds — None, tuple, list, dict (keys sorted), registered custom nodes with their auxiliary
 * data — and leaf positions. Equal structures are equal keys of the jit cache.
 */
public final class PyTreeDef extends JaxlObject {
    /** What a node is. */
    public enum Kind {
        LEAF,
        NONE,
        TUPLE,
        LIST,
        DICT,
        CUSTOM
    }

    private final Kind kind;
    private final PyTreeDef[] children;
    /** Dict keys (sorted) for DICT; the registered class for CUSTOM. */
    private final Object[] keys;
    private final PClass customClass;
    /** The auxiliary data a custom node's flatten returned (compared with Python ==). */
    private final Object auxData;
    private final int numLeaves;

    PyTreeDef(Kind kind, PyTreeDef[] children, Object[] keys, PClass customClass, Object auxData) {
        this.kind = kind;
        this.children = children;
        this.keys = keys;
        this.customClass = customClass;
        this.auxData = auxData;
        int n = kind == Kind.LEAF ? 1 : 0;
        for (PyTreeDef c : children) {
            n += c.numLeaves;
        }
        this.numLeaves = n;
    }

    static final PyTreeDef LEAF = new PyTreeDef(Kind.LEAF, new PyTreeDef[0], null, null, null);

    public Kind kind() {
        return kind;
    }

    public PyTreeDef[] children() {
        return children;
    }

    public Object[] keys() {
        return keys;
    }

    public PClass customClass() {
        return customClass;
    }

    public Object auxData() {
        return auxData;
    }

    public int numLeaves() {
        return numLeaves;
    }

    /** Number of direct children (JAX's {@code num_nodes} is the total; this is the arity). */
    public int arity() {
        return children.length;
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        if (!(o instanceof PyTreeDef t) || t.kind != kind || t.customClass != customClass || !Arrays.equals(t.children, children)) {
            return false;
        }
        if (kind == Kind.DICT) {
            if (keys.length != t.keys.length) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                if (!PyObjects.eq(keys[i], t.keys[i])) {
                    return false;
                }
            }
        }
        if (kind == Kind.CUSTOM) {
            return auxData == t.auxData || PyObjects.eq(auxData, t.auxData);
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        int h = kind.hashCode() * 31 + Arrays.hashCode(children);
        if (kind == Kind.DICT) {
            for (Object k : keys) {
                h = h * 31 + Long.hashCode(PyObjects.hash(k));
            }
        }
        return h + Objects.hashCode(customClass);
    }

    /** JAX's repr: {@code PyTreeDef((*, {'a': *}))}. */
    @Override
    @TruffleBoundary
    public String toString() {
        return "PyTreeDef(" + body() + ")";
    }

    private String body() {
        switch (kind) {
            case LEAF:
                return "*";
            case NONE:
                return "None";
            case TUPLE: {
                if (children.length == 1) {
                    return "(" + children[0].body() + ",)";
                }
                return "(" + join(List.of(children)) + ")";
            }
            case LIST:
                return "[" + join(List.of(children)) + "]";
            case DICT: {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < children.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(PyObjects.repr(keys[i])).append(": ").append(children[i].body());
                }
                return sb.append('}').toString();
            }
            default:
                return "CustomNode(" + customClass.getName() + "[" + PyObjects.repr(auxData) + "], [" + join(List.of(children)) + "])";
        }
    }

    private static String join(List<PyTreeDef> defs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < defs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(defs.get(i).body());
        }
        return sb.toString();
    }
}
