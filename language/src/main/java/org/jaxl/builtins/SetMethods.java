package org.jaxl.builtins;

import java.util.Set;

import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PSet;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Methods of {@code set}; those not in {@link #MUTATING} also serve {@code frozenset}. The work
 * is done by {@link PSet}, which follows CPython's algorithms so results iterate in CPython's order.
 */
public final class SetMethods {
    /** The methods a frozenset lacks. */
    static final Set<String> MUTATING = Set.of("add", "remove", "discard", "pop", "clear", "update", "intersection_update", "difference_update",
                    "symmetric_difference_update");

    private SetMethods() {
    }

    @Builtin(name = "add", signature = "(self, element, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode {
        @Specialization
        protected static Object add(PSet self, Object element) {
            self.add(element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", signature = "(self, element, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode {
        @Specialization
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
        protected Object pop(PSet self) {
            Object x = self.pop();
            if (x == null) {
                throw PyErrors.create(this, "KeyError", "pop from an empty set");
            }
            return x;
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

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode {
        @Specialization
        protected static PSet copy(PSet self) {
            return self.copy(self.isFrozen());
        }
    }

    @Builtin(name = "update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object update(PSet self, PTuple others) {
            for (Object other : others.items()) {
                self.update(other, this);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object intersectionUpdate(PSet self, PTuple others) {
            for (Object other : others.items()) {
                self.intersectionUpdate(other, this);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object differenceUpdate(PSet self, PTuple others) {
            for (Object other : others.items()) {
                self.differenceUpdate(other, this);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends BuiltinNode {
        @Specialization
        protected Object symmetricDifferenceUpdate(PSet self, Object other) {
            self.symmetricDifferenceUpdate(other, this);
            return PNone.NONE;
        }
    }

    @Builtin(name = "union", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UnionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet union(PSet self, PTuple others) {
            PSet result = self.copy(self.isFrozen());
            for (Object other : others.items()) {
                result.update(other, this);
            }
            return result;
        }
    }

    @Builtin(name = "intersection", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet intersection(PSet self, PTuple others) {
            PSet result = self.copy(self.isFrozen());
            for (Object other : others.items()) {
                result = result.intersection(other, this);
            }
            return result;
        }
    }

    @Builtin(name = "difference", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PSet difference(PSet self, PTuple others) {
            if (others.size() == 1) {
                return self.difference(others.get(0), this);
            }
            PSet result = self.copy(self.isFrozen());
            for (Object other : others.items()) {
                result.differenceUpdate(other, this);
            }
            return result;
        }
    }

    @Builtin(name = "symmetric_difference", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends BuiltinNode {
        @Specialization
        protected PSet symmetricDifference(PSet self, Object other) {
            return self.symmetricDifference(other, this);
        }
    }

    @Builtin(name = "issubset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean issubset(PSet self, Object other) {
            return PyObjects.isSubset(self, other instanceof PSet s ? s : PSet.of(other, false, this));
        }
    }

    @Builtin(name = "issuperset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean issuperset(PSet self, Object other) {
            return PyObjects.isSubset(other instanceof PSet s ? s : PSet.of(other, false, this), self);
        }
    }

    @Builtin(name = "isdisjoint", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isdisjoint(PSet self, Object other) {
            return self.intersection(other, this).size() == 0;
        }
    }
}
