package org.jaxl.compiler;

import java.util.Arrays;
import java.util.Map;

import org.jaxl.array.NDArray;
import org.jaxl.compiler.FlatJaxpr.Step;
import org.jaxl.runtime.PNone;
import org.jaxl.trace.ShapedArray;
import org.jaxl.trace.Var;

/**
 * Which primitive fuses, and as what: the lax elementwise primitives map to {@link ElemOp}s,
 * {@code convert_element_type}, {@code select_n}, {@code clamp}, {@code integer_pow} and
 * {@code is_finite} to instructions of their own, {@code broadcast_in_dim} and the
 * size-preserving reshapes to a way of reading an input, and {@code reduce_*} to the
 * {@link GroupReduction} that ends a loop. Everything else (and any dtype without a
 * {@link Lane}) runs through its primitive's eager kernel.
 */
final class ElementwiseLowering {
    /** How a step takes part in fusion. */
    enum Kind {
        ELEMENTWISE,
        REDUCTION,
        OPAQUE
    }

    /** What the lowering of one step needs from the group it is lowered into. */
    interface Emitter {
        /** The register holding an operand read element by element (in the group, or an input). */
        int operand(Object operand);

        /** The register of an input read through {@code broadcast_in_dim} to the domain. */
        int broadcastInput(Object operand, int[] shape, int[] broadcastDimensions);

        /** A constant input holding {@code value} in every element. */
        int constant(Lane lane, Object value);

        /** Appends an instruction; returns its register. */
        int emit(Instr instr);

        void bind(Var result, int register);

        /** True when the group computes with vector algorithms (see {@link ScalarOps} on twins). */
        boolean approximate();

        int width();
    }

    private static final Map<String, ElemOp> UNARY = Map.ofEntries(
                    Map.entry("neg", ElemOp.NEG), Map.entry("abs", ElemOp.ABS), Map.entry("sign", ElemOp.SIGN),
                    Map.entry("floor", ElemOp.FLOOR), Map.entry("ceil", ElemOp.CEIL), Map.entry("exp", ElemOp.EXP),
                    Map.entry("exp2", ElemOp.EXP2), Map.entry("log", ElemOp.LOG), Map.entry("log1p", ElemOp.LOG1P),
                    Map.entry("expm1", ElemOp.EXPM1), Map.entry("tanh", ElemOp.TANH), Map.entry("logistic", ElemOp.LOGISTIC),
                    Map.entry("sin", ElemOp.SIN), Map.entry("cos", ElemOp.COS), Map.entry("tan", ElemOp.TAN),
                    Map.entry("asin", ElemOp.ASIN), Map.entry("acos", ElemOp.ACOS), Map.entry("atan", ElemOp.ATAN),
                    Map.entry("sinh", ElemOp.SINH), Map.entry("cosh", ElemOp.COSH), Map.entry("asinh", ElemOp.ASINH),
                    Map.entry("acosh", ElemOp.ACOSH), Map.entry("atanh", ElemOp.ATANH), Map.entry("sqrt", ElemOp.SQRT),
                    Map.entry("rsqrt", ElemOp.RSQRT), Map.entry("cbrt", ElemOp.CBRT), Map.entry("not", ElemOp.NOT),
                    Map.entry("population_count", ElemOp.POPCNT), Map.entry("clz", ElemOp.CLZ));

