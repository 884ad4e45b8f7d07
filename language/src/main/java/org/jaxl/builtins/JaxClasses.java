package org.jaxl.builtins;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jaxl.JaxlContext;
import org.jaxl.array.ArrayPrinter;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.jit.JitFunction;
import org.jaxl.jit.PyTreeDef;
import org.jaxl.primitives.Primitive;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PProperty;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;
import org.jaxl.trace.ClosedJaxpr;
import org.jaxl.trace.Jaxpr;
import org.jaxl.trace.JaxprEqn;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Tracer;
import org.jaxl.trace.TracerErrors;

/**
 * The classes JAX values belong to, per context: {@code jax.Array} with its implementation
 * {@code ArrayImpl} and the tracer classes, {@code dtype}, the scalar types ({@code jnp.float32}…),
 * jaxpr objects, primitives, pytree definitions and jitted functions. Array methods written in
 * Jaxl ({@code jax/_src/array_methods.jaxl}) are added to the {@code Array} base class.
 */
public final class JaxClasses {
    public final PClass array;
    public final PClass arrayImpl;
    public final PClass tracer;
    public final PClass jaxprTracer;
    public final PClass dtype;
    public final PClass shapedArray;
    public final PClass closedJaxpr;
    public final PClass jaxpr;
    public final PClass jaxprEqn;
    public final PClass primitive;
    public final PClass pytreeDef;
    public final PClass jitFunction;
    private final Map<DType, PClass> scalarTypes = new EnumMap<>(DType.class);
    private final Map<PClass, DType> scalarTypeDtypes = new IdentityHashMap<>();

