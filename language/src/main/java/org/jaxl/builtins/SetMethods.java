package org.jaxl.builtins;

import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PSet;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Methods of {@code set} (the non-mutating ones also serve {@code frozenset}). */
public final class SetMethods {
    private SetMethods() {
    }

    static PSet combine(Node node, PSet self, PTuple others, String op) {
        PSet out = new PSet(self.isFrozen());
        for (Object x : self.items()) {
            out.add(x);
        }
        for (Object o : others.items()) {
            PSet other = new PSet();
            for (Object x : PyObjects.toArray(o, node)) {
                other.add(x);
            }
            switch (op) {
                case "union" -> other.items().forEach(out::add);
                case "intersection" -> out.items().stream().filter(x -> !other.contains(x)).forEach(out::remove);
                case "difference" -> other.items().forEach(out::remove);
                default -> {
                    for (Object x : other.items()) {
                        if (out.contains(x)) {
                            out.remove(x);
                        } else {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Builtin(name = "add", signature = "(self, element, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object add(PSet self, Object element) {
            PyObjects.hash(element);
            self.add(element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", signature = "(self, element, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(PSet self, Object element) {
            if (!self.remove(element)) {
                throw PyErrors.keyError(this, element);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", signature = "(self, element, /)")
    @GenerateNodeFactory
    public abstract static class DiscardNode extends BuiltinNode {
        @Specialization
        protected static Object discard(PSet self, Object element) {
            self.remove(element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object pop(PSet self) {
            if (self.size() == 0) {
                throw PyErrors.create(this, "KeyError", "pop from an empty set");
            }
            Object x = self.items().get(0);
            self.remove(x);
            return x;
        }
    }

    @Builtin(name = "update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object update(PSet self, PTuple others) {
            for (Object x : combine(this, self, others, "union").items()) {
                self.add(x);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "union", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UnionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet union(PSet self, PTuple others) {
            return combine(this, self, others, "union");
        }
    }

    @Builtin(name = "intersection", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet intersection(PSet self, PTuple others) {
            return combine(this, self, others, "intersection");
        }
    }

    @Builtin(name = "difference", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet difference(PSet self, PTuple others) {
            return combine(this, self, others, "difference");
        }
    }

    @Builtin(name = "symmetric_difference", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet symmetricDifference(PSet self, Object other) {
            return combine(this, self, PTuple.of(other), "symmetric");
        }
    }

    @Builtin(name = "issubset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean issubset(PSet self, Object other) {
            PSet o = combine(this, new PSet(), PTuple.of(other), "union");
            return self.items().stream().allMatch(o::contains);
        }
    }

    @Builtin(name = "issuperset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean issuperset(PSet self, Object other) {
            for (Object x : PyObjects.toArray(other, this)) {
                if (!self.contains(x)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet copy(PSet self) {
            return combine(this, self, PTuple.EMPTY, "union");
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode {
        @Specialization
        protected static Object clear(PSet self) {
            self.clear();
            return PNone.NONE;
        }
    }
}
