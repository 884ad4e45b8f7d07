package org.jaxl.builtins;

import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PDictView;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code dict}. */
public final class DictMethods {
    private DictMethods() {
    }

    @Builtin(name = "get", signature = "(self, key, default=None, /)")
    @GenerateNodeFactory
    public abstract static class GetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object get(PDict self, Object key, Object dflt) {
            Object v = self.get(key);
            return v == null ? dflt : v;
        }
    }

    /** {@code dict.fromkeys(iterable, value=None)}, installed as a classmethod. */
    @Builtin(name = "fromkeys", signature = "(cls, iterable, value=None, /)")
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PDict fromkeys(Object cls, Object iterable, Object value) {
            PDict d = new PDict();
            for (Object k : PyObjects.toArray(iterable, this)) {
                PyObjects.hash(k);
                d.put(k, value);
            }
            return d;
        }
    }

    @Builtin(name = "keys", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class KeysNode extends BuiltinNode {
        @Specialization
        protected static PDictView keys(PDict self) {
            return new PDictView(self, PDictView.Kind.KEYS);
        }
    }

    @Builtin(name = "values", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ValuesNode extends BuiltinNode {
        @Specialization
        protected static PDictView values(PDict self) {
            return new PDictView(self, PDictView.Kind.VALUES);
        }
    }

    @Builtin(name = "items", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends BuiltinNode {
        @Specialization
        protected static PDictView items(PDict self) {
            return new PDictView(self, PDictView.Kind.ITEMS);
        }
    }

    @Builtin(name = "pop", signature = "(self, key, default=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object pop(PDict self, Object key, Object dflt) {
            Object v = self.remove(key);
            if (v == null) {
                if (dflt == PNone.NO_VALUE) {
                    throw PyErrors.keyError(this, key);
                }
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "popitem", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PopItemNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object popitem(PDict self) {
            if (self.size() == 0) {
                throw PyErrors.create(this, "KeyError", "popitem(): dictionary is empty");
            }
            java.util.List<Object[]> entries = self.entries();
            Object[] last = entries.get(entries.size() - 1);
            self.remove(last[0]);
            return PTuple.of(last[0], last[1]);
        }
    }

    @Builtin(name = "setdefault", signature = "(self, key, default=None, /)")
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object setdefault(PDict self, Object key, Object dflt) {
            Object v = self.get(key);
            if (v == null) {
                PyObjects.hash(key);
                self.put(key, dflt);
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "update", signature = "(self, other=_MISSING, /, **kwargs)")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object update(PDict self, Object other, PDict kwargs) {
            if (other != PNone.NO_VALUE) {
                PyObjects.dictUpdate(self, other, this);
            }
            for (Object[] e : kwargs.entries()) {
                self.put(e[0], e[1]);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode {
        @Specialization
        protected static PDict copy(PDict self) {
            return self.copy();
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode {
        @Specialization
        protected static Object clear(PDict self) {
            self.clear();
            return PNone.NONE;
        }
    }
}