    public JaxClasses(JaxlContext context) {
        PythonClasses c = context.classes();
        array = new PClass("Array", "jax", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        arrayImpl = new PClass("ArrayImpl", "jaxlib.xla_extension", new PClass[]{array}, PClass.Layout.BUILTIN, true);
        tracer = new PClass("Tracer", "jax.core", new PClass[]{array}, PClass.Layout.BUILTIN, true);
        jaxprTracer = new PClass("DynamicJaxprTracer", "jax._src.interpreters.partial_eval", new PClass[]{tracer}, PClass.Layout.BUILTIN, true);
        dtype = new PClass("dtype", "numpy", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        shapedArray = new PClass("ShapedArray", "jax.core", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        closedJaxpr = new PClass("ClosedJaxpr", "jax.core", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        jaxpr = new PClass("Jaxpr", "jax.core", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        jaxprEqn = new PClass("JaxprEqn", "jax.core", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        primitive = new PClass("Primitive", "jax.core", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        pytreeDef = new PClass("PyTreeDef", "jaxlib.xla_extension.pytree", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        jitFunction = new PClass("PjitFunction", "jaxlib.xla_extension", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
        c.registerJavaClass(NDArray.class, arrayImpl);
        c.registerJavaClass(org.jaxl.trace.JaxprTracer.class, jaxprTracer);
        c.registerJavaClass(Tracer.class, tracer);
        c.registerJavaClass(DType.class, dtype);
        c.registerJavaClass(ShapedArray.class, shapedArray);
        c.registerJavaClass(ClosedJaxpr.class, closedJaxpr);
        c.registerJavaClass(Jaxpr.class, jaxpr);
        c.registerJavaClass(JaxprEqn.class, jaxprEqn);
        c.registerJavaClass(Primitive.class, primitive);
        c.registerJavaClass(PyTreeDef.class, pytreeDef);
        c.registerJavaClass(JitFunction.class, jitFunction);
        for (DType d : DType.values()) {
            PClass st = new PClass(d.jaxName(), "jax.numpy", new PClass[]{c.object}, PClass.Layout.BUILTIN, true);
            scalarTypes.put(d, st);
            scalarTypeDtypes.put(st, d);
        }
        installArrayBasics();
        installDtype();
        installJaxprClasses();
    }

    /** {@code jnp.float32} and friends: classes whose call makes an array of that dtype. */
    public PClass scalarType(DType d) {
        return scalarTypes.get(d);
    }

    /** The dtype of a scalar type class, or null. */
    public DType dtypeOfScalarType(PClass cls) {
        return scalarTypeDtypes.get(cls);
    }

    private static PProperty property(String name, JavaFunction getter) {
        return new PProperty(BuiltinRegistry.function(name, "(self, /)", getter), null, name);
    }

    private static org.jaxl.trace.ShapedArray avalOf(Object o) {
        if (o instanceof NDArray a) {
            return ShapedArray.of(a);
        }
        return ((Tracer) o).aval();
    }

    private void installArrayBasics() {
        array.setAttribute("shape", property("shape", (a, n) -> shapeTuple(avalOf(a[0]).shape())));
        array.setAttribute("dtype", property("dtype", (a, n) -> avalOf(a[0]).dtype()));
        array.setAttribute("ndim", property("ndim", (a, n) -> (long) avalOf(a[0]).ndim()));
        array.setAttribute("size", property("size", (a, n) -> (long) avalOf(a[0]).size()));
        array.setAttribute("weak_type", property("weak_type", (a, n) -> avalOf(a[0]).weakType()));
        array.setAttribute("aval", property("aval", (a, n) -> avalOf(a[0])));
        arrayImpl.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> ArrayPrinter.repr((NDArray) a[0])));
        arrayImpl.setAttribute("__str__", BuiltinRegistry.function("__str__", "(self, /)", (a, n) -> ArrayPrinter.str((NDArray) a[0])));
        tracer.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> a[0].toString()));
        tracer.setAttribute("__bool__", BuiltinRegistry.function("__bool__", "(self, /)", (a, n) -> {
            throw TracerErrors.boolConversion((Tracer) a[0], n);
        }));
        tracer.setAttribute("__index__", BuiltinRegistry.function("__index__", "(self, /)", (a, n) -> {
            throw TracerErrors.integerConversion((Tracer) a[0], n);
        }));
        tracer.setAttribute("__hash__", PNone.NONE);
        arrayImpl.setAttribute("__hash__", PNone.NONE);
    }

    static PTuple shapeTuple(int[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            items[i] = (long) shape[i];
        }
        return PTuple.of(items);
    }

    private void installDtype() {
        dtype.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> ArrayPrinter.dtypeRepr((DType) a[0])));
        dtype.setAttribute("__str__", BuiltinRegistry.function("__str__", "(self, /)", (a, n) -> ((DType) a[0]).jaxName()));
        dtype.setAttribute("name", property("name", (a, n) -> ((DType) a[0]).jaxName()));
        dtype.setAttribute("itemsize", property("itemsize", (a, n) -> (long) ((DType) a[0]).itemSize()));
        dtype.setAttribute("kind", property("kind", (a, n) -> switch (((DType) a[0]).kind()) {
            case BOOL -> "b";
            case SIGNED -> "i";
            case UNSIGNED -> "u";
            case FLOAT -> "f";
            case COMPLEX -> "c";
        }));
        dtype.setAttribute("type", property("type", (a, n) -> scalarTypes.get((DType) a[0])));
        dtype.setAttribute("__hash__", BuiltinRegistry.function("__hash__", "(self, /)", (a, n) -> (long) ((DType) a[0]).jaxName().hashCode()));
        dtype.setAttribute("__eq__", BuiltinRegistry.function("__eq__", "(self, other, /)", (a, n) -> {
            DType other = toDTypeOrNull(a[1]);
            return other == null ? PNone.NOT_IMPLEMENTED : (Object) (other == a[0]);
        }));
        dtype.setAttribute("__ne__", BuiltinRegistry.function("__ne__", "(self, other, /)", (a, n) -> {
            DType other = toDTypeOrNull(a[1]);
            return other == null ? PNone.NOT_IMPLEMENTED : (Object) (other != a[0]);
        }));
        for (PClass st : scalarTypes.values()) {
            st.setAttribute("dtype", scalarTypeDtypes.get(st));
        }
    }

    /** A dtype from what {@code np.dtype} accepts here: a dtype, a scalar type, a name. */
    public DType toDTypeOrNull(Object o) {
        if (o instanceof DType d) {
            return d;
        }
        if (o instanceof PClass cls) {
            DType d = scalarTypeDtypes.get(cls);
            if (d != null) {
                return d;
            }
        }
        if (o instanceof String s) {
            try {
                return org.jaxl.array.DTypes.dtypeFromName(s, null);
            } catch (org.jaxl.array.DTypeError e) {
                return null;
            }
        }
        return null;
    }

    private void installJaxprClasses() {
        JavaFunction printClosed = (a, n) -> ((ClosedJaxpr) a[0]).toString();
        closedJaxpr.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", printClosed));
        closedJaxpr.setAttribute("__str__", BuiltinRegistry.function("__str__", "(self, /)", printClosed));
        closedJaxpr.setAttribute("jaxpr", property("jaxpr", (a, n) -> ((ClosedJaxpr) a[0]).jaxpr()));
        closedJaxpr.setAttribute("consts", property("consts", (a, n) -> new PList(((ClosedJaxpr) a[0]).consts().toArray())));
        closedJaxpr.setAttribute("literals", property("literals", (a, n) -> new PList(((ClosedJaxpr) a[0]).consts().toArray())));
        closedJaxpr.setAttribute("in_avals", property("in_avals", (a, n) -> new PList(((ClosedJaxpr) a[0]).inAvals().toArray())));
        closedJaxpr.setAttribute("out_avals", property("out_avals", (a, n) -> new PList(((ClosedJaxpr) a[0]).outAvals().toArray())));
        closedJaxpr.setAttribute("eqns", property("eqns", (a, n) -> new PList(((ClosedJaxpr) a[0]).jaxpr().eqns().toArray())));
        JavaFunction printJaxpr = (a, n) -> ((Jaxpr) a[0]).toString();
        jaxpr.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", printJaxpr));
        jaxpr.setAttribute("__str__", BuiltinRegistry.function("__str__", "(self, /)", printJaxpr));
        jaxpr.setAttribute("eqns", property("eqns", (a, n) -> new PList(((Jaxpr) a[0]).eqns().toArray())));
        jaxpr.setAttribute("in_avals", property("in_avals", (a, n) -> new PList(((Jaxpr) a[0]).inAvals().toArray())));
        jaxpr.setAttribute("out_avals", property("out_avals", (a, n) -> new PList(((Jaxpr) a[0]).outAvals().toArray())));
        jaxprEqn.setAttribute("primitive", property("primitive", (a, n) -> ((JaxprEqn) a[0]).primitive()));
        jaxprEqn.setAttribute("params", property("params", (a, n) -> {
            org.jaxl.runtime.PDict d = new org.jaxl.runtime.PDict();
            ((JaxprEqn) a[0]).params().asMap().forEach(d::put);
            return d;
        }));
        jaxprEqn.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> org.jaxl.trace.JaxprPrinter.reprEqn((JaxprEqn) a[0])));
        primitive.setAttribute("name", property("name", (a, n) -> ((Primitive) a[0]).name()));
        primitive.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> ((Primitive) a[0]).name()));
        shapedArray.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> a[0].toString()));
        shapedArray.setAttribute("str_short", BuiltinRegistry.function("str_short", "(self, short_dtypes=False)", (a, n) -> ((ShapedArray) a[0]).strShort(PyObjects.isTrue(a[1]))));
        shapedArray.setAttribute("shape", property("shape", (a, n) -> shapeTuple(((ShapedArray) a[0]).shape())));
        shapedArray.setAttribute("dtype", property("dtype", (a, n) -> ((ShapedArray) a[0]).dtype()));
        shapedArray.setAttribute("ndim", property("ndim", (a, n) -> (long) ((ShapedArray) a[0]).ndim()));
        shapedArray.setAttribute("size", property("size", (a, n) -> (long) ((ShapedArray) a[0]).size()));
        shapedArray.setAttribute("weak_type", property("weak_type", (a, n) -> ((ShapedArray) a[0]).weakType()));
        pytreeDef.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> a[0].toString()));
        pytreeDef.setAttribute("num_leaves", property("num_leaves", (a, n) -> (long) ((PyTreeDef) a[0]).numLeaves()));
        pytreeDef.setAttribute("__eq__", BuiltinRegistry.function("__eq__", "(self, other, /)", (a, n) -> a[0].equals(a[1])));
        pytreeDef.setAttribute("__hash__", BuiltinRegistry.function("__hash__", "(self, /)", (a, n) -> (long) a[0].hashCode()));
        jitFunction.setAttribute("_cache_size", BuiltinRegistry.function("_cache_size", "(self, /)", (a, n) -> ((JitFunction) a[0]).cacheSize(n)));
        jitFunction.setAttribute("clear_cache", BuiltinRegistry.function("clear_cache", "(self, /)", (a, n) -> {
            ((JitFunction) a[0]).clearCache(n);
            return PNone.NONE;
        }));
        jitFunction.setAttribute("_lower_text", BuiltinRegistry.function("_lower_text", "(self, args, kwargs, /)", (a, n) -> {
            Object[][] kw = keywords((org.jaxl.runtime.PDict) a[2]);
            return ((JitFunction) a[0]).lowerText(((PTuple) a[1]).items(), (String[]) kw[0], kw[1], n);
        }));
        jitFunction.setAttribute("_compile", BuiltinRegistry.function("_compile", "(self, args, kwargs, /)", (a, n) -> {
            Object[][] kw = keywords((org.jaxl.runtime.PDict) a[2]);
            ((JitFunction) a[0]).compileNow(((PTuple) a[1]).items(), (String[]) kw[0], kw[1], n);
            return PNone.NONE;
        }));
        jitFunction.setAttribute("__wrapped__", property("__wrapped__", (a, n) -> ((JitFunction) a[0]).fun()));
        jitFunction.setAttribute("__name__", property("__name__", (a, n) -> PyObjects.getAttribute(((JitFunction) a[0]).fun(), "__name__", n)));
        jitFunction.setAttribute("__repr__", BuiltinRegistry.function("__repr__", "(self, /)", (a, n) -> "<PjitFunction of " + PyObjects.repr(((JitFunction) a[0]).fun()) + ">"));
    }

    /** Keyword arguments as parallel arrays of names ({@code String[]}) and values. */
    private static Object[][] keywords(org.jaxl.runtime.PDict kwargs) {
        String[] names = new String[kwargs.size()];
        Object[] values = new Object[kwargs.size()];
        int i = 0;
        for (Object[] e : kwargs.entries()) {
            names[i] = (String) e[0];
            values[i++] = e[1];
        }
        return new Object[][]{names, values};
    }

    /** Raises JAX's error for an unknown dtype specification. */
    static RuntimeException notADtype(Object o, com.oracle.truffle.api.nodes.Node n) {
        return PyErrors.typeError(n, "Cannot interpret '" + PyObjects.repr(o) + "' as a data type");
    }
}
