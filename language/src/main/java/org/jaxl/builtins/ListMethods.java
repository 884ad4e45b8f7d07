package org.jaxl.builtins;

import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Methods of {@code list}. */
public final class ListMethods {
    private ListMethods() {
    }

    @Builtin(name = "append", signature = "(self, object, /)")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode {
        @Specialization
        protected static Object append(PList self, Object item) {
            self.add(item);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", signature = "(self, iterable, /)")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object extend(PList self, Object iterable) {
            for (Object x : PyObjects.toArray(iterable, this)) {
                self.add(x);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", signature = "(self, index, object, /)")
    @GenerateNodeFactory
    public abstract static class InsertNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object insert(PList self, Object index, Object item) {
            long i = PyObjects.indexAsLong(index, this);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            self.insert((int) Math.min(i, n), item);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "(self, index=-1, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object pop(PList self, Object index) {
            if (self.size() == 0) {
                throw PyErrors.indexError(this, "pop from empty list");
            }
            long i = PyObjects.indexAsLong(index, this);
            if (i < 0) {
                i += self.size();
            }
            if (i < 0 || i >= self.size()) {
                throw PyErrors.indexError(this, "pop index out of range");
            }
            return self.remove((int) i);
        }
    }

    @Builtin(name = "remove", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(PList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (PyObjects.eq(self.get(i), value)) {
                    self.remove(i);
                    return PNone.NONE;
                }
            }
            throw PyErrors.valueError(this, "list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long index(PList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (PyObjects.eq(self.get(i), value)) {
                    return i;
                }
            }
            throw PyErrors.valueError(this, PyObjects.repr(value) + " is not in list");
        }
    }

    @Builtin(name = "count", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(PList self, Object value) {
            long n = 0;
            for (int i = 0; i < self.size(); i++) {
                if (PyObjects.eq(self.get(i), value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "sort", signature = "(self, /, *, key=None, reverse=False)")
    @GenerateNodeFactory
    public abstract static class SortNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object sort(PList self, Object key, Object reverse) {
            Object[] items = self.toArray();
            PyBuiltins.sort(this, items, key, PyObjects.isTrue(reverse));
            self.setAll(items);
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object reverse(PList self) {
            Object[] items = self.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            self.setAll(items);
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode {
        @Specialization
        protected static PList copy(PList self) {
            return new PList(self.toArray());
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode {
        @Specialization
        protected static Object clear(PList self) {
            self.clear();
            return PNone.NONE;
        }
    }
}