    private static final Map<String, ElemOp> BINARY = Map.ofEntries(
                    Map.entry("add", ElemOp.ADD), Map.entry("sub", ElemOp.SUB), Map.entry("mul", ElemOp.MUL),
                    Map.entry("div", ElemOp.DIV), Map.entry("rem", ElemOp.REM), Map.entry("pow", ElemOp.POW),
                    Map.entry("max", ElemOp.MAX), Map.entry("min", ElemOp.MIN), Map.entry("atan2", ElemOp.ATAN2),
                    Map.entry("nextafter", ElemOp.NEXTAFTER), Map.entry("and", ElemOp.AND), Map.entry("or", ElemOp.OR),
                    Map.entry("xor", ElemOp.XOR), Map.entry("shift_left", ElemOp.SHIFT_LEFT),
                    Map.entry("shift_right_arithmetic", ElemOp.SHIFT_RIGHT_ARITHMETIC),
                    Map.entry("shift_right_logical", ElemOp.SHIFT_RIGHT_LOGICAL), Map.entry("eq", ElemOp.EQ),
                    Map.entry("ne", ElemOp.NE), Map.entry("lt", ElemOp.LT), Map.entry("le", ElemOp.LE),
                    Map.entry("gt", ElemOp.GT), Map.entry("ge", ElemOp.GE));

    private static final Map<String, GroupReduction.Op> REDUCTIONS = Map.of(
                    "reduce_sum", GroupReduction.Op.SUM, "reduce_prod", GroupReduction.Op.PROD, "reduce_max", GroupReduction.Op.MAX,
                    "reduce_min", GroupReduction.Op.MIN, "reduce_and", GroupReduction.Op.AND, "reduce_or", GroupReduction.Op.OR);

    private ElementwiseLowering() {
    }

    static Kind kind(Step s) {
        if (s.results().length != 1 || s.operands().length == 0 || !allLanes(s)) {
            return Kind.OPAQUE;
        }
        String name = s.name();
        if (REDUCTIONS.containsKey(name)) {
            return reductionOp(s) != null ? Kind.REDUCTION : Kind.OPAQUE;
        }
        if (!sameShapeOrUniform(s)) {
            return Kind.OPAQUE;
        }
        Lane lane = lane(s.operandAval(0));
        return switch (name) {
            case "broadcast_in_dim", "copy", "copy_p", "stop_gradient", "convert_element_type", "is_finite" -> Kind.ELEMENTWISE;
            case "squeeze" -> Kind.ELEMENTWISE;
            case "reshape" -> isNone(s.params().getOrNull("dimensions")) ? Kind.ELEMENTWISE : Kind.OPAQUE;
            case "select_n" -> lane == Lane.BOOL && s.operands().length <= 3 ? Kind.ELEMENTWISE : Kind.OPAQUE;
            case "clamp", "integer_pow" -> !(lane == Lane.BOOL) && sameLanes(s) ? Kind.ELEMENTWISE : Kind.OPAQUE;
            case "round" -> lane.isFloat() ? Kind.ELEMENTWISE : Kind.OPAQUE;
            default -> {
                ElemOp op = UNARY.get(name);
                if (op == null) {
                    op = BINARY.get(name);
                }
                yield op != null && sameLanes(s) && supported(op, lane) ? Kind.ELEMENTWISE : Kind.OPAQUE;
            }
        };
    }

    /** The canonical domain of an elementwise step (its result's shape without unit dimensions), or of a reduction's operand. */
    static int[] domain(Step s) {
        ShapedArray aval = kind(s) == Kind.REDUCTION ? s.operandAval(0) : s.resultAval(0);
        return canonical(aval.shape());
    }

    /** True when the operand must come from outside the step's group (a broadcast to a larger size). */
    static boolean needsExternalOperand(Step s, int i) {
        return s.name().equals("broadcast_in_dim") && s.operandAval(i).size() != s.resultAval(0).size();
    }

    /** True when every operation of the step has a Vector API form. */
    static boolean vectorizable(Step s) {
        String name = s.name();
        Lane lane = lane(s.operandAval(0));
        if (kind(s) == Kind.REDUCTION) {
            return GroupReduction.vectorizable(reductionOp(s), lane);
        }
        return switch (name) {
            case "broadcast_in_dim", "copy", "copy_p", "stop_gradient", "reshape", "squeeze", "select_n" -> true;
            case "convert_element_type" -> VectorOps.supportsConvert(lane, lane(s.resultAval(0)));
            case "is_finite" -> true;
            case "clamp" -> VectorOps.supportsBinary(ElemOp.MAX, lane);
            case "integer_pow" -> VectorOps.supportsBinary(ElemOp.MUL, lane) && (s.params().getLong("y") >= 0 || lane.isFloat());
            case "round" -> false;
            default -> UNARY.containsKey(name) ? VectorOps.supportsUnary(UNARY.get(name), lane) : VectorOps.supportsBinary(BINARY.get(name), lane);
        };
    }

