package org.jaxl.array.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API loops for the hottest float32 kernels (host code, compiled by C2, where the Vector
 * API's operations, including SVML's transcendental functions, become SIMD instructions). Each
 * operation has its own loop so that its operator is a constant the JIT can intrinsify; the
 * last partial vector runs masked. Results are flushed to zero as XLA's CPU backend does (see
 * {@link DoubleKernels}).
 */
final class FloatVectorKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private FloatVectorKernels() {
    }

    private static FloatVector ftz(FloatVector r) {
        return r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL));
    }

    /** Runs {@code op} if it has a vector loop; returns false otherwise. */
    static boolean unary(UnaryOp op, float[] x, float[] o, int from, int to) {
        switch (op) {
            case NEG -> neg(x, o, from, to);
            case ABS -> abs(x, o, from, to);
            case SQRT -> sqrt(x, o, from, to);
            case RSQRT -> rsqrt(x, o, from, to);
            case EXP -> exp(x, o, from, to);
            case EXP2 -> exp2(x, o, from, to);
            case LOG -> log(x, o, from, to);
            case EXPM1 -> expm1(x, o, from, to);
            case LOG1P -> log1p(x, o, from, to);
            case TANH -> tanh(x, o, from, to);
            case LOGISTIC -> logistic(x, o, from, to);
            case SIN -> sin(x, o, from, to);
            case COS -> cos(x, o, from, to);
            case TAN -> tan(x, o, from, to);
            case ATAN -> atan(x, o, from, to);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void neg(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, x, i).neg().intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        FloatVector.fromArray(S, x, i, m).neg().intoArray(o, i, m);
    }

    private static void abs(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, x, i).abs().intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        FloatVector.fromArray(S, x, i, m).abs().intoArray(o, i, m);
    }

    private static void sqrt(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).sqrt()).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).sqrt()).intoArray(o, i, m);
    }

    private static void rsqrt(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.broadcast(S, 1f).div(FloatVector.fromArray(S, x, i).sqrt())).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.broadcast(S, 1f).div(FloatVector.fromArray(S, x, i, m).sqrt())).intoArray(o, i, m);
    }

    private static void exp(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.EXP)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.EXP)).intoArray(o, i, m);
    }

    private static void exp2(float[] x, float[] o, int from, int to) {
        FloatVector two = FloatVector.broadcast(S, 2f);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(two.lanewise(VectorOperators.POW, FloatVector.fromArray(S, x, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(two.lanewise(VectorOperators.POW, FloatVector.fromArray(S, x, i, m))).intoArray(o, i, m);
    }

    private static void log(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, x, i).lanewise(VectorOperators.LOG).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.LOG).intoArray(o, i, m);
    }

    private static void expm1(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.EXPM1)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.EXPM1)).intoArray(o, i, m);
    }

    private static void log1p(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.LOG1P)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.LOG1P)).intoArray(o, i, m);
    }

    private static void tanh(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.TANH)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.TANH)).intoArray(o, i, m);
    }

    private static void logistic(float[] x, float[] o, int from, int to) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(one.div(one.add(FloatVector.fromArray(S, x, i).neg().lanewise(VectorOperators.EXP)))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(one.div(one.add(FloatVector.fromArray(S, x, i, m).neg().lanewise(VectorOperators.EXP)))).intoArray(o, i, m);
    }

    private static void sin(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.SIN)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.SIN)).intoArray(o, i, m);
    }

    private static void cos(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.COS)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.COS)).intoArray(o, i, m);
    }

    private static void tan(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.TAN)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.TAN)).intoArray(o, i, m);
    }

    private static void atan(float[] x, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, x, i).lanewise(VectorOperators.ATAN)).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, x, i, m).lanewise(VectorOperators.ATAN)).intoArray(o, i, m);
    }

    /** Runs {@code op} if it has a vector loop; returns false otherwise. */
    static boolean binary(BinaryOp op, float[] a, float[] b, float[] o, int from, int to) {
        switch (op) {
            case ADD -> add(a, b, o, from, to);
            case SUB -> sub(a, b, o, from, to);
            case MUL -> mul(a, b, o, from, to);
            case DIV -> div(a, b, o, from, to);
            case MAX -> max(a, b, o, from, to);
            case MIN -> min(a, b, o, from, to);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void add(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).add(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).add(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void sub(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).sub(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).sub(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void mul(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).mul(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).mul(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void div(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).div(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).div(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void max(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).max(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).max(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void min(float[] a, float[] b, float[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(FloatVector.fromArray(S, a, i).min(FloatVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        ftz(FloatVector.fromArray(S, a, i, m).min(FloatVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    /** Runs a comparison if it has a vector loop (the IEEE ones); returns false otherwise. */
    static boolean compare(CompareOp op, float[] a, float[] b, boolean[] o, int from, int to) {
        switch (op) {
            case EQ -> eq(a, b, o, from, to);
            case NE -> ne(a, b, o, from, to);
            case LT -> lt(a, b, o, from, to);
            case LE -> le(a, b, o, from, to);
            case GT -> gt(a, b, o, from, to);
            case GE -> ge(a, b, o, from, to);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void eq(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.EQ, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] == b[i];
        }
    }

    private static void ne(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.NE, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] != b[i];
        }
    }

    private static void lt(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.LT, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] < b[i];
        }
    }

    private static void le(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.LE, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] <= b[i];
        }
    }

    private static void gt(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.GT, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] > b[i];
        }
    }

    private static void ge(float[] a, float[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            FloatVector.fromArray(S, a, i).compare(VectorOperators.GE, FloatVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] >= b[i];
        }
    }

    /** Sum, max or min of elements {@code [from, to)}; the sum accumulates in the lane type. */
    static float reduceRow(ReduceOp op, float[] x, int from, int to) {
        return switch (op) {
            case SUM -> sumRow(x, from, to);
            case MAX -> maxRow(x, from, to);
            case MIN -> minRow(x, from, to);
            default -> throw new IllegalArgumentException(op + " has no vector loop");
        };
    }

    private static float sumRow(float[] x, int from, int to) {
        FloatVector acc0 = FloatVector.zero(S);
        FloatVector acc1 = FloatVector.zero(S);
        int i = from;
        for (; i + 2 * S.length() <= to; i += 2 * S.length()) {
            acc0 = acc0.add(FloatVector.fromArray(S, x, i));
            acc1 = acc1.add(FloatVector.fromArray(S, x, i + S.length()));
        }
        VectorMask<Float> m = S.indexInRange(i, to);
        acc0 = acc0.add(FloatVector.fromArray(S, x, i, m));
        i += S.length();
        m = S.indexInRange(i, to);
        acc1 = acc1.add(FloatVector.fromArray(S, x, i, m));
        return acc0.add(acc1).reduceLanes(VectorOperators.ADD);
    }

    private static float maxRow(float[] x, int from, int to) {
        FloatVector acc = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            acc = acc.max(FloatVector.fromArray(S, x, i));
        }
        float r = acc.reduceLanes(VectorOperators.MAX);
        for (; i < to; i++) {
            r = Math.max(r, x[i]);
        }
        return r;
    }

    private static float minRow(float[] x, int from, int to) {
        FloatVector acc = FloatVector.broadcast(S, Float.POSITIVE_INFINITY);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            acc = acc.min(FloatVector.fromArray(S, x, i));
        }
        float r = acc.reduceLanes(VectorOperators.MIN);
        for (; i < to; i++) {
            r = Math.min(r, x[i]);
        }
        return r;
    }
}
