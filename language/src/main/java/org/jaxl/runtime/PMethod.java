package org.jaxl.runtime;

/** A function bound to {@code self}: {@code obj.method}. */
public record PMethod(Object self, Object function) implements com.oracle.truffle.api.interop.TruffleObject {
}
