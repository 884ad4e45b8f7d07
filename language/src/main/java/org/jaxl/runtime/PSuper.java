package org.jaxl.runtime;

/** The object {@code super()} returns: attribute lookups start after {@code startClass} in the MRO of {@code self}'s class. */
public final class PSuper extends JaxlObject {
    private final PClass startClass;
    private final Object self;

    public PSuper(PClass startClass, Object self) {
        this.startClass = startClass;
        this.self = self;
    }

    public PClass startClass() {
        return startClass;
    }

    public Object self() {
        return self;
    }

    /** The attribute found after {@code startClass}, bound to {@code self}, or null. */
    public Object lookup(String name) {
        PClass cls = self instanceof PClass c ? c : PyObjects.classOf(self);
        PClass[] mro = cls.getMro();
        boolean after = false;
        for (PClass c : mro) {
            if (after) {
                Object v = c.getOwn(name);
                if (v != null) {
                    return Attributes.bind(v, self, cls);
                }
            } else if (c == startClass) {
                after = true;
            }
        }
        return null;
    }
}
