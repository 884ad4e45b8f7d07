package org.jaxl.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Python class: built-in ({@code int}, {@code list}, {@code ValueError}, JAX's {@code Array}…)
 * or defined by a {@code class} statement. Attributes live in an ordered dict; lookups walk the
 * C3 method resolution order.
 */
@ExportLibrary(InteropLibrary.class)
public final class PClass extends JaxlObject {
    /** How instances of a class (and its subclasses) are represented. */
    public enum Layout {
        /** Plain {@link PObject}s. */
        OBJECT,
        /** {@link PBaseException}s. */
        EXCEPTION,
        /** Instances are Java values of a built-in type; user classes cannot inherit this layout. */
        BUILTIN
    }

    private static final int MAX_CACHED_CHANGES = 3;

    private final String name;
    private final String module;
    private final PClass[] bases;
    private final PClass[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /** Per name, valid while this class's own binding of the name stays the same; nodes cache lookups on it. */
    private final Map<String, Assumption> unchanged = new HashMap<>();
    /** Per name, how often its binding changed: names that keep changing are not worth caching. */
    private final Map<String, Integer> changes = new HashMap<>();
    private final Layout layout;
    private final boolean builtin;
    /** For built-in classes: what calling the class does ({@code int(x)}, {@code list(it)}). */
    private Object constructor;

    public PClass(String name, String module, PClass[] bases, Layout layout, boolean builtin) {
        this.name = name;
        this.module = module;
        this.bases = bases;
        this.layout = layout;
        this.builtin = builtin;
        this.mro = computeMro(this, bases);
    }

    public String getName() {
        return name;
    }

    /**
     * CPython's {@code tp_name}: the qualified name for the types that JAX implements in C++
     * ({@code jaxlib.xla_extension.ArrayImpl}) and for {@code functools.partial}, which error
     * messages such as "unsupported operand type(s)" show; the plain name otherwise.
     */
    public String tpName() {
        if (builtin && module != null && (module.startsWith("jaxlib") || module.equals("functools"))) {
            return module + "." + name;
        }
        return name;
    }

    public String getModule() {
        return module;
    }

    /** {@code module.Name}, or just {@code Name} for the {@code builtins} module, as type reprs show it. */
    public String getQualifiedName() {
        return module.equals("builtins") ? name : module + "." + name;
    }

    public PClass[] getBases() {
        return bases;
    }

    public PClass[] getMro() {
        return mro;
    }

    public Layout getLayout() {
        return layout;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Object getConstructor() {
        return constructor;
    }

    public void setConstructor(Object constructor) {
        this.constructor = constructor;
    }

    /** Looks {@code key} up along the MRO; null when absent. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PClass c : mro) {
            Object v = c.dict.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** This class's own attribute, not inherited; null when absent. */
    @TruffleBoundary
    public Object getOwn(String key) {
        return dict.get(key);
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        dict.put(key, value);
        changed(key);
    }

    @TruffleBoundary
    public boolean removeAttribute(String key) {
        boolean removed = dict.remove(key) != null;
        changed(key);
        return removed;
    }

    private void changed(String key) {
        Assumption a = unchanged.remove(key);
        if (a != null) {
            a.invalidate();
            changes.merge(key, 1, Integer::sum);
        }
    }

    /**
     * The assumptions under which {@link #lookup lookup(key)} keeps its result: one per class of
     * the MRO. Null when the name's binding changed often enough that caching it would only cause
     * deoptimizations (a class-level counter, say).
     */
    @TruffleBoundary
    public Assumption[] lookupAssumptions(String key) {
        Assumption[] out = new Assumption[mro.length];
        for (int i = 0; i < mro.length; i++) {
            PClass c = mro[i];
            if (c.changes.getOrDefault(key, 0) > MAX_CACHED_CHANGES) {
                return null;
            }
            out[i] = c.unchanged.computeIfAbsent(key, k -> Truffle.getRuntime().createAssumption(c.name + "." + k + " unchanged"));
        }
        return out;
    }

    @TruffleBoundary
    public List<String> ownAttributeNames() {
        return new ArrayList<>(dict.keySet());
    }

    public boolean isSubclassOf(PClass other) {
        for (PClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** C3 linearization, as CPython computes {@code __mro__}. */
    private static PClass[] computeMro(PClass cls, PClass[] bases) {
        List<List<PClass>> seqs = new ArrayList<>();
        for (PClass b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PClass[0]);
            }
            PClass candidate = null;
            for (List<PClass> seq : seqs) {
                PClass head = seq.get(0);
                boolean inTail = false;
                for (List<PClass> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw new IllegalArgumentException("Cannot create a consistent method resolution order (MRO)");
            }
            result.add(candidate);
            for (List<PClass> seq : seqs) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + getQualifiedName() + "'>";
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaSimpleName() {
        return name;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() {
        return getQualifiedName();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        return PyObjects.isInstance(Interop.toJaxl(instance), this);
    }

    @ExportMessage
    boolean hasMetaParents() {
        return bases.length > 0;
    }

    @ExportMessage
    Object getMetaParents() throws UnsupportedMessageException {
        if (bases.length == 0) {
            throw UnsupportedMessageException.create();
        }
        return new PTuple(bases.clone());
    }

    @ExportMessage
    boolean isInstantiable() {
        return true;
    }

    @ExportMessage
    Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        return Interop.execute(this, arguments);
    }
}
