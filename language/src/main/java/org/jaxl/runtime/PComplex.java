package org.jaxl.runtime;

/** Python's {@code complex}. */
public record PComplex(double real, double imag) implements com.oracle.truffle.api.interop.TruffleObject {
}
