package org.jaxl.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One scope of the program as Python defines them: the module, a class body, a function (or
 * lambda), or a comprehension. A comprehension has no frame of its own: its variables live in the
 * frame of the enclosing function, module or class body (its "host").
 */
final class Scope {
    enum Kind {
        MODULE,
        CLASS,
        FUNCTION,
        COMPREHENSION
    }

    final Kind kind;
    final Scope parent;
    final String name;
    final int id;
    /** Names bound in this scope (parameters included). */
    final Set<String> locals = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Names read in this scope. */
    final Set<String> used = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    /** Locals captured by nested scopes: they live in cells. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Variables of enclosing functions this scope's code (or code nested in it) reads: its closure, in order. */
    final List<String> freeVars = new ArrayList<>();

    Scope(Kind kind, Scope parent, String name, int id) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.id = id;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    void addFree(String name) {
        if (!freeVars.contains(name)) {
            freeVars.add(name);
        }
    }

    /** The nearest scope that owns a frame: this one unless it is a comprehension. */
    Scope host() {
        Scope s = this;
        while (s.kind == Kind.COMPREHENSION) {
            s = s.parent;
        }
        return s;
    }

    /** True when {@code name} is a variable of this function or comprehension (not global or nonlocal). */
    boolean isLocal(String name) {
        return locals.contains(name) && !globals.contains(name) && !nonlocals.contains(name);
    }
}
