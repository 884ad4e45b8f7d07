package org.jaxl.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jaxl.JaxlContext;
import org.jaxl.array.DType;
import org.jaxl.array.DTypeError;
import org.jaxl.array.DTypes;
import org.jaxl.array.JType;
import org.jaxl.array.NDArray;
import org.jaxl.array.Shapes;
import org.jaxl.array.Storage;
import org.jaxl.interop.ForeignArrays;
import org.jaxl.jit.InitialStyle;
import org.jaxl.jit.JitFunction;
import org.jaxl.jit.PrimitiveDispatch;
import org.jaxl.jit.PyTreeDef;
import org.jaxl.jit.PyTrees;
import org.jaxl.primitives.Bind;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.primitives.PrimitiveRegistry;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PComplex;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;
import org.jaxl.trace.Concrete;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Tracer;

import com.oracle.truffle.api.nodes.Node;

/**
 * The {@code _jaxl} module: what the Jaxl-written parts of {@code jax}, {@code jax.numpy} and
 * {@code jax.lax} need from Java — the primitives and {@code bind}, dtype rules, array
 * construction from Python data, jit and make_jaxpr, pytrees and configuration. User programs
 * do not import it.
 */
public final class JaxInternals {
    private JaxInternals() {
    }

    static void register(JaxlContext context) {
        context.registerNativeModule("_jaxl", JaxInternals::create);
    }

    private static void def(PModule m, String name, String signature, JavaFunction body) {
        m.set(name, BuiltinRegistry.function(name, signature, body));
    }

    static JaxClasses jax(Node node) {
        return JaxlContext.get(node).jaxClasses();
    }

    private static boolean x64(Node node) {
        return JaxlContext.get(node).getConfig().enableX64();
    }

    /** Converts Java dtype-rule errors into Jaxl exceptions. */
    static PException convert(DTypeError e, Node node) {
        return PyErrors.create(node, e.pythonType(), e.getMessage());
    }

