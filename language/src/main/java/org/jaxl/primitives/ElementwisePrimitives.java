package org.jaxl.primitives;

import static org.jaxl.primitives.PrimitiveSupport.canonical;
import static org.jaxl.primitives.PrimitiveSupport.lanes;
import static org.jaxl.primitives.PrimitiveSupport.result;
import static org.jaxl.primitives.PrimitiveSupport.typeError;

import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.array.kernels.BinaryOp;
import org.jaxl.array.kernels.CompareOp;
import org.jaxl.array.kernels.Elementwise;
import org.jaxl.array.kernels.Lanes;
import org.jaxl.array.kernels.UnaryOp;
import org.jaxl.trace.ShapedArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The elementwise primitives of {@code lax.py} and {@code lax/special.py}: JAX's {@code unop}
 * and {@code naryop} families (same shapes or scalars, dtype categories checked per operand
 * position), the comparisons, and the few with rules of their own ({@code round},
 * {@code integer_pow}, {@code pow}, {@code abs}, {@code real}, {@code imag}, {@code conj},
 * {@code complex}, {@code is_finite}).
 */
public final class ElementwisePrimitives {
    private ElementwisePrimitives() {
    }

    static void registerAll() {
        unary("neg", Accepted.NUM, UnaryOp.NEG);
        unary("sign", Accepted.NUM, UnaryOp.SIGN);
        unary("floor", Accepted.FLOAT, UnaryOp.FLOOR);
        unary("ceil", Accepted.FLOAT, UnaryOp.CEIL);
        PrimitiveRegistry.register(new Round());
        PrimitiveRegistry.register(new IsFinite());
        unary("exp", Accepted.FLOAT_OR_COMPLEX, UnaryOp.EXP);
        unary("exp2", Accepted.FLOAT_OR_COMPLEX, UnaryOp.EXP2);
        unary("log", Accepted.FLOAT_OR_COMPLEX, UnaryOp.LOG);
        unary("expm1", Accepted.FLOAT_OR_COMPLEX, UnaryOp.EXPM1);
        unary("log1p", Accepted.FLOAT_OR_COMPLEX, UnaryOp.LOG1P);
        unary("tanh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.TANH);
        unary("logistic", Accepted.FLOAT_OR_COMPLEX, UnaryOp.LOGISTIC);
        unary("sin", Accepted.FLOAT_OR_COMPLEX, UnaryOp.SIN);
        unary("cos", Accepted.FLOAT_OR_COMPLEX, UnaryOp.COS);
        unary("tan", Accepted.FLOAT_OR_COMPLEX, UnaryOp.TAN);
        unary("asin", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ASIN);
        unary("acos", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ACOS);
        unary("atan", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ATAN);
        unary("sinh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.SINH);
        unary("cosh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.COSH);
        unary("asinh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ASINH);
        unary("acosh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ACOSH);
        unary("atanh", Accepted.FLOAT_OR_COMPLEX, UnaryOp.ATANH);
        unary("sqrt", Accepted.FLOAT_OR_COMPLEX, UnaryOp.SQRT);
        unary("rsqrt", Accepted.FLOAT_OR_COMPLEX, UnaryOp.RSQRT);
        unary("cbrt", Accepted.FLOAT, UnaryOp.CBRT);
        unary("not", Accepted.BOOL_OR_INT, UnaryOp.NOT);
        unary("population_count", Accepted.INT, UnaryOp.POPULATION_COUNT);
        unary("clz", Accepted.INT, UnaryOp.CLZ);
        unary("lgamma", Accepted.FLOAT, UnaryOp.LGAMMA);
        unary("digamma", Accepted.FLOAT, UnaryOp.DIGAMMA);
        unary("bessel_i0e", Accepted.FLOAT, UnaryOp.BESSEL_I0E);
        unary("bessel_i1e", Accepted.FLOAT, UnaryOp.BESSEL_I1E);
        unary("erf", Accepted.FLOAT, UnaryOp.ERF);
        unary("erfc", Accepted.FLOAT, UnaryOp.ERFC);
        unary("erf_inv", Accepted.FLOAT, UnaryOp.ERF_INV);
        PrimitiveRegistry.register(new Abs());
        PrimitiveRegistry.register(new ComplexPart("real", false));
        PrimitiveRegistry.register(new ComplexPart("imag", true));
        PrimitiveRegistry.register(new Conj());
        PrimitiveRegistry.register(new IntegerPow());

        binary("nextafter", Accepted.FLOAT, BinaryOp.NEXTAFTER);
        binary("atan2", Accepted.FLOAT_OR_COMPLEX, BinaryOp.ATAN2);
        binary("and", Accepted.BOOL_OR_INT, BinaryOp.AND);
        binary("or", Accepted.BOOL_OR_INT, BinaryOp.OR);
        binary("xor", Accepted.BOOL_OR_INT, BinaryOp.XOR);
        binary("add", Accepted.NUM, BinaryOp.ADD);
        binary("sub", Accepted.NUM, BinaryOp.SUB);
        binary("mul", Accepted.NUM, BinaryOp.MUL);
        binary("div", Accepted.NUM, BinaryOp.DIV);
        binary("rem", Accepted.INT_OR_FLOAT, BinaryOp.REM);
        binary("max", Accepted.ANY, BinaryOp.MAX);
        binary("min", Accepted.ANY, BinaryOp.MIN);
        binary("shift_left", Accepted.INT, BinaryOp.SHIFT_LEFT);
        binary("shift_right_arithmetic", Accepted.INT, BinaryOp.SHIFT_RIGHT_ARITHMETIC);
        binary("shift_right_logical", Accepted.INT, BinaryOp.SHIFT_RIGHT_LOGICAL);
        binary("igamma", Accepted.FLOAT, BinaryOp.IGAMMA);
        binary("igammac", Accepted.FLOAT, BinaryOp.IGAMMAC);
        binary("polygamma", Accepted.FLOAT, BinaryOp.POLYGAMMA);
        binary("zeta", Accepted.FLOAT, BinaryOp.ZETA);
        PrimitiveRegistry.register(new Pow());
        PrimitiveRegistry.register(new MakeComplex());

        compare("eq", Accepted.ANY, CompareOp.EQ);
        compare("ne", Accepted.ANY, CompareOp.NE);
        compare("ge", Accepted.ORDERED, CompareOp.GE);
        compare("gt", Accepted.ORDERED, CompareOp.GT);
        compare("le", Accepted.ORDERED, CompareOp.LE);
        compare("lt", Accepted.ORDERED, CompareOp.LT);
        compare("eq_to", Accepted.ANY, CompareOp.EQ_TO);
        compare("le_to", Accepted.ORDERED, CompareOp.LE_TO);
        compare("lt_to", Accepted.ORDERED, CompareOp.LT_TO);
    }

    private static void unary(String name, Accepted accepted, UnaryOp op) {
        PrimitiveRegistry.register(new Unary(name, accepted, op));
    }

    private static void binary(String name, Accepted accepted, BinaryOp op) {
        PrimitiveRegistry.register(new Binary(name, accepted, op));
    }

    private static void compare(String name, Accepted accepted, CompareOp op) {
        PrimitiveRegistry.register(new Compare(name, accepted, op));
    }

    /** JAX's {@code unop_dtype_rule}: the operand's dtype must be in {@code accepted}. */
    @TruffleBoundary
    static void checkUnaryDtype(String name, ShapedArray aval, Accepted accepted, Node node) {
        if (!accepted.accepts(aval.dtype())) {
            throw typeError(node, name + " does not accept dtype " + aval.dtype().jaxName() + ". Accepted dtypes are subtypes of " + accepted.describe() + ".");
        }
    }

    /** JAX's {@code naryop_dtype_rule} for operand {@code position}. */
    @TruffleBoundary
    static void checkOperandDtype(String name, ShapedArray aval, int position, Accepted accepted, Node node) {
        if (!accepted.accepts(aval.dtype())) {
            throw typeError(node, name + " does not accept dtype " + aval.dtype().jaxName() + " at position " + position + ". Accepted dtypes at position "
                            + position + " are subtypes of " + accepted.describe() + ".");
        }
    }

    /**
     * The dtype an eager kernel computes in: the operands' common canonical dtype. JAX 0.4.30's
     * abstract evaluation lets mixed dtypes through (its lowering then fails); eagerly they raise
     * the {@code check_same_dtypes} error JAX raises in its other versions.
     */
    static DType commonDtype(String name, NDArray[] args, Node node) {
        ShapedArray[] avals = new ShapedArray[args.length];
        for (int i = 0; i < args.length; i++) {
            avals[i] = ShapedArray.of(args[i]);
        }
        ShapeRules.checkSameDtypes(name, avals, node, PrimitiveSupport.x64(node));
        return canonical(args[0].dtype(), node);
    }

    /** A {@code standard_unop}: shape and dtype of the operand. */
    static class Unary extends StandardPrimitive {
        private final Accepted accepted;
        private final UnaryOp op;

        Unary(String name, Accepted accepted, UnaryOp op) {
            super(name);
            this.accepted = accepted;
            this.op = op;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], accepted, node);
            return canonical(avals[0].dtype(), node);
        }

        /** The kernel operation for these params (round chooses by its rounding method). */
        UnaryOp op(Params params) {
            return op;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            int n = out.size();
            Object x = lanes(args[0], out.dtype(), out.shape());
            Object y = Elementwise.unary(op(params), out.dtype(), x, n);
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), y, n))};
        }
    }

    /** {@code round[rounding_method=…]}: halves away from zero (0) or to even (1). */
    static final class Round extends Unary {
        Round() {
            super("round", Accepted.FLOAT, UnaryOp.ROUND_AWAY_FROM_ZERO);
        }

        @Override
        UnaryOp op(Params params) {
            return RoundingMethod.valueOf(params.get("rounding_method")) == RoundingMethod.TO_NEAREST_EVEN ? UnaryOp.ROUND_TO_NEAREST_EVEN
                            : UnaryOp.ROUND_AWAY_FROM_ZERO;
        }
    }

    /** {@code is_finite}: bool result for floating-point operands. */
    static final class IsFinite extends StandardPrimitive {
        IsFinite() {
            super("is_finite");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], Accepted.FLOAT, node);
            return DType.BOOL;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            DType in = canonical(args[0].dtype(), node);
            Object x = lanes(args[0], in, out.shape());
            return new NDArray[]{result(out, Elementwise.isFinite(in, x, out.size()))};
        }
    }

    /** The real dtype of a complex dtype (itself for others): JAX's {@code _complex_basetype}. */
    static DType complexBase(DType dtype) {
        return switch (dtype) {
            case COMPLEX64 -> DType.FLOAT32;
            case COMPLEX128 -> DType.FLOAT64;
            default -> dtype;
        };
    }

    /** {@code abs}: signed, float and complex operands; the magnitude of complex numbers is real. */
    static final class Abs extends StandardPrimitive {
        Abs() {
            super("abs");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], Accepted.SIGNED_FLOAT_COMPLEX, node);
            return complexBase(avals[0].dtype());
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            int n = out.size();
            DType in = canonical(args[0].dtype(), node);
            Object x = lanes(args[0], in, out.shape());
            Object y = in.isComplex() ? Elementwise.complexAbs((double[]) x, n) : Elementwise.unary(UnaryOp.ABS, in, x, n);
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), narrowComplexPart(out.dtype(), y), n))};
        }
    }

    /** Double lanes of a complex64 part as the float lanes of float32. */
    private static Object narrowComplexPart(DType dtype, Object lanes) {
        if (dtype == DType.FLOAT32 && lanes instanceof double[] d) {
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }
        return lanes;
    }

    /** {@code real} and {@code imag} of complex operands. */
    static final class ComplexPart extends StandardPrimitive {
        private final boolean imag;

        ComplexPart(String name, boolean imag) {
            super(name);
            this.imag = imag;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], Accepted.COMPLEX, node);
            return complexBase(avals[0].dtype());
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            int n = out.size();
            double[] x = (double[]) lanes(args[0], args[0].dtype(), out.shape());
            double[] part = Elementwise.complexPart(x, n, imag);
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), narrowComplexPart(out.dtype(), part), n))};
        }
    }

    /** JAX's {@code _complex_dtype}: the complex type NumPy gives {@code dtype + complex64}. */
    static DType complexOf(DType dtype) {
        return dtype == DType.FLOAT64 || dtype == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
    }

    /** {@code conj[input_dtype=…]}: complex conjugate; real operands become complex. */
    static final class Conj extends StandardPrimitive {
        Conj() {
            super("conj");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], Accepted.CONJ, node);
            return complexOf(avals[0].dtype());
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            double[] x = (double[]) lanes(args[0], out.dtype(), out.shape());
            // a real operand becomes complex(x, 0): no sign to flip on its zero imaginary part
            double[] y = args[0].dtype().isComplex() ? Elementwise.conj(x, out.size()) : x;
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), y, out.size()))};
        }
    }

    /** {@code integer_pow[y=…]}: a static integer power; integers cannot take negative ones. */
    static final class IntegerPow extends StandardPrimitive {
        IntegerPow() {
            super("integer_pow");
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return avals[0].shape();
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkUnaryDtype(name(), avals[0], Accepted.NUM, node);
            long y = PrimitiveSupport.toInt(params.get("y"));
            if (y < 0 && avals[0].dtype().isInteger()) {
                throw typeError(node, "Integers cannot be raised to negative powers, got integer_pow(" + avals[0] + ", " + y + ")");
            }
            return canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0])}, params, node)[0];
            int n = out.size();
            Object x = lanes(args[0], out.dtype(), out.shape());
            Object y = Elementwise.integerPow(out.dtype(), x, n, PrimitiveSupport.toInt(params.get("y")));
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), y, n))};
        }
    }

    /** A {@code standard_naryop} of two operands: broadcast-compatible shapes, the first operand's dtype. */
    static class Binary extends StandardPrimitive {
        private final Accepted accepted;
        private final BinaryOp op;

        Binary(String name, Accepted accepted, BinaryOp op) {
            super(name);
            this.accepted = accepted;
            this.op = op;
        }

        @Override
        protected int[] shapeRule(ShapedArray[] avals, Params params, Node node) {
            return ShapeRules.broadcasting(name(), avals, node);
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            for (int i = 0; i < avals.length; i++) {
                checkOperandDtype(name(), avals[i], i, accepted, node);
            }
            return canonical(avals[0].dtype(), node);
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
            DType dtype = commonDtype(name(), args, node);
            int n = out.size();
            Object a = lanes(args[0], dtype, out.shape());
            Object b = lanes(args[1], dtype, out.shape());
            Object y = Elementwise.binary(op, dtype, a, b, n);
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), y, n))};
        }
    }

    /** The comparisons: bool results. */
    static final class Compare extends Binary {
        private final CompareOp op;

        Compare(String name, Accepted accepted, CompareOp op) {
            super(name, accepted, null);
            this.op = op;
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            super.dtypeRule(avals, params, node);
            return DType.BOOL;
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
            DType dtype = commonDtype(name(), args, node);
            Object a = lanes(args[0], dtype, out.shape());
            Object b = lanes(args[1], dtype, out.shape());
            return new NDArray[]{result(out, Elementwise.compare(op, dtype, a, b, out.size()))};
        }
    }

    /**
     * {@code pow}: an inexact base; the exponent is of the same dtype or an integer, converted to
     * the base's dtype before computing (as JAX lowers it).
     */
    static final class Pow extends Binary {
        Pow() {
            super("pow", null, BinaryOp.POW);
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            checkOperandDtype(name(), avals[0], 0, Accepted.FLOAT_OR_COMPLEX, node);
            checkOperandDtype(name(), avals[1], 1, Accepted.NUM, node);
            DType x = avals[0].dtype();
            DType y = avals[1].dtype();
            if (x.isInexact() && y.isInteger() || x == y) {
                return x;
            }
            throw typeError(node, "the first argument to pow must have an inexact dtype (float or complex), and the second argument must have an inexact or"
                            + " integer dtype, and two inexact dtypes must match, but got " + x.jaxName() + " and " + y.jaxName() + " respectively.");
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
            int n = out.size();
            Object a = lanes(args[0], out.dtype(), out.shape());
            Object b = lanes(args[1], out.dtype(), out.shape());
            Object y = Elementwise.binary(BinaryOp.POW, out.dtype(), a, b, n);
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), y, n))};
        }
    }

    /** {@code complex}: float32 or float64 real and imaginary parts. */
    static final class MakeComplex extends Binary {
        MakeComplex() {
            super("complex", Accepted.COMPLEX_ELEMENTS, null);
        }

        @Override
        protected DType dtypeRule(ShapedArray[] avals, Params params, Node node) {
            super.dtypeRule(avals, params, node);
            return complexOf(avals[0].dtype());
        }

        @Override
        @TruffleBoundary
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            ShapedArray out = abstractEval(new ShapedArray[]{ShapedArray.of(args[0]), ShapedArray.of(args[1])}, params, node)[0];
            int n = out.size();
            double[] re = (double[]) lanes(args[0], DType.FLOAT64, out.shape());
            double[] im = (double[]) lanes(args[1], DType.FLOAT64, out.shape());
            double[] c = new double[2 * n];
            for (int i = 0; i < n; i++) {
                c[2 * i] = re[i];
                c[2 * i + 1] = im[i];
            }
            return new NDArray[]{result(out, Lanes.encode(out.dtype(), c, n))};
        }
    }
}
