package org.jaxl.array;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JAX 0.4.30's dtype rules, ported from {@code jax/_src/dtypes.py} for
 * {@code jax_numpy_dtype_promotion='standard'}: the type promotion lattice with weak types
 * ({@link #promoteTypes}, {@link #latticeResultType}, {@link #resultType}), canonicalization under
 * {@code jax_enable_x64} ({@link #canonicalize}), the default and Python-scalar dtypes,
 * {@code issubdtype}/{@code isdtype}, dtype names as {@code np.dtype} reads them, and the errors
 * and warnings those functions raise, worded as JAX words them.
 *
 * <p>JAX reads the x64 flag from its global config; here it is always an explicit argument, so
 * this class holds no state. JAX's {@code jax_default_dtype_bits} is taken at its default, '64':
 * the default types are the 64-bit ones, then canonicalized.
 */
public final class DTypes {
    private DTypes() {
    }

    /** The Python scalar types, whose values JAX treats as weakly typed (except bool). */
    public enum PythonScalar {
        BOOL,
        INT,
        FLOAT,
        COMPLEX
    }

    /**
     * NumPy's abstract scalar types ({@code jnp.floating}, {@code jnp.integer}, …), the second
     * argument of {@code jnp.issubdtype} when it names a category rather than one dtype.
     */
    public enum Category {
        GENERIC("generic"),
        NUMBER("number"),
        INTEGER("integer"),
        SIGNED_INTEGER("signedinteger"),
        UNSIGNED_INTEGER("unsignedinteger"),
        INEXACT("inexact"),
        FLOATING("floating"),
        COMPLEX_FLOATING("complexfloating");

        private final String numpyName;

        Category(String numpyName) {
            this.numpyName = numpyName;
        }

        /** The attribute name in {@code jax.numpy}: {@code "signedinteger"}. */
        public String numpyName() {
            return numpyName;
        }

        /** The category called {@code numpyName} in {@code jax.numpy}, or null. */
        public static Category fromNumpyName(String numpyName) {
            for (Category category : values()) {
                if (category.numpyName.equals(numpyName)) {
                    return category;
                }
            }
            return null;
        }

        /**
         * Whether {@code dtype}'s scalar type derives from this one. bfloat16 counts as floating:
         * JAX special-cases ml_dtypes' floats, whose scalar types NumPy does not place under
         * {@code np.floating}.
         */
        public boolean contains(DType dtype) {
            return switch (this) {
                case GENERIC -> true;
                case NUMBER -> !dtype.isBool();
                case INTEGER -> dtype.isInteger();
                case SIGNED_INTEGER -> dtype.kind() == DType.Kind.SIGNED;
                case UNSIGNED_INTEGER -> dtype.isUnsigned();
                case INEXACT -> dtype.isInexact();
                case FLOATING -> dtype.isFloating();
                case COMPLEX_FLOATING -> dtype.isComplex();
            };
        }
    }

    // ---------------------------------------------------------------------------------------
    // The promotion lattice

    /**
     * The nodes of the promotion lattice: the 15 dtypes and the three weak types, which stand for
     * Python's int, float and complex and for weakly typed values of those kinds.
     */
    private enum Node {
        BOOL(DType.BOOL),
        UINT8(DType.UINT8),
        UINT16(DType.UINT16),
        UINT32(DType.UINT32),
        UINT64(DType.UINT64),
        INT8(DType.INT8),
        INT16(DType.INT16),
        INT32(DType.INT32),
        INT64(DType.INT64),
        BFLOAT16(DType.BFLOAT16),
        FLOAT16(DType.FLOAT16),
        FLOAT32(DType.FLOAT32),
        FLOAT64(DType.FLOAT64),
        COMPLEX64(DType.COMPLEX64),
        COMPLEX128(DType.COMPLEX128),
        // A weak node's dtype is what dtypes.dtype(int/float/complex) gives: python_scalar_dtypes.
        WEAK_INT(DType.INT64),
        WEAK_FLOAT(DType.FLOAT64),
        WEAK_COMPLEX(DType.COMPLEX128);

        final DType dtype;
        final long bit;

        Node(DType dtype) {
            this.dtype = dtype;
            this.bit = 1L << ordinal();
        }

        boolean isWeak() {
            return this == WEAK_INT || this == WEAK_FLOAT || this == WEAK_COMPLEX;
        }

        /**
         * The nodes immediately above this one: {@code _type_promotion_lattice('standard')}. JAX
         * also hangs int4/uint4 under {@code i*} and the float8 types under {@code f*}; they are
         * maximal elements with no edges out, so leaving them out changes no other join.
         */
        List<Node> above() {
            return switch (this) {
                case BOOL -> List.of(WEAK_INT);
                case UINT8 -> List.of(INT16, UINT16);
                case UINT16 -> List.of(INT32, UINT32);
                case UINT32 -> List.of(INT64, UINT64);
                case UINT64 -> List.of(WEAK_FLOAT);
                case WEAK_INT -> List.of(UINT8, INT8);
                case INT8 -> List.of(INT16);
                case INT16 -> List.of(INT32);
                case INT32 -> List.of(INT64);
                case INT64 -> List.of(WEAK_FLOAT);
                case WEAK_FLOAT -> List.of(BFLOAT16, FLOAT16, WEAK_COMPLEX);
                case BFLOAT16, FLOAT16 -> List.of(FLOAT32);
                case FLOAT32 -> List.of(FLOAT64, COMPLEX64);
                case FLOAT64 -> List.of(COMPLEX128);
                case WEAK_COMPLEX -> List.of(COMPLEX64);
                case COMPLEX64 -> List.of(COMPLEX128);
                case COMPLEX128 -> List.of();
            };
        }
    }

    private static final Node[] NODES = Node.values();
    private static final Node[] NODE_OF_DTYPE = new Node[DType.values().length];
    /** {@code UPPER_BOUNDS[n.ordinal()]}: the set of nodes at or above n, as a bit set. */
    private static final long[] UPPER_BOUNDS = new long[NODES.length];

    static {
        for (Node node : NODES) {
            if (!node.isWeak()) {
                NODE_OF_DTYPE[node.dtype.ordinal()] = node;
            }
        }
        // _make_lattice_upper_bounds: grow each node's set along the edges until it is closed.
        for (Node node : NODES) {
            long bounds = node.bit;
            while (true) {
                long next = bounds;
                for (Node member : membersOf(bounds)) {
                    for (Node up : member.above()) {
                        next |= up.bit;
                    }
                }
                if (next == bounds) {
                    break;
                }
                bounds = next;
            }
            UPPER_BOUNDS[node.ordinal()] = bounds;
        }
    }

    private static List<Node> membersOf(long nodeSet) {
        List<Node> members = new ArrayList<>(Long.bitCount(nodeSet));
        for (long rest = nodeSet; rest != 0; rest &= rest - 1) {
            members.add(NODES[Long.numberOfTrailingZeros(rest)]);
        }
        return members;
    }

    /**
     * {@code _least_upper_bound}: the join of a set of lattice nodes. If one of the nodes is above
     * all the others it is the join; otherwise the join is the common upper bound that every
     * other common upper bound lies above.
     */
    private static Node leastUpperBound(long nodeSet) {
        long common = -1L;
        for (Node node : membersOf(nodeSet)) {
            common &= UPPER_BOUNDS[node.ordinal()];
        }
        long least = common & nodeSet;
        if (least == 0) {
            for (Node candidate : membersOf(common)) {
                if ((common & ~UPPER_BOUNDS[candidate.ordinal()]) == 0) {
                    least |= candidate.bit;
                }
            }
        }
        // The standard lattice has a top (complex128) and every pair has one join, so JAX's
        // TypePromotionError cases (strict mode, float8, int4) cannot arise over these nodes.
        if (Long.bitCount(least) != 1) {
            throw new IllegalStateException("type promotion lattice has no unique join for " + membersOf(nodeSet));
        }
        return NODES[Long.numberOfTrailingZeros(least)];
    }

    private static Node node(DType dtype) {
        return NODE_OF_DTYPE[dtype.ordinal()];
    }

    /**
     * {@code _jax_type}: the lattice node of a (dtype, weak_type) pair. A weak bool stays bool;
     * other weak values become the Python type of their kind (bfloat16 included, as a float).
     */
    private static Node node(JType type) {
        DType dtype = type.dtype();
        if (!type.weak()) {
            return node(dtype);
        }
        return switch (dtype.kind()) {
            case BOOL -> Node.BOOL;
            case SIGNED, UNSIGNED -> Node.WEAK_INT;
            case FLOAT -> Node.WEAK_FLOAT;
            case COMPLEX -> Node.WEAK_COMPLEX;
        };
    }

    /**
     * {@code jnp.promote_types(a, b)}: the join of two dtypes on the lattice. Where the join is a
     * weak type (uint64 with int64 gives {@code f*}) the result is its Python type's dtype,
     * float64, whatever the x64 flag: {@code promote_types} does not canonicalize.
     */
    public static DType promoteTypes(DType a, DType b) {
        return leastUpperBound(node(a).bit | node(b).bit).dtype;
    }

    /**
     * {@code jnp.promote_types} where an argument may be a Python type: a weak {@link JType}
     * stands for the Python type of its kind ({@code jnp.promote_types(int, jnp.int8)} is int8).
     */
    public static DType promoteTypes(JType a, JType b) {
        return leastUpperBound(node(a).bit | node(b).bit).dtype;
    }

    /**
     * {@code dtypes._lattice_result_type(*args)}: the promoted (dtype, weak_type) of the
     * arguments, not canonicalized. This is what {@code jnp}'s {@code promote_dtypes} and
     * {@code jnp.array} use (then canonicalize the dtype themselves):
     * <ul>
     * <li>one argument: itself;
     * <li>all of one dtype and not all weak: that dtype, strong;
     * <li>all weak: the join of their dtypes taken as strong, marked weak (so two weak int16
     * values stay int16 rather than becoming {@code i*});
     * <li>otherwise the join of their lattice nodes, weak exactly when that join is a weak type.
     * </ul>
     * A bool result is never weak. A Python scalar argument is {@code (int64|float64|complex128,
     * weak)}, as {@code dtypes.dtype} gives it; its canonical dtype (weak int32 with x64 off)
     * gives the same result once the result is canonicalized.
     */
    public static JType latticeResultType(JType... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("latticeResultType needs at least one argument");
        }
        DType first = args[0].dtype();
        boolean allWeak = true;
        boolean oneDType = true;
        for (JType arg : args) {
            allWeak &= arg.weak();
            oneDType &= arg.dtype() == first;
        }
        DType dtype;
        boolean weak;
        if (args.length == 1) {
            dtype = first;
            weak = args[0].weak();
        } else if (oneDType && !allWeak) {
            dtype = first;
            weak = false;
        } else if (allWeak) {
            long strongNodes = 0;
            for (JType arg : args) {
                strongNodes |= node(arg.dtype()).bit;
            }
            dtype = leastUpperBound(strongNodes).dtype;
            weak = true;
        } else {
            long nodes = 0;
            for (JType arg : args) {
                nodes |= node(arg).bit;
            }
            Node join = leastUpperBound(nodes);
            dtype = join.dtype;
            weak = join.isWeak();
        }
        return new JType(dtype, dtype != DType.BOOL && weak);
    }

    /**
     * {@code dtypes.result_type(*args, return_weak_type_flag=True)}: the lattice result, then a
     * weak result becomes the canonical default dtype of its kind (weak int16 with weak int16
     * gives weak int32 with x64 off) and a strong one is canonicalized. JAX reads a {@code None}
     * argument as a strong float64.
     *
     * @throws DTypeError ValueError when there are no arguments, as JAX raises it
     */
    public static JType resultType(boolean x64, JType... args) {
        if (args.length == 0) {
            throw DTypeError.valueError("at least one array or dtype is required");
        }
        JType promoted = latticeResultType(args);
        DType dtype = promoted.weak() ? defaultTypeOfKind(promoted.dtype(), x64) : canonicalize(promoted.dtype(), x64);
        return new JType(dtype, promoted.weak());
    }

    /**
     * The (dtype, weak_type) that jnp's {@code promote_dtypes} converts its arguments to, as every
     * jnp binary operation does: the lattice result with its dtype canonicalized. It differs from
     * {@link #resultType} when all arguments are weak: weak int16 with weak int16 stays weak int16,
     * and weak float32 with weak int32 stays weak float32 even with x64.
     */
    public static JType promoteDTypes(boolean x64, JType... args) {
        JType promoted = latticeResultType(args);
        return new JType(canonicalize(promoted.dtype(), x64), promoted.weak());
    }

    /** {@code canonicalize_dtype(_default_types[kind])}, with bfloat16 of float kind. */
    private static DType defaultTypeOfKind(DType dtype, boolean x64) {
        return switch (dtype.kind()) {
            case BOOL -> DType.BOOL;
            case SIGNED -> defaultIntType(x64);
            case UNSIGNED -> defaultUIntType(x64);
            case FLOAT -> defaultFloatType(x64);
            case COMPLEX -> defaultComplexType(x64);
        };
    }

    // ---------------------------------------------------------------------------------------
    // Canonicalization and default types

    /**
     * {@code canonicalize_dtype(dtype)}: with x64 off, the 64-bit types become their 32-bit
     * counterparts (int64 to int32, uint64 to uint32, float64 to float32, complex128 to
     * complex64); with x64 on every dtype is canonical.
     */
    public static DType canonicalize(DType dtype, boolean x64) {
        if (x64) {
            return dtype;
        }
        return switch (dtype) {
            case INT64 -> DType.INT32;
            case UINT64 -> DType.UINT32;
            case FLOAT64 -> DType.FLOAT32;
            case COMPLEX128 -> DType.COMPLEX64;
            default -> dtype;
        };
    }

    /** {@code canonicalize_dtype(dtypes.int_)}: int32, or int64 with x64. */
    public static DType defaultIntType(boolean x64) {
        return canonicalize(DType.INT64, x64);
    }

    /** {@code canonicalize_dtype(dtypes.uint)}: uint32, or uint64 with x64. */
    public static DType defaultUIntType(boolean x64) {
        return canonicalize(DType.UINT64, x64);
    }

    /** {@code canonicalize_dtype(dtypes.float_)}: float32, or float64 with x64. */
    public static DType defaultFloatType(boolean x64) {
        return canonicalize(DType.FLOAT64, x64);
    }

    /** {@code canonicalize_dtype(dtypes.complex_)}: complex64, or complex128 with x64. */
    public static DType defaultComplexType(boolean x64) {
        return canonicalize(DType.COMPLEX128, x64);
    }

    // ---------------------------------------------------------------------------------------
    // Python scalars

    /**
     * The type JAX gives a Python scalar of type {@code scalar} ({@code _scalar_type_to_dtype}
     * with the weak flag of {@code is_weakly_typed}): bool is strong bool; int, float and complex
     * are weak int32/float32/complex64, or int64/float64/complex128 with x64.
     */
    public static JType pythonScalarType(PythonScalar scalar, boolean x64) {
        return switch (scalar) {
            case BOOL -> JType.strong(DType.BOOL);
            case INT -> JType.weak(defaultIntType(x64));
            case FLOAT -> JType.weak(defaultFloatType(x64));
            case COMPLEX -> JType.weak(defaultComplexType(x64));
        };
    }

    /**
     * The type of the Python int {@code value}: weak int32 (int64 with x64), checked as
     * {@code _scalar_type_to_dtype(int, value)} checks it.
     *
     * @throws DTypeError OverflowError when the value does not fit that dtype
     */
    public static JType pythonIntType(BigInteger value, boolean x64) {
        DType dtype = defaultIntType(x64);
        IInfo range = IInfo.of(dtype);
        if (value.compareTo(range.min()) < 0 || value.compareTo(range.max()) > 0) {
            throw new DTypeError("OverflowError", "Python int " + value + " too large to convert to " + dtype);
        }
        return JType.weak(dtype);
    }

    /** {@link #pythonIntType(BigInteger, boolean)} for an int that fits in a long. */
    public static JType pythonIntType(long value, boolean x64) {
        if (!x64 && (int) value != value) {
            return pythonIntType(BigInteger.valueOf(value), false);
        }
        return JType.weak(defaultIntType(x64));
    }

    /** {@code dtypes.scalar_type_of}: the Python scalar type that holds an element of {@code dtype}. */
    public static PythonScalar scalarTypeOf(DType dtype) {
        return switch (dtype.kind()) {
            case BOOL -> PythonScalar.BOOL;
            case SIGNED, UNSIGNED -> PythonScalar.INT;
            case FLOAT -> PythonScalar.FLOAT;
            case COMPLEX -> PythonScalar.COMPLEX;
        };
    }

    // ---------------------------------------------------------------------------------------
    // Kind conversions used by jnp

    /** {@code to_numeric_dtype}: bool becomes int32; other dtypes are already numeric. */
    public static DType toNumericDType(DType dtype) {
        return dtype == DType.BOOL ? DType.INT32 : dtype;
    }

    /**
     * {@code to_inexact_dtype}: bool and the integers up to 32 bits become float32, the 64-bit
     * integers float64; inexact dtypes stay as they are. (JAX promotes narrow types to float32
     * here for backward compatibility, not along the lattice.)
     */
    public static DType toInexactDType(DType dtype) {
        return switch (dtype) {
            case BOOL, INT8, INT16, INT32, UINT8, UINT16, UINT32 -> DType.FLOAT32;
            case INT64, UINT64 -> DType.FLOAT64;
            default -> dtype;
        };
    }

    /** {@code to_complex_dtype}: complex128 for the 64-bit inexact kinds, else complex64. */
    public static DType toComplexDType(DType dtype) {
        DType inexact = toInexactDType(dtype);
        return inexact == DType.FLOAT64 || inexact == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
    }

    /** {@code dtypes.supports_inf}: the inexact dtypes (all of Jaxl's floats have infinities). */
    public static boolean supportsInf(DType dtype) {
        return dtype.isInexact();
    }

    // ---------------------------------------------------------------------------------------
    // issubdtype and isdtype

    /** {@code jnp.issubdtype(a, category)}: e.g. {@code jnp.issubdtype(bfloat16, jnp.floating)}. */
    public static boolean issubdtype(DType a, Category category) {
        return category.contains(a);
    }

    /** {@code jnp.issubdtype(a, b)} for a concrete {@code b}: true only when they are the same. */
    public static boolean issubdtype(DType a, DType b) {
        return a == b;
    }

    /**
     * {@code jnp.issubdtype(a, jnp.<name>)}, where {@code name} is a category
     * ({@code "floating"}, {@code "signedinteger"}, …, {@code "generic"}), {@code "bool_"} or
     * {@code "bool"}, or a dtype's name ({@code "float32"}). This is not {@code np.dtype(name)}:
     * JAX reads a string second argument that way, and {@code np.dtype("floating")} fails.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static boolean issubdtype(DType a, String jnpName) {
        Category category = Category.fromNumpyName(jnpName);
        if (category != null) {
            return category.contains(a);
        }
        DType b = "bool_".equals(jnpName) ? DType.BOOL : DType.fromName(jnpName);
        if (b == null) {
            throw new IllegalArgumentException("not a jax.numpy scalar type: " + jnpName);
        }
        return a == b;
    }

    /** The kind names {@code jnp.isdtype} accepts, in the order JAX lists them in its error. */
    private static final Map<String, Set<DType.Kind>> ISDTYPE_KINDS = isdtypeKinds();

    private static Map<String, Set<DType.Kind>> isdtypeKinds() {
        Map<String, Set<DType.Kind>> kinds = new LinkedHashMap<>();
        kinds.put("bool", Set.of(DType.Kind.BOOL));
        kinds.put("signed integer", Set.of(DType.Kind.SIGNED));
        kinds.put("unsigned integer", Set.of(DType.Kind.UNSIGNED));
        kinds.put("integral", Set.of(DType.Kind.SIGNED, DType.Kind.UNSIGNED));
        kinds.put("real floating", Set.of(DType.Kind.FLOAT));
        kinds.put("complex floating", Set.of(DType.Kind.COMPLEX));
        kinds.put("numeric", Set.of(DType.Kind.SIGNED, DType.Kind.UNSIGNED, DType.Kind.FLOAT, DType.Kind.COMPLEX));
        return kinds;
    }

    /**
     * {@code jnp.isdtype(dtype, kinds)}: whether {@code dtype} is of any of the given kinds, each a
     * kind name ({@code "bool"}, {@code "signed integer"}, {@code "unsigned integer"},
     * {@code "integral"}, {@code "real floating"}, {@code "complex floating"}, {@code "numeric"})
     * or a dtype name that {@code np.dtype} reads (a dtype argument is passed by its name).
     *
     * @throws DTypeError ValueError for a string that is neither, as JAX raises it
     */
    public static boolean isdtype(DType dtype, String... kinds) {
        boolean matches = false;
        for (String kind : kinds) {
            Set<DType.Kind> dtypeKinds = ISDTYPE_KINDS.get(kind);
            if (dtypeKinds != null) {
                matches |= dtypeKinds.contains(dtype.kind());
                continue;
            }
            DType named = NUMPY_NAMES.get(kind);
            if (named == null && !isNonNumericNumpyName(kind) && !LONG_DOUBLE_NAMES.containsKey(kind)) {
                throw DTypeError.valueError("Unrecognized kind='" + kind + "' expected one of "
                                + pythonListOfStrings(ISDTYPE_KINDS.keySet()) + ", or a compatible input for jnp.dtype()");
            }
            matches |= named == dtype;
        }
        return matches;
    }

    private static String pythonListOfStrings(Iterable<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            out.append(out.length() > 1 ? ", '" : "'").append(item).append('\'');
        }
        return out.append(']').toString();
    }

    // ---------------------------------------------------------------------------------------
    // dtype names, check_user_dtype_supported, and dtypes.dtype's errors

    /** The names {@code np.dtype} (NumPy 2.0, ml_dtypes loaded) reads as one of the 15 dtypes. */
    private static final Map<String, DType> NUMPY_NAMES = numpyNames();

    private static Map<String, DType> numpyNames() {
        Map<String, DType> names = new HashMap<>();
        for (DType dtype : DType.values()) {
            names.put(dtype.jaxName(), dtype);
            if (dtype != DType.BFLOAT16) {
                // Array-protocol type strings: kind character and item size, e.g. "f4", "<f4", "b1".
                String typeString = String.valueOf(numpyKindChar(dtype)) + dtype.itemSize();
                for (String byteOrder : new String[]{"", "<", "=", "|"}) {
                    names.put(byteOrder + typeString, dtype);
                }
            }
        }
        // NumPy's other names and one-character codes (64-bit Linux: "int" and "l" are int64).
        addNames(names, DType.BOOL, "bool_", "?");
        addNames(names, DType.INT8, "byte", "b");
        addNames(names, DType.INT16, "short", "h");
        addNames(names, DType.INT32, "intc", "i");
        addNames(names, DType.INT64, "int", "int_", "intp", "long", "longlong", "l", "q", "p");
        addNames(names, DType.UINT8, "ubyte", "B");
        addNames(names, DType.UINT16, "ushort", "H");
        addNames(names, DType.UINT32, "uintc", "I");
        addNames(names, DType.UINT64, "uint", "uintp", "ulong", "ulonglong", "L", "Q", "P");
        addNames(names, DType.FLOAT16, "half", "e");
        addNames(names, DType.FLOAT32, "single", "f");
        addNames(names, DType.FLOAT64, "float", "double", "d");
        addNames(names, DType.COMPLEX64, "csingle", "F");
        addNames(names, DType.COMPLEX128, "complex", "cdouble", "D");
        return Map.copyOf(names);
    }

    private static void addNames(Map<String, DType> names, DType dtype, String... aliases) {
        for (String alias : aliases) {
            names.put(alias, dtype);
        }
    }

    /** Names of NumPy's extended-precision floats, which NumPy reads but JAX arrays cannot hold. */
    private static final Map<String, String> LONG_DOUBLE_NAMES = Map.of(
                    "longdouble", "float128", "float128", "float128", "g", "float128", "f16", "float128",
                    "clongdouble", "complex256", "complex256", "complex256", "G", "complex256", "c32", "complex256");

    private static final Set<String> NON_NUMERIC_NAMES = Set.of(
                    "str", "str_", "unicode", "bytes", "bytes_", "object", "object_", "void", "datetime64", "timedelta64");

    /** Type strings of NumPy's string, bytes, void, object, datetime and timedelta dtypes. */
    private static final Pattern NON_NUMERIC_TYPE_STRING = Pattern.compile("[<>=|]?(?:[USaV]\\d*|O|[Mm]8?(?:\\[\\w+])?)");

    private static boolean isNonNumericNumpyName(String name) {
        return NON_NUMERIC_NAMES.contains(name) || NON_NUMERIC_TYPE_STRING.matcher(name).matches();
    }

    /** NumPy's {@code dtype.kind} character: b, i, u, f or c; bfloat16 is a void-kind ('V') dtype. */
    static char numpyKindChar(DType dtype) {
        if (dtype == DType.BFLOAT16) {
            return 'V';
        }
        return switch (dtype.kind()) {
            case BOOL -> 'b';
            case SIGNED -> 'i';
            case UNSIGNED -> 'u';
            case FLOAT -> 'f';
            case COMPLEX -> 'c';
        };
    }

    /**
     * A dtype requested by name, e.g. {@code jnp.zeros(3, dtype="float32")}: what
     * {@code np.dtype(name)} reads (NumPy 2.0 with ml_dtypes loaded: {@code "float32"},
     * {@code "f4"}, {@code "<f4"}, {@code "float"}, {@code "int"}, {@code "bfloat16"},
     * {@code "?"}, …) after {@code check_user_dtype_supported(name, funName)} has rejected the
     * dtypes that are not numbers or bools. The x64 truncation warning is separate:
     * {@link #x64TruncationWarning}.
     *
     * @param funName the jnp function that asked, or null
     * @throws DTypeError TypeError as NumPy or JAX raise it: {@code data type 'foo' not
     *             understood}, {@code JAX only supports number and bool dtypes, got dtype str in
     *             zeros}, or {@code Dtype float128 is not a valid JAX array type…} for NumPy's
     *             extended-precision floats
     */
    public static DType dtypeFromName(String name, String funName) {
        DType dtype = NUMPY_NAMES.get(name);
        if (dtype != null) {
            return dtype;
        }
        if (isNonNumericNumpyName(name)) {
            throw DTypeError.typeError("JAX only supports number and bool dtypes, got dtype " + name + (funName != null ? " in " + funName : ""));
        }
        String longDouble = LONG_DOUBLE_NAMES.get(name);
        if (longDouble != null) {
            throw invalidDTypeError(longDouble);
        }
        throw DTypeError.typeError("data type '" + name + "' not understood");
    }

    /**
     * The UserWarning {@code check_user_dtype_supported} gives when a 64-bit dtype is requested
     * with x64 off, or empty. JAX gives none when the request is a Python type ({@code int},
     * {@code float}, …); callers skip those.
     *
     * @param requested the request as Python's {@code str} shows it: {@code int64} for a string
     *            or a NumPy dtype, {@code <class 'jax.numpy.int64'>} for {@code jnp.int64}
     * @param dtype the dtype the request names
     * @param funName the jnp function that asked, or null
     */
    public static Optional<String> x64TruncationWarning(String requested, DType dtype, String funName, boolean x64) {
        DType truncated = canonicalize(dtype, x64);
        if (truncated == dtype) {
            return Optional.empty();
        }
        return Optional.of("Explicitly requested dtype " + requested + " " + (funName != null ? "requested in " + funName : "")
                        + " is not available, and will be truncated to dtype " + truncated + ". To enable more dtypes, set the"
                        + " jax_enable_x64 configuration option or the JAX_ENABLE_X64 shell environment variable."
                        + " See https://github.com/google/jax#current-gotchas for more.");
    }

    /** {@code check_valid_dtype}'s TypeError for a dtype JAX arrays cannot hold. */
    public static DTypeError invalidDTypeError(String dtypeName) {
        return DTypeError.typeError("Dtype " + dtypeName + " is not a valid JAX array type. Only arrays of numeric types are supported by JAX.");
    }

    /**
     * {@code dtypes.dtype(x)}'s TypeError for a value whose NumPy dtype is not a JAX one.
     *
     * @param valueStr the value as Python's {@code str} shows it
     * @param dtypeName NumPy's name for its dtype, e.g. {@code <U3} or {@code object}
     */
    public static DTypeError invalidValueDTypeError(String valueStr, String dtypeName) {
        return DTypeError.typeError("Value '" + valueStr + "' with dtype " + dtypeName
                        + " is not a valid JAX array type. Only arrays of numeric types are supported by JAX.");
    }

    /** {@code dtypes.dtype(x)}'s TypeError for a value NumPy finds no dtype for. */
    public static DTypeError cannotDetermineDTypeError(String valueStr) {
        return DTypeError.typeError("Cannot determine dtype of " + valueStr);
    }

    /** {@code dtypes.dtype(None)}'s ValueError. */
    public static DTypeError dtypeOfNoneError() {
        return DTypeError.valueError("Invalid argument to dtype: None.");
    }
}