    private static PModule create(JaxlContext context) {
        PModule m = new PModule("_jaxl", null);
        PrimitiveDispatch.install();
        // The classes of the Java values that primitive params hold (RoundingMethod, GatherScatterMode…).
        org.jaxl.primitives.LaxValueClasses.install(context.classes());
        JaxClasses classes = context.jaxClasses();
        m.set("Array", classes.array);
        m.set("ArrayImpl", classes.arrayImpl);
        m.set("Tracer", classes.tracer);
        m.set("dtype_class", classes.dtype);
        for (DType d : DType.values()) {
            m.set(d.jaxName(), classes.scalarType(d));
            m.set("dtype_" + d.jaxName(), d);
        }
        for (Map.Entry<String, Primitive> e : PrimitiveRegistry.all().entrySet()) {
            // As jax.lax names them: scatter-add is scatter_add_p.
            m.set(e.getKey().replace('-', '_') + "_p", e.getValue());
        }
        def(m, "bind", "(prim, /, *args, **params)", (a, n) -> {
            Primitive p = (Primitive) a[0];
            PDict kw = (PDict) a[2];
            java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
            for (Object[] e : kw.entries()) {
                map.put((String) e[0], e[1]);
            }
            Object[] out = Bind.bind(p, ((PTuple) a[1]).items(), Params.fromMap(map), n);
            return p.multipleResults() ? new PList(out) : out[0];
        });
        def(m, "set_array_attr", "(name, value, /)", (a, n) -> {
            classes.array.setAttribute((String) a[0], a[1]);
            return PNone.NONE;
        });
        def(m, "set_jit_attr", "(name, value, /)", (a, n) -> {
            classes.jitFunction.setAttribute((String) a[0], a[1]);
            return PNone.NONE;
        });
        def(m, "set_scalar_type_attr", "(name, value, /)", (a, n) -> {
            for (DType d : DType.values()) {
                classes.scalarType(d).setAttribute((String) a[0], a[1]);
            }
            return PNone.NONE;
        });
        def(m, "is_tracer", "(x, /)", (a, n) -> a[0] instanceof Tracer);
        def(m, "is_array", "(x, /)", (a, n) -> a[0] instanceof NDArray || a[0] instanceof Tracer);
        def(m, "is_numpy", "(x, /)", (a, n) -> a[0] instanceof NDArray arr && arr.isNumpy());
        def(m, "aval", "(x, /)", (a, n) -> Concrete.aval(a[0], n));
        def(m, "x64", "()", (a, n) -> x64(n));
        def(m, "dtype", "(x, /)", (a, n) -> dtypeOf(a[0], n));
        def(m, "jtype", "(x, /)", (a, n) -> {
            JType t = jtypeOf(a[0], n);
            return PTuple.of(t.dtype(), t.weak());
        });
        def(m, "canonicalize_dtype", "(dtype, /)", (a, n) -> DTypes.canonicalize(toDType(a[0], n), x64(n)));
        def(m, "promote_types", "(a, b, /)", (a, n) -> DTypes.promoteTypes(jtypeOfDtypeLike(a[0], n), jtypeOfDtypeLike(a[1], n)));
        def(m, "lattice_result_type", "(*args)", (a, n) -> {
            JType t = DTypes.latticeResultType(jtypes((PTuple) a[0], n));
            return PTuple.of(t.dtype(), t.weak());
        });
        def(m, "result_type", "(*args)", (a, n) -> {
            try {
                JType t = DTypes.resultType(x64(n), jtypes((PTuple) a[0], n));
                return PTuple.of(t.dtype(), t.weak());
            } catch (DTypeError e) {
                throw convert(e, n);
            }
        });
        def(m, "issubdtype", "(a, b, /)", (a, n) -> {
            DType d = toDType(a[0], n);
            if (a[1] instanceof String s) {
                return DTypes.issubdtype(d, s);
            }
            DType other = classes.toDTypeOrNull(a[1]);
            if (other != null) {
                return DTypes.issubdtype(d, other);
            }
            throw PyErrors.typeError(n, "issubdtype: cannot interpret " + PyObjects.repr(a[1]));
        });
        def(m, "dtype_from_name", "(name, fun_name=None, /)", (a, n) -> {
            try {
                return DTypes.dtypeFromName((String) a[0], a[1] == PNone.NONE ? null : (String) a[1]);
            } catch (DTypeError e) {
                throw convert(e, n);
            }
        });
        def(m, "scalar_type", "(dtype, /)", (a, n) -> classes.scalarType(toDType(a[0], n)));
        def(m, "np_array", "(obj, dtype=None, /)", (a, n) -> npArray(a[0], a[1] == PNone.NONE ? null : toDType(a[1], n), n));
        def(m, "from_foreign", "(obj, dtype=None, copy=True, /)", (a, n) -> ForeignArrays.fromForeign(a[0], a[1] == PNone.NONE ? null : toDType(a[1], n),
                        PyObjects.isTrue(a[2]), x64(n), JaxlContext.get(n).getEnv(), n));
        def(m, "leaves", "(obj, /)", (a, n) -> {
            List<Object> out = new ArrayList<>();
            collectLeaves(a[0], out);
            return new PList(out.toArray());
        });
        def(m, "jit", "(fun, static_argnums=None, static_argnames=None, donate_argnums=None, inline=False)", (a, n) -> {
            int[] argnums = intTuple(a[1], n);
            List<String> argnames = stringTuple(a[2]);
            argnums = resolveStaticArgnums(a[0], argnums, argnames);
            argnames = resolveStaticArgnames(a[0], argnums, argnames);
            return new JitFunction(a[0], argnums, argnames, intTuple(a[3], n), PyObjects.isTrue(a[4]));
        });
        def(m, "trace_jit", "(jitted, args, kwargs, /)", (a, n) -> {
            PDict kw = (PDict) a[2];
            String[] names = new String[kw.size()];
            Object[] values = new Object[kw.size()];
            int i = 0;
            for (Object[] e : kw.entries()) {
                names[i] = (String) e[0];
                values[i++] = e[1];
            }
            var entry = ((JitFunction) a[0]).traceOnly(((PTuple) a[1]).items(), names, values, n);
            return PTuple.of(JitFunction.jaxprOf(entry), JitFunction.outTreeOf(entry));
        });
        def(m, "clear_caches", "()", (a, n) -> {
            JaxlContext.get(n).jitCache().clear();
            InitialStyle.clearCache();
            return PNone.NONE;
        });
        def(m, "config_update", "(name, value, /)", (a, n) -> {
            configUpdate(JaxlContext.get(n), (String) a[0], a[1], n);
            return PNone.NONE;
        });
        def(m, "config_get", "(name, /)", (a, n) -> configGet(JaxlContext.get(n), (String) a[0], n));
        def(m, "tree_flatten", "(tree, is_leaf=None)", (a, n) -> {
            PyTrees.Flat flat = JaxlContext.get(n).pytrees().flatten(a[0], a[1]);
            return PTuple.of(new PList(flat.leaves().toArray()), flat.treedef());
        });
        def(m, "tree_unflatten", "(treedef, leaves, /)", (a, n) -> {
            Object[] leaves = PyObjects.toArray(a[1], n);
            return JaxlContext.get(n).pytrees().unflatten((PyTreeDef) a[0], List.of(leaves), n);
        });
        def(m, "register_pytree_node", "(nodetype, flatten_func, unflatten_func, /)", (a, n) -> {
            JaxlContext.get(n).pytrees().register((PClass) a[0], a[1], a[2], n);
            return PNone.NONE;
        });
        def(m, "treedef_num_leaves", "(treedef, /)", (a, n) -> (long) ((PyTreeDef) a[0]).numLeaves());
        def(m, "shape_tuple", "(x, /)", (a, n) -> JaxClasses.shapeTuple(Concrete.aval(a[0], n).shape()));
        def(m, "to_python_scalar", "(x, /)", (a, n) -> toPythonScalar((NDArray) a[0]));
        def(m, "tolist", "(x, /)", (a, n) -> toList((NDArray) a[0], 0, 0));
        def(m, "jax_error", "(name, /)", (a, n) -> JaxlContext.get(n).jaxErrors().get((String) a[0]));
        def(m, "jax_error_names", "()", (a, n) -> new PList(JaxlContext.get(n).jaxErrors().all().keySet().toArray()));
        def(m, "pytreedef_class", "()", (a, n) -> classes.pytreeDef);
        def(m, "treedef_children", "(treedef, /)", (a, n) -> {
            PyTreeDef t = (PyTreeDef) a[0];
            Object[] kids = new Object[t.arity()];
            System.arraycopy(t.children(), 0, kids, 0, kids.length);
            return new PList(kids);
        });
        def(m, "treedef_is_leaf", "(treedef, /)", (a, n) -> ((PyTreeDef) a[0]).kind() == PyTreeDef.Kind.LEAF);
        // The exception object, for Jaxl code to raise: jax.errors.ConcretizationTypeError(tracer, context).
        def(m, "concretization_error", "(tracer, context, /)", (a, n) -> org.jaxl.trace.TracerErrors.concretization((Tracer) a[0], (String) a[1], n).getException());
        def(m, "set_scalar_type_constructor", "(scalar_type, constructor, /)", (a, n) -> {
            ((PClass) a[0]).setConstructor(a[1]);
            return PNone.NONE;
        });
        def(m, "np_arange", "(start, stop, step, dtype, /)", (a, n) -> npArange(a[0], a[1], a[2], toDType(a[3], n), n));
        // The Java parameter objects of round, gather and the scatters, from the values of the
        // Jaxl-side lax.RoundingMethod, GatherScatterMode and dimension-number records.
        def(m, "rounding_method", "(value, /)", (a, n) -> org.jaxl.primitives.RoundingMethod.of(a[0], n));
        def(m, "gather_scatter_mode", "(mode, /)", (a, n) -> org.jaxl.primitives.GatherScatterMode.fromAny(a[0], n));
        def(m, "gather_dimension_numbers", "(offset_dims, collapsed_slice_dims, start_index_map, /)",
                        (a, n) -> new org.jaxl.primitives.GatherDimensionNumbers(a[0], a[1], a[2]));
        def(m, "scatter_dimension_numbers", "(update_window_dims, inserted_window_dims, scatter_dims_to_operand_dims, /)",
                        (a, n) -> new org.jaxl.primitives.ScatterDimensionNumbers(a[0], a[1], a[2]));
        def(m, "initial_style_jaxpr", "(fun, in_tree, in_avals, primitive_name, /)", (a, n) -> {
            InitialStyle.Traced t = InitialStyle.initialStyleJaxpr(a[0], (PyTreeDef) a[1], avalList(a[2], n), (String) a[3], n);
            return PTuple.of(t.jaxpr(), new PList(t.consts().toArray()), t.outTree());
        });
        def(m, "initial_style_jaxprs_with_common_consts", "(funs, in_tree, in_avals, primitive_name, /)", (a, n) -> {
            InitialStyle.Joined j = InitialStyle.initialStyleJaxprsWithCommonConsts(List.of(PyObjects.toArray(a[0], n)), (PyTreeDef) a[1], avalList(a[2], n), (String) a[3], n);
            return PTuple.of(new PList(j.jaxprs().toArray()), new PList(j.consts().toArray()), new PList(j.outTrees().toArray()));
        });
        def(m, "shaped_array", "(shape, dtype, weak_type=False)", (a, n) -> new ShapedArray(intTuple(a[0], n), toDType(a[1], n), PyObjects.isTrue(a[2])));
        def(m, "parameter_names", "(fun, /)", (a, n) -> {
            List<String> names = InitialStyle.parameterNames(a[0]);
            return names == null ? PNone.NONE : new PList(names.toArray());
        });
        def(m, "tree_key_paths", "(treedef, /)", (a, n) -> new PList(JaxlContext.get(n).pytrees().keyPaths((PyTreeDef) a[0]).toArray()));
        def(m, "finfo_fields", "(dtype, /)", (a, n) -> finfoFields(toDType(a[0], n), n));
        def(m, "iinfo_fields", "(dtype, /)", (a, n) -> iinfoFields(toDType(a[0], n), n));
        return m;
    }

