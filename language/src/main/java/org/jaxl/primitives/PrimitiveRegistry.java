package org.jaxl.primitives;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every primitive by name. Primitives are stateless singletons shared by all contexts; the
 * {@code _jaxl} module exposes them to the Jaxl side of {@code jax.lax} as {@code add_p},
 * {@code exp_p}…
 */
public final class PrimitiveRegistry {
    private static final Map<String, Primitive> PRIMITIVES = new LinkedHashMap<>();

    static {
        ElementwisePrimitives.registerAll();
        ConversionPrimitives.registerAll();
        SelectPrimitives.registerAll();
        ShapePrimitives.registerAll();
        ReductionPrimitives.registerAll();
        DotGeneral.registerAll();
        SlicingPrimitives.registerAll();
        SortPrimitives.registerAll();
        RandomPrimitives.registerAll();
        register(PjitPrimitive.INSTANCE);
        register(DebugCallbackPrimitive.INSTANCE);
        register(ControlFlowCond.INSTANCE);
        register(ControlFlowWhile.INSTANCE);
        register(ControlFlowScan.INSTANCE);
        org.jaxl.primitives.linalg.LinalgPrimitives.all().forEach(PrimitiveRegistry::register);
    }

    private PrimitiveRegistry() {
    }

    static void register(Primitive p) {
        if (PRIMITIVES.put(p.name(), p) != null) {
            throw new IllegalStateException("primitive registered twice: " + p.name());
        }
    }

    public static Primitive get(String name) {
        return PRIMITIVES.get(name);
    }

    public static Map<String, Primitive> all() {
        return PRIMITIVES;
    }
}
