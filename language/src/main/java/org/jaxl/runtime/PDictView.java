package org.jaxl.runtime;

/** {@code dict.keys()}, {@code .values()}, {@code .items()}: live views of a dict. */
public final class PDictView extends JaxlObject {
    private final PDict dict;
    private final Kind kind;

    public PDictView(PDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PDict dict() {
        return dict;
    }

    public Kind kind() {
        return kind;
    }

    /** Which view. */
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    /** A snapshot of the view's elements. */
    public Object[] elements() {
        return switch (kind) {
            case KEYS -> dict.keys().toArray();
            case VALUES -> dict.values().toArray();
            case ITEMS -> dict.entries().stream().map(e -> (Object) PTuple.of(e[0], e[1])).toArray();
        };
    }

    public String typeName() {
        return switch (kind) {
            case KEYS -> "dict_keys";
            case VALUES -> "dict_values";
            case ITEMS -> "dict_items";
        };
    }
}