    /** A sequence of abstract values (what {@code _abstractify} gave the Jaxl side) as a Java list. */
    private static List<ShapedArray> avalList(Object avals, Node node) {
        List<ShapedArray> out = new ArrayList<>();
        for (Object a : PyObjects.toArray(avals, node)) {
            out.add((ShapedArray) a);
        }
        return out;
    }

    // ------------------------------------------------------------------ dtypes

    /** {@code np.dtype(x)} for what Jaxl code passes as a dtype: dtypes, scalar types, names, Python types. */
    static DType toDType(Object o, Node node) {
        DType d = jax(node).toDTypeOrNull(o);
        if (d != null) {
            return d;
        }
        if (o instanceof String s) {
            try {
                return DTypes.dtypeFromName(s, null);
            } catch (DTypeError e) {
                throw convert(e, node);
            }
        }
        if (o instanceof PClass c) {
            org.jaxl.runtime.PythonClasses pc = JaxlContext.get(node).classes();
            if (c == pc.float_) {
                return DType.FLOAT64;
            }
            if (c == pc.int_) {
                return DType.INT64;
            }
            if (c == pc.bool) {
                return DType.BOOL;
            }
            if (c == pc.complex) {
                return DType.COMPLEX128;
            }
        }
        if (o instanceof NDArray || o instanceof Tracer) {
            return Concrete.aval(o, node).dtype();
        }
        throw JaxClasses.notADtype(o, node);
    }

