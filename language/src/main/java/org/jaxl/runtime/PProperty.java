package org.jaxl.runtime;

/** Python's {@code property}: a data descriptor with a getter and an optional setter. */
public record PProperty(Object getter, Object setter, String name) implements com.oracle.truffle.api.interop.TruffleObject {
}
