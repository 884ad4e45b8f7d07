package org.jaxl.runtime;

/** Python's {@code complex}. */
public final class PComplex extends JaxlObject {
    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }
}
