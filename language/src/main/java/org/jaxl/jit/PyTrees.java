package org.jaxl.jit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Flattening and unflattening pytrees ({@code jax.tree_util}). Containers are None, tuples,
 * lists, dicts and classes registered with {@code register_pytree_node}; everything else is a
 * leaf. Each context keeps its own registry.
 */
public final class PyTrees {
    /** A registered custom node type: its flatten and unflatten functions. */
    record Registration(Object flatten, Object unflatten) {
    }

    private final Map<PClass, Registration> registry = new LinkedHashMap<>();

    @TruffleBoundary
    public void register(PClass cls, Object flatten, Object unflatten, Node node) {
        if (registry.containsKey(cls)) {
            throw PyErrors.valueError(node, "Duplicate custom PyTreeDef type registration for " + PyObjects.repr(cls) + ".");
        }
        registry.put(cls, new Registration(flatten, unflatten));
    }

    /** The result of flattening: the leaves in order and the structure. */
    public record Flat(List<Object> leaves, PyTreeDef treedef) {
    }

    /** Flattens {@code tree}; {@code isLeaf} (a callable or null) may stop the descent. */
    @TruffleBoundary
    public Flat flatten(Object tree, Object isLeaf) {
        List<Object> leaves = new ArrayList<>();
        PyTreeDef def = flattenInto(tree, leaves, isLeaf);
        return new Flat(leaves, def);
    }

    private PyTreeDef flattenInto(Object x, List<Object> leaves, Object isLeaf) {
        if (isLeaf != null && isLeaf != PNone.NONE && PyObjects.isTrue(PyObjects.call(isLeaf, x))) {
            leaves.add(x);
            return PyTreeDef.LEAF;
        }
        if (x == PNone.NONE) {
            return new PyTreeDef(PyTreeDef.Kind.NONE, new PyTreeDef[0], null, null, null);
        }
        if (x instanceof PTuple t) {
            return new PyTreeDef(PyTreeDef.Kind.TUPLE, children(t.items(), leaves, isLeaf), null, null, null);
        }
        if (x instanceof PList l) {
            return new PyTreeDef(PyTreeDef.Kind.LIST, children(l.toArray(), leaves, isLeaf), null, null, null);
        }
        if (x instanceof PDict d) {
            Object[] keys = sortedKeys(d);
            Object[] values = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = d.get(keys[i]);
            }
            return new PyTreeDef(PyTreeDef.Kind.DICT, children(values, leaves, isLeaf), keys, null, null);
        }
        if (x instanceof PObject) {
            PClass cls = PyObjects.classOf(x);
            for (PClass c : cls.getMro()) {
                Registration r = registry.get(c);
                if (r != null && c == cls) {
                    Object[] pair = PyObjects.toArray(PyObjects.call(r.flatten, x), null);
                    Object[] kids = PyObjects.toArray(pair[0], null);
                    return new PyTreeDef(PyTreeDef.Kind.CUSTOM, children(kids, leaves, isLeaf), null, cls, pair[1]);
                }
            }
        }
        leaves.add(x);
        return PyTreeDef.LEAF;
    }

    private PyTreeDef[] children(Object[] items, List<Object> leaves, Object isLeaf) {
        PyTreeDef[] out = new PyTreeDef[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = flattenInto(items[i], leaves, isLeaf);
        }
        return out;
    }

    /** Dict keys in sorted order, as JAX orders them (TypeError when they don't compare). */
    private static Object[] sortedKeys(PDict d) {
        Object[] keys = d.keys().toArray();
        try {
            java.util.Arrays.sort(keys, (a, b) -> PyObjects.lessThan(a, b) ? -1 : PyObjects.lessThan(b, a) ? 1 : 0);
        } catch (org.jaxl.runtime.PException e) {
            throw PyErrors.typeError(null, "'<' not supported between dict keys of different types");
        }
        return keys;
    }

    /** Rebuilds a tree of structure {@code def} from leaves. */
    @TruffleBoundary
    public Object unflatten(PyTreeDef def, List<Object> leaves, Node node) {
        if (leaves.size() != def.numLeaves()) {
            throw PyErrors.valueError(node, "Too " + (leaves.size() < def.numLeaves() ? "few" : "many") + " leaves for PyTreeDef; expected " + def.numLeaves() + ", got "
                            + leaves.size() + ".");
        }
        int[] pos = {0};
        return build(def, leaves, pos);
    }

    private Object build(PyTreeDef def, List<Object> leaves, int[] pos) {
        switch (def.kind()) {
            case LEAF:
                return leaves.get(pos[0]++);
            case NONE:
                return PNone.NONE;
            case TUPLE:
                return PTuple.of(buildChildren(def, leaves, pos));
            case LIST:
                return new PList(buildChildren(def, leaves, pos));
            case DICT: {
                Object[] values = buildChildren(def, leaves, pos);
                PDict d = new PDict();
                for (int i = 0; i < values.length; i++) {
                    d.put(def.keys()[i], values[i]);
                }
                return d;
            }
            default: {
                Object[] kids = buildChildren(def, leaves, pos);
                Registration r = registry.get(def.customClass());
                return PyObjects.call(r.unflatten, def.auxData(), PTuple.of(kids));
            }
        }
    }

    private Object[] buildChildren(PyTreeDef def, List<Object> leaves, int[] pos) {
        Object[] out = new Object[def.arity()];
        for (int i = 0; i < out.length; i++) {
            out[i] = build(def.children()[i], leaves, pos);
        }
        return out;
    }

    /**
     * The key paths of every leaf, as {@code keystr} prints them: {@code [0]}, {@code ['w']},
     * {@code .field} — used to name jit arguments in error messages.
     */
    @TruffleBoundary
    public List<String> keyPaths(PyTreeDef def) {
        List<String> out = new ArrayList<>();
        collectPaths(def, "", out);
        return out;
    }

    private static void collectPaths(PyTreeDef def, String prefix, List<String> out) {
        switch (def.kind()) {
            case LEAF -> out.add(prefix);
            case NONE -> {
            }
            case TUPLE, LIST, CUSTOM -> {
                for (int i = 0; i < def.arity(); i++) {
                    collectPaths(def.children()[i], prefix + "[" + i + "]", out);
                }
            }
            case DICT -> {
                for (int i = 0; i < def.arity(); i++) {
                    collectPaths(def.children()[i], prefix + "[" + PyObjects.repr(def.keys()[i]) + "]", out);
                }
            }
        }
    }
}