    static GroupReduction.Op reductionOp(Step s) {
        GroupReduction.Op op = REDUCTIONS.get(s.name());
        Lane lane = lane(s.operandAval(0));
        if (op == null || lane == null) {
            return null;
        }
        if (lane == Lane.BOOL) {
            return switch (op) {
                case MAX, OR -> GroupReduction.Op.OR;
                case MIN, AND -> GroupReduction.Op.AND;
                default -> null;
            };
        }
        if (lane.isFloat() && (op == GroupReduction.Op.AND || op == GroupReduction.Op.OR)) {
            return null;
        }
        return op;
    }

    static void emit(Step s, Emitter em) {
        String name = s.name();
        Object x = s.operands()[0];
        Var result = s.results()[0];
        Lane lane = lane(s.operandAval(0));
        switch (name) {
            case "broadcast_in_dim" -> em.bind(result, needsExternalOperand(s, 0)
                            ? em.broadcastInput(x, s.resultAval(0).shape(), s.params().getInts("broadcast_dimensions"))
                            : em.operand(x));
            case "copy", "copy_p", "stop_gradient", "reshape", "squeeze" -> em.bind(result, em.operand(x));
            case "convert_element_type" -> {
                Lane to = lane(s.resultAval(0));
                em.bind(result, to == lane ? em.operand(x) : em.emit(new Instr.Convert(lane, to, em.width(), em.operand(x))));
            }
            case "is_finite" -> em.bind(result, em.emit(new Instr.IsFinite(lane, em.operand(x))));
            case "select_n" -> {
                Object[] ops = s.operands();
                em.bind(result, ops.length == 2 ? em.operand(ops[1])
                                : em.emit(new Instr.Select(lane(s.resultAval(0)), em.operand(ops[0]), em.operand(ops[1]), em.operand(ops[2]))));
            }
            case "clamp" -> {
                Object[] ops = s.operands();
                Lane l = lane(s.operandAval(1));
                int lower = em.emit(new Instr.Binary(ElemOp.MAX, l, em.operand(ops[1]), em.operand(ops[0])));
                em.bind(result, em.emit(new Instr.Binary(ElemOp.MIN, l, lower, em.operand(ops[2]))));
            }
            case "integer_pow" -> em.bind(result, integerPow(em, lane, em.operand(x), s.params().getLong("y")));
            case "round" -> {
                boolean even = "1".equals(String.valueOf(s.params().get("rounding_method")));
                em.bind(result, em.emit(new Instr.Unary(even ? ElemOp.ROUND_EVEN : ElemOp.ROUND_AWAY, lane, false, em.operand(x))));
            }
            default -> {
                ElemOp op = UNARY.get(name);
                if (op != null) {
                    boolean twin = em.approximate() && op.isApproximated();
                    em.bind(result, em.emit(new Instr.Unary(op, lane, twin, em.operand(x))));
                } else {
                    op = BINARY.get(name);
                    em.bind(result, em.emit(new Instr.Binary(op, lane, em.operand(x), em.operand(s.operands()[1]))));
                }
            }
        }
    }