    /** The dtype of a value or dtype-like ({@code dtypes.dtype(x)}), Python scalars at their 64-bit type. */
    static DType dtypeOf(Object o, Node node) {
        if (o instanceof Boolean) {
            return DType.BOOL;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return DType.INT64;
        }
        if (o instanceof Double) {
            return DType.FLOAT64;
        }
        if (o instanceof PComplex) {
            return DType.COMPLEX128;
        }
        return toDType(o, node);
    }

    /** (dtype, weak) of a value as the promotion lattice reads it. */
    static JType jtypeOf(Object o, Node node) {
        if (o instanceof NDArray a) {
            return new JType(a.dtype(), a.weakType());
        }
        if (o instanceof Tracer t) {
            return new JType(t.aval().dtype(), t.aval().weakType());
        }
        if (o instanceof Boolean) {
            return JType.strong(DType.BOOL);
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return JType.weak(DType.INT64);
        }
        if (o instanceof Double) {
            return JType.weak(DType.FLOAT64);
        }
        if (o instanceof PComplex) {
            return JType.weak(DType.COMPLEX128);
        }
        return jtypeOfDtypeLike(o, node);
    }

    /** A dtype-like as a lattice type: Python's int/float/complex types are the weak types. */
    static JType jtypeOfDtypeLike(Object o, Node node) {
        if (o instanceof PClass c) {
            org.jaxl.runtime.PythonClasses pc = JaxlContext.get(node).classes();
            if (c == pc.int_) {
                return JType.weak(DType.INT64);
            }
            if (c == pc.float_) {
                return JType.weak(DType.FLOAT64);
            }
            if (c == pc.complex) {
                return JType.weak(DType.COMPLEX128);
            }
        }
        if (o instanceof NDArray || o instanceof Tracer || o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof PComplex) {
            return jtypeOf(o, node);
        }
        return JType.strong(toDType(o, node));
    }

