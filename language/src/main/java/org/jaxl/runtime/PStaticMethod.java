package org.jaxl.runtime;

/** {@code staticmethod(f)}: a class attribute that is not bound on access. */
public record PStaticMethod(Object function) implements com.oracle.truffle.api.interop.TruffleObject {
}