    /**
     * {@code x ** y} for a static integer {@code y}, multiplied out as JAX's
     * {@code _integer_pow} and the eager kernel do: square and multiply, then a reciprocal.
     */
    private static int integerPow(Emitter em, Lane lane, int x, long y) {
        if (y == 0) {
            return em.constant(lane, one(lane));
        }
        int acc = -1;
        int base = x;
        long remaining = Math.abs(y);
        while (remaining > 0) {
            if ((remaining & 1) != 0) {
                acc = acc < 0 ? base : em.emit(new Instr.Binary(ElemOp.MUL, lane, acc, base));
            }
            remaining >>= 1;
            if (remaining > 0) {
                base = em.emit(new Instr.Binary(ElemOp.MUL, lane, base, base));
            }
        }
        if (y < 0) {
            acc = em.emit(new Instr.Binary(ElemOp.DIV, lane, em.constant(lane, one(lane)), acc));
        }
        return acc;
    }

    static Object one(Lane lane) {
        return switch (lane) {
            case F32 -> 1f;
            case F64 -> 1.0;
            case I32, U32 -> 1;
            case I64, U64 -> 1L;
            case BOOL -> true;
        };
    }

    static Lane lane(ShapedArray aval) {
        return Lane.of(aval.dtype());
    }

    /** The element of a one-element constant, boxed as its lane holds it. */
    static Object scalarValue(NDArray a, Lane lane) {
        return switch (lane) {
            case F32 -> (float) a.getDouble(0);
            case F64 -> a.getDouble(0);
            case I32, U32 -> (int) a.getLong(0);
            case I64, U64 -> a.getLong(0);
            case BOOL -> a.getBoolean(0);
        };
    }

    /** A shape without its unit dimensions: elementwise code sees the same elements in the same order. */
    static int[] canonical(int[] shape) {
        int n = 0;
        for (int d : shape) {
            if (d != 1) {
                n++;
            }
        }
        int[] out = new int[n];
        int i = 0;
        for (int d : shape) {
            if (d != 1) {
                out[i++] = d;
            }
        }
        return out;
    }

    private static boolean supported(ElemOp op, Lane lane) {
        if (op.isComparison()) {
            return true;
        }
        return switch (lane) {
            case F32, F64 -> switch (op) {
                case NOT, POPCNT, CLZ, AND, OR, XOR, SHIFT_LEFT, SHIFT_RIGHT_ARITHMETIC, SHIFT_RIGHT_LOGICAL -> false;
                default -> true;
            };
            case I32, U32, I64, U64 -> switch (op) {
                case NEG, ABS, SIGN, NOT, POPCNT, CLZ, ADD, SUB, MUL, DIV, REM, MAX, MIN, AND, OR, XOR, SHIFT_LEFT, SHIFT_RIGHT_ARITHMETIC, SHIFT_RIGHT_LOGICAL -> true;
                default -> false;
            };
            case BOOL -> op == ElemOp.NOT || op == ElemOp.AND || op == ElemOp.OR || op == ElemOp.XOR || op == ElemOp.MAX || op == ElemOp.MIN;
        };
    }

    private static boolean allLanes(Step s) {
        for (int i = 0; i < s.operands().length; i++) {
            if (lane(s.operandAval(i)) == null) {
                return false;
            }
        }
        return lane(s.resultAval(0)) != null;
    }

    private static boolean sameLanes(Step s) {
        int first = s.name().equals("select_n") || s.name().equals("clamp") ? 1 : 0;
        Lane lane = lane(s.operandAval(first));
        for (int i = 0; i < s.operands().length; i++) {
            if ((i != 0 || first == 0) && lane(s.operandAval(i)) != lane) {
                return false;
            }
        }
        return true;
    }

    /**
     * Operands are read element by element over the result's domain: each must have the
     * result's elements in the same order (the same shape up to unit dimensions) or one element;
     * {@code broadcast_in_dim} reads its operand through the broadcast instead.
     */
    private static boolean sameShapeOrUniform(Step s) {
        int[] domain = canonical(s.resultAval(0).shape());
        for (int i = 0; i < s.operands().length; i++) {
            ShapedArray aval = s.operandAval(i);
            if (aval.size() != 1 && !Arrays.equals(canonical(aval.shape()), domain) && !s.name().equals("broadcast_in_dim")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNone(Object param) {
        return param == null || param == PNone.NONE;
    }
}
