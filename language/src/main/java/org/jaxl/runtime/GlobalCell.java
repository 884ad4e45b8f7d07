package org.jaxl.runtime;

/** One module-level variable; nodes cache the cell, so a read is a field load. Null means unbound. */
public final class GlobalCell {
    private final String name;
    public Object value;

    public GlobalCell(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
