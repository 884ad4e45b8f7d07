package org.jaxl.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What the MRO of a class binds to an attribute name, as attribute nodes cache it for instances
 * of that class: valid while {@link #assumptions()} hold, that is until some class of the MRO
 * rebinds the name. It tells a node how to finish {@code instance.name} once the instance's own
 * attributes are checked, mirroring {@link Attributes#lookup}.
 */
public final class CachedClassAttribute {
    /** How the class-level binding takes part in an instance attribute read. */
    public enum Kind {
        /** Not bound on the class: only the instance (or the slow path) can have it. */
        ABSENT,
        /** A function: binds to a method of the instance. */
        METHOD,
        /** A classmethod: binds to a method of the class. */
        CLASS_METHOD,
        /** A staticmethod: the plain function. */
        STATIC_METHOD,
        /** A property: a data descriptor, so it wins over the instance's attributes. */
        PROPERTY,
        /** Any other class attribute, returned as it is when the instance lacks the name. */
        VALUE
    }

    private final Object descriptor;
    private final Kind kind;
    private final Assumption[] assumptions;

    private CachedClassAttribute(Object descriptor, Kind kind, Assumption[] assumptions) {
        this.descriptor = descriptor;
        this.kind = kind;
        this.assumptions = assumptions;
    }

    /** The cacheable binding of {@code name} for instances of {@code cls}, or null when it should not be cached. */
    @TruffleBoundary
    public static CachedClassAttribute lookup(PClass cls, String name) {
        if (name.equals("__class__") || name.equals("__dict__")) {
            return null;
        }
        Assumption[] assumptions = cls.lookupAssumptions(name);
        if (assumptions == null) {
            return null;
        }
        Object d = cls.lookup(name);
        Kind kind;
        Object descriptor = d;
        if (d == null) {
            kind = Kind.ABSENT;
        } else if (d instanceof PFunction || d instanceof PBuiltinFunction) {
            kind = Kind.METHOD;
        } else if (d instanceof PClassMethod cm) {
            kind = Kind.CLASS_METHOD;
            descriptor = cm.function();
        } else if (d instanceof PStaticMethod sm) {
            kind = Kind.STATIC_METHOD;
            descriptor = sm.function();
        } else if (d instanceof PProperty p) {
            if (p.getter() == null || p.getter() == PNone.NONE) {
                return null;
            }
            kind = Kind.PROPERTY;
            descriptor = p.getter();
        } else {
            kind = Kind.VALUE;
        }
        return new CachedClassAttribute(descriptor, kind, assumptions);
    }

    /** The function, property getter or value that {@link #kind()} says how to use; null when absent. */
    public Object descriptor() {
        return descriptor;
    }

    public Kind kind() {
        return kind;
    }

    public Assumption[] assumptions() {
        return assumptions;
    }
}
