package org.jaxl.runtime;

/** Python's {@code property}: a data descriptor with a getter and an optional setter. */
public final class PProperty extends JaxlObject {
    private final Object getter;
    private final Object setter;
    private final String name;

    public PProperty(Object getter, Object setter, String name) {
        this.getter = getter;
        this.setter = setter;
        this.name = name;
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    public String name() {
        return name;
    }
}
