package org.jaxl.builtins;

import java.math.BigInteger;

import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PProperty;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Small methods of object, exceptions, property, tuple, int, float and type. */
public final class ObjectMethods {
    private ObjectMethods() {
    }

    /** {@code object.__init__} and {@code BaseException.__init__}: exceptions keep their arguments. */
    @Builtin(name = "__init__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode {
        @Specialization
        protected static Object initException(PBaseException self, PTuple args, Object kwargs) {
            self.setArgs(args);
            return PNone.NONE;
        }

        @Fallback
        @TruffleBoundary
        protected Object init(Object self, Object args, Object kwargs) {
            if (((PTuple) args).size() > 0 || ((PDict) kwargs).size() > 0) {
                throw PyErrors.typeError(this, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "with_traceback", signature = "(self, tb, /)")
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends BuiltinNode {
        @Specialization
        protected static Object withTraceback(Object self, Object tb) {
            return self;
        }
    }

    @Builtin(name = "setter", signature = "(self, fset, /)")
    @GenerateNodeFactory
    public abstract static class PropertySetterNode extends BuiltinNode {
        @Specialization
        protected static PProperty setter(PProperty self, Object fset) {
            return new PProperty(self.getter(), fset, self.name());
        }
    }

    @Builtin(name = "getter", signature = "(self, fget, /)")
    @GenerateNodeFactory
    public abstract static class PropertyGetterNode extends BuiltinNode {
        @Specialization
        protected static PProperty getter(PProperty self, Object fget) {
            return new PProperty(fget, self.setter(), self.name());
        }
    }

    @Builtin(name = "index", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class TupleIndexNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long index(PTuple self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (PyObjects.eq(self.get(i), value)) {
                    return i;
                }
            }
            throw PyErrors.valueError(this, "tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class TupleCountNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(PTuple self, Object value) {
            long n = 0;
            for (Object x : self.items()) {
                if (PyObjects.eq(x, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "bit_length", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long bitLength(Object self) {
            BigInteger b = PyArith.big(self);
            return b.abs().bitLength();
        }
    }

    @Builtin(name = "is_integer", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends BuiltinNode {
        @Specialization
        protected static boolean isInteger(double self) {
            return !Double.isInfinite(self) && self == Math.floor(self);
        }
    }

    @Builtin(name = "mro", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class MroNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object mro(PClass self) {
            return new org.jaxl.runtime.PList(self.getMro().clone());
        }
    }
}