    private static JType[] jtypes(PTuple args, Node node) {
        JType[] out = new JType[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object x = args.get(i);
            out[i] = x == PNone.NONE ? JType.strong(DType.FLOAT64) : jtypeOf(x, node);
        }
        return out;
    }

    // ------------------------------------------------------------------ arrays from Python data

    private static void collectLeaves(Object o, List<Object> out) {
        if (o instanceof PList || o instanceof PTuple) {
            for (Object x : PyObjects.toArray(o, null)) {
                collectLeaves(x, out);
            }
        } else {
            out.add(o);
        }
    }

    /**
     * {@code np.asarray(obj, dtype)}: a NumPy-style array from nested lists/tuples of scalars and
     * arrays. With dtype null, NumPy's inference (Python floats float64, ints int64).
     */
    static NDArray npArray(Object obj, DType dtype, Node node) {
        List<Integer> shape = new ArrayList<>();
        inferShape(obj, shape, 0, node);
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        List<Object> leaves = new ArrayList<>();
        flattenData(obj, leaves);
        DType dt = dtype;
        if (dt == null) {
            dt = DType.BOOL;
            boolean any = false;
            for (Object leaf : leaves) {
                DType ld = dtypeOf(leaf, node);
                dt = any ? DTypes.promoteTypes(dt, ld) : ld;
                any = true;
            }
            if (!any) {
                dt = DType.FLOAT64;
            }
        }
        int total = Shapes.size(dims);
        Object data = dt.allocate(total);
        int k = 0;
        for (Object leaf : leaves) {
            if (leaf instanceof NDArray a) {
                for (int i = 0; i < a.size(); i++) {
                    storeScalar(dt, data, k++, elementAsPython(a, i), node);
                }
            } else {
                storeScalar(dt, data, k++, leaf, node);
            }
        }
        return NDArray.of(dt, dims, data, false).asNumpy();
    }

