package org.jaxl.primitives.linalg;

import java.util.List;

import org.jaxl.primitives.Primitive;

/** The linear-algebra primitives, for {@link org.jaxl.primitives.PrimitiveRegistry} to register. */
public final class LinalgPrimitives {
    private LinalgPrimitives() {
    }

    public static List<Primitive> all() {
        return List.of(new LuPrimitive(), new TriangularSolvePrimitive(), new CholeskyPrimitive(), new EighPrimitive(), new SvdPrimitive(), new QrPrimitive());
    }
}
