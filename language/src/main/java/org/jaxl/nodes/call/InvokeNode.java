package org.jaxl.nodes.call;

import org.jaxl.jit.JitDispatchNode;
import org.jaxl.jit.JitFunction;
import org.jaxl.runtime.ArgumentBinder;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.Classes;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PMethod;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.Signature;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a callable with evaluated arguments. Functions and built-ins seen at this call site are
 * called through an inline cache of {@link DirectCallNode}s keyed on their call target (as
 * SimpleLanguage's dispatch does), so Graal can inline them; bound methods unwrap to their
 * function; anything else takes the generic path.
 */
@ReportPolymorphism
public abstract class InvokeNode extends Node {
    static final int INLINE_CACHE_SIZE = 3;

    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    @Specialization(guards = {"kwNames.length == 0", "fn.getCallTarget() == cachedTarget", "cachedSignature.acceptsExactlyPositional(args.length)"}, limit = "INLINE_CACHE_SIZE")
    protected static Object doFunctionPositional(PFunction fn, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("fn.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("fn.getSignature()") Signature cachedSignature,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(Calls.prepend(fn, args));
    }

    @Specialization(guards = "fn.getCallTarget() == cachedTarget", limit = "INLINE_CACHE_SIZE")
    protected static Object doFunction(PFunction fn, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("fn.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(bind(fn, args, kwNames, kwValues, call));
    }

    @Specialization(guards = "fn == cachedFunction", limit = "INLINE_CACHE_SIZE")
    protected static Object doBuiltin(PBuiltinFunction fn, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("fn") PBuiltinFunction cachedFunction,
                    @Cached("create(cachedFunction.getCallTarget())") DirectCallNode call) {
        if (kwNames.length == 0 && cachedFunction.getSignature().acceptsExactlyPositional(args.length)) {
            return call.call(Calls.prepend(fn, args));
        }
        return call.call(bindBuiltin(fn, args, kwNames, kwValues, call));
    }

    @Specialization(guards = "kwNames.length == 0")
    protected static Object doJit(JitFunction fn, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached JitDispatchNode dispatch) {
        return dispatch.execute(fn, args);
    }

    @Specialization
    protected static Object doMethod(PMethod method, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached InvokeNode inner) {
        return inner.execute(method.function(), Calls.prepend(method.self(), args), kwNames, kwValues);
    }

    /** Calling a Jaxl class whose instances are plain objects set up by its {@code __init__}. */
    @Specialization(guards = {"cls == cachedClass", "cachedInit != null"}, assumptions = "cachedInit.assumptions()", limit = "INLINE_CACHE_SIZE")
    protected static Object doNewInstance(PClass cls, Object[] args, String[] kwNames, Object[] kwValues,
                    @Bind Node node,
                    @Cached("cls") PClass cachedClass,
                    @Cached("lookUpInit(cachedClass)") Classes.CachedInit cachedInit,
                    @Cached InvokeNode init) {
        PObject instance = new PObject(cachedClass);
        Object result = init.execute(cachedInit.init(), Calls.prepend(instance, args), kwNames, kwValues);
        if (result != PNone.NONE) {
            throw Classes.initReturnedValue(result, node);
        }
        return instance;
    }

    /** Calling a built-in class ({@code int(x)}, {@code range(n)}): a call of its constructor. */
    @Specialization(guards = {"cls == cachedClass", "cachedClass.getConstructor() != null", "cachedClass.isBuiltin()"}, limit = "INLINE_CACHE_SIZE")
    protected static Object doBuiltinClass(PClass cls, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("cls") PClass cachedClass,
                    @Cached InvokeNode constructor) {
        return constructor.execute(cachedClass.getConstructor(), args, kwNames, kwValues);
    }

    protected static Classes.CachedInit lookUpInit(PClass cls) {
        return Classes.CachedInit.lookup(cls);
    }

    @Specialization(replaces = {"doFunctionPositional", "doFunction", "doBuiltin", "doJit", "doMethod", "doNewInstance", "doBuiltinClass"})
    protected Object doGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callGeneric(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    private Object callGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return Calls.callGeneric(callee, args, kwNames, kwValues, this);
    }

    @TruffleBoundary
    private static Object[] bind(PFunction fn, Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        return ArgumentBinder.bind(fn, args, kwNames, kwValues, node);
    }

    @TruffleBoundary
    private static Object[] bindBuiltin(PBuiltinFunction fn, Object[] args, String[] kwNames, Object[] kwValues, Node node) {
        return ArgumentBinder.bind(fn, args, kwNames, kwValues, node);
    }
}