    private static void inferShape(Object o, List<Integer> shape, int depth, Node node) {
        int size;
        Object first;
        if (o instanceof PList || o instanceof PTuple) {
            Object[] items = PyObjects.toArray(o, node);
            size = items.length;
            first = items.length > 0 ? items[0] : null;
            if (shape.size() == depth) {
                shape.add(size);
            } else if (shape.get(depth) != size) {
                throw PyErrors.valueError(node, "setting an array element with a sequence. The requested array has an inhomogeneous shape after " + depth
                                + " dimensions. The detected shape was " + Shapes.toTupleString(shape.subList(0, depth).stream().mapToInt(Integer::intValue).toArray())
                                + " + inhomogeneous part.");
            }
            for (Object x : items) {
                inferShape(x, shape, depth + 1, node);
            }
            if (first == null) {
                return;
            }
        } else if (o instanceof NDArray a) {
            for (int i = 0; i < a.ndim(); i++) {
                if (shape.size() == depth + i) {
                    shape.add(a.shape()[i]);
                }
            }
        } else if (o instanceof Tracer t) {
            throw org.jaxl.trace.TracerErrors.arrayConversion(t, node);
        } else if (!Concrete.isArrayLike(o)) {
            throw PyErrors.typeError(node, "Value " + PyObjects.repr(o) + " with type " + PyObjects.repr(PyObjects.classOf(o)) + " is not a valid JAX type");
        }
    }

    private static void flattenData(Object o, List<Object> out) {
        if (o instanceof PList || o instanceof PTuple) {
            for (Object x : PyObjects.toArray(o, null)) {
                flattenData(x, out);
            }
        } else {
            out.add(o);
        }
    }

    private static Object elementAsPython(NDArray a, int i) {
        DType d = a.dtype();
        if (d.isBool()) {
            return a.getBoolean(i);
        }
        if (d.isInteger()) {
            return d == DType.UINT64 ? (Object) PyArith.normalize(new BigInteger(Long.toUnsignedString(a.getLong(i)))) : (Object) a.getLong(i);
        }
        if (d.isComplex()) {
            return new PComplex(a.getDouble(i), a.getImag(i));
        }
        return a.getDouble(i);
    }

    private static void storeScalar(DType dt, Object data, int i, Object v, Node node) {
        if (v instanceof Boolean b) {
            Storage.setLong(dt, data, i, b ? 1 : 0);
        } else if (v instanceof Long l) {
            Storage.setLong(dt, data, i, l);
        } else if (v instanceof BigInteger b) {
            Storage.setLong(dt, data, i, b.longValue());
        } else if (v instanceof Double d) {
            Storage.setDouble(dt, data, i, d);
        } else if (v instanceof PComplex c) {
            Storage.setComplex(dt, data, i, c.real(), c.imag());
        } else {
            throw PyErrors.typeError(node, "Value " + PyObjects.repr(v) + " with type " + PyObjects.repr(PyObjects.classOf(v)) + " is not a valid JAX type");
        }
    }

    /** {@code x.item()} of a one-element array as a Python scalar. */
    static Object toPythonScalar(NDArray a) {
        return elementAsPython(a, 0);
    }

    private static Object toList(NDArray a, int dim, int offset) {
        if (dim == a.ndim()) {
            return elementAsPython(a, offset);
        }
        int n = a.shape()[dim];
        int stride = 1;
        for (int d = dim + 1; d < a.ndim(); d++) {
            stride *= a.shape()[d];
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = toList(a, dim + 1, offset + i * stride);
        }
        return new PList(items);
    }

