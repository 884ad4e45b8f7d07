package org.jaxl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The object {@code super()} returns: attribute lookups start after {@code startClass} in the MRO of {@code self}'s class. */
public record PSuper(PClass startClass, Object self) implements TruffleObject {
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
