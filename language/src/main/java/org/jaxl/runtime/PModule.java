package org.jaxl.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A module: its name and its globals, each held in a {@link GlobalCell}. */
@ExportLibrary(InteropLibrary.class)
public final class PModule extends JaxlObject {
    private final String name;
    private final String file;
    private final Map<String, GlobalCell> globals = new LinkedHashMap<>();

    public PModule(String name, String file) {
        this.name = name;
        this.file = file;
        set("__name__", name);
    }

    public String getName() {
        return name;
    }

    /** The file it was loaded from, or null for a built-in module. */
    public String getFile() {
        return file;
    }

    /** The cell for {@code key}, created unbound on first request. */
    @TruffleBoundary
    public GlobalCell cell(String key) {
        return globals.computeIfAbsent(key, GlobalCell::new);
    }

    /** The value of a global, or null when unbound. */
    @TruffleBoundary
    public Object get(String key) {
        GlobalCell c = globals.get(key);
        return c == null ? null : c.value;
    }

    @TruffleBoundary
    public void set(String key, Object value) {
        cell(key).value = value;
    }

    /** Names bound in this module, in definition order. */
    @TruffleBoundary
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (GlobalCell c : globals.values()) {
            if (c.value != null) {
                out.add(c.getName());
            }
        }
        return out;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return get(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        set(member, Interop.toJaxl(value));
    }
}