    // ------------------------------------------------------------------ np.arange

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)} for Python scalars, as NumPy computes it:
     * the length is {@code ceil((stop - start) / step)}; the first two elements are {@code start}
     * and {@code start + step} converted to the dtype, and element {@code i} is
     * {@code first + i * (second - first)} in the dtype's own arithmetic (float arithmetic for
     * float32 and the 16-bit floats, wrapping integer arithmetic for the integers).
     */
    private static NDArray npArange(Object start, Object stop, Object step, DType dt, Node node) {
        if (dt.isBool() || dt.isComplex()) {
            throw PyErrors.typeError(node, "arange() not supported for inputs with DType " + dt.jaxName());
        }
        double startValue = PyArith.toDouble(start, node);
        double stepValue = PyArith.toDouble(step, node);
        if (stepValue == 0) {
            throw PyErrors.create(node, "ZeroDivisionError", "division by zero");
        }
        double lengthValue = Math.ceil((PyArith.toDouble(stop, node) - startValue) / stepValue);
        int length = lengthValue > 0 ? (int) lengthValue : 0;
        Object data = dt.allocate(length);
        boolean intArgs = PyArith.isInt(start) && PyArith.isInt(step);
        if (dt.isInteger()) {
            long first = intArgs ? PyObjects.indexAsLong(start, node) : (long) startValue;
            long second = intArgs ? first + PyObjects.indexAsLong(step, node) : (long) (startValue + stepValue);
            for (int i = 0; i < length; i++) {
                Storage.setLong(dt, data, i, first + i * (second - first));
            }
        } else if (dt == DType.FLOAT64) {
            double delta = (startValue + stepValue) - startValue;
            for (int i = 0; i < length; i++) {
                Storage.setDouble(dt, data, i, i == 0 ? startValue : i == 1 ? startValue + stepValue : startValue + i * delta);
            }
        } else {
            // float32, float16 and bfloat16 fill in float arithmetic from the first two stored values.
            Object firstTwo = dt.allocate(2);
            Storage.setDouble(dt, firstTwo, 0, startValue);
            Storage.setDouble(dt, firstTwo, 1, startValue + stepValue);
            float first = (float) Storage.getDouble(dt, firstTwo, 0);
            float delta = (float) Storage.getDouble(dt, firstTwo, 1) - first;
            for (int i = 0; i < length; i++) {
                Storage.setDouble(dt, data, i, i < 2 ? Storage.getDouble(dt, firstTwo, i) : first + i * delta);
            }
        }
        return NDArray.of(dt, new int[]{length}, data, false).asNumpy();
    }

    // ------------------------------------------------------------------ finfo and iinfo

    /**
     * The attributes of {@code jnp.finfo(dtype)}: its exponent/mantissa facts as Python ints, its
     * limits as NumPy-style 0-d arrays of the finfo's dtype (as NumPy gives them, scalars of that
     * dtype), and its {@code repr}/{@code str} texts.
     */
    private static PDict finfoFields(DType dtype, Node node) {
        org.jaxl.array.FInfo info;
        try {
            info = org.jaxl.array.FInfo.of(dtype);
        } catch (DTypeError e) {
            throw convert(e, node);
        }
        DType dt = info.dtype();
        PDict d = new PDict();
        d.put("dtype", dt);
        for (Object[] field : new Object[][]{{"bits", info.bits()}, {"nexp", info.nexp()}, {"iexp", info.iexp()}, {"nmant", info.nmant()},
                        {"machep", info.machep()}, {"negep", info.negep()}, {"maxexp", info.maxexp()}, {"minexp", info.minexp()},
                        {"precision", info.precision()}}) {
            d.put(field[0], (long) (int) (Integer) field[1]);
        }
        for (Object[] field : new Object[][]{{"eps", info.eps()}, {"epsneg", info.epsneg()}, {"max", info.max()}, {"min", info.min()},
                        {"tiny", info.tiny()}, {"smallest_normal", info.smallestNormal()}, {"smallest_subnormal", info.smallestSubnormal()},
                        {"resolution", info.resolution()}}) {
            Object data = dt.allocate(1);
            Storage.setDouble(dt, data, 0, (Double) field[1]);
            d.put(field[0], NDArray.of(dt, Shapes.SCALAR, data, false).asNumpy());
        }
        d.put("repr", info.repr());
        d.put("str", info.str());
        return d;
    }

    /** The attributes of {@code jnp.iinfo(dtype)}: bits, min and max as Python ints, kind, and its repr. */
    private static PDict iinfoFields(DType dtype, Node node) {
        org.jaxl.array.IInfo info;
        try {
            info = org.jaxl.array.IInfo.of(dtype);
        } catch (DTypeError e) {
            throw convert(e, node);
        }
        PDict d = new PDict();
        d.put("dtype", info.dtype());
        d.put("bits", (long) info.bits());
        d.put("min", PyArith.normalize(info.min()));
        d.put("max", PyArith.normalize(info.max()));
        d.put("kind", info.kind());
        d.put("repr", info.repr());
        return d;
    }

    // ------------------------------------------------------------------ jit options

    static int[] intTuple(Object o, Node node) {
        if (o == PNone.NONE) {
            return new int[0];
        }
        if (PyArith.isInt(o)) {
            return new int[]{(int) PyObjects.indexAsLong(o, node)};
        }
        Object[] items = PyObjects.toArray(o, node);
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (int) PyObjects.indexAsLong(items[i], node);
        }
        return out;
    }

    static List<String> stringTuple(Object o) {
        if (o == PNone.NONE) {
            return List.of();
        }
        if (o instanceof String s) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (Object x : PyObjects.toArray(o, null)) {
            out.add((String) x);
        }
        return out;
    }

    /** As {@code jax.jit} does: static argnames also mark their positions static, and vice versa. */
    private static int[] resolveStaticArgnums(Object fun, int[] argnums, List<String> argnames) {
        if (!(fun instanceof org.jaxl.runtime.PFunction f) || argnames.isEmpty()) {
            return argnums;
        }
        List<Integer> out = new ArrayList<>();
        for (int n : argnums) {
            out.add(n);
        }
        String[] names = f.getSignature().names();
        for (int i = 0; i < f.getSignature().positionalCount(); i++) {
            if (argnames.contains(names[i]) && !out.contains(i)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> resolveStaticArgnames(Object fun, int[] argnums, List<String> argnames) {
        if (!(fun instanceof org.jaxl.runtime.PFunction f)) {
            return argnames;
        }
        List<String> out = new ArrayList<>(argnames);
        String[] names = f.getSignature().names();
        int positional = f.getSignature().positionalCount();
        for (int n : argnums) {
            int i = n < 0 ? n + positional : n;
            if (i >= f.getSignature().posOnlyCount() && i < positional && !out.contains(names[i])) {
                out.add(names[i]);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ configuration

    private static void configUpdate(JaxlContext context, String name, Object value, Node node) {
        boolean v = PyObjects.isTrue(value);
        switch (name) {
            case "jax_enable_x64" -> context.getConfig().setEnableX64(v);
            case "jax_log_compiles" -> context.getConfig().setLogCompiles(v);
            case "jax_explain_cache_misses" -> context.getConfig().setExplainCacheMisses(v);
            case "jax_disable_jit" -> context.getConfig().setDisableJit(v);
            case "jax_check_tracer_leaks" -> context.getConfig().setCheckTracerLeaks(v);
            case "jax_platform_name", "jax_platforms", "jax_default_matmul_precision", "jax_numpy_rank_promotion", "jax_debug_nans", "jax_debug_infs",
                            "jax_traceback_filtering", "jax_numpy_dtype_promotion" -> {
            }
            default -> throw PyErrors.attributeError(node, "Unrecognized config option: " + name);
        }
    }

    private static Object configGet(JaxlContext context, String name, Node node) {
        return switch (name) {
            case "jax_enable_x64" -> context.getConfig().enableX64();
            case "jax_log_compiles" -> context.getConfig().logCompiles();
            case "jax_explain_cache_misses" -> context.getConfig().explainCacheMisses();
            case "jax_disable_jit" -> context.getConfig().disableJit();
            case "jax_check_tracer_leaks" -> context.getConfig().checkTracerLeaks();
            default -> throw PyErrors.attributeError(node, "Unrecognized config option: " + name);
        };
    }
}
