package org.jaxl.runtime;

/** {@code classmethod(f)}: a class attribute bound to the class on access. */
public record PClassMethod(Object function) implements com.oracle.truffle.api.interop.TruffleObject {
}
