package org.jaxl.array.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API loops for the hottest float64 kernels (host code, compiled by C2, where the Vector
 * API's operations, including SVML's transcendental functions, become SIMD instructions). Each
 * operation has its own loop so that its operator is a constant the JIT can intrinsify; the
 * last partial vector runs masked. Results are flushed to zero as XLA's CPU backend does (see
 * {@link DoubleKernels}).
 */
final class DoubleVectorKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private DoubleVectorKernels() {
    }

    private static DoubleVector ftz(DoubleVector r) {
        return r.blend(r.mul(0.0), r.abs().compare(VectorOperators.LT, Double.MIN_NORMAL));
    }

    /** Runs {@code op} if it has a vector loop; returns false otherwise. */
    static boolean unary(UnaryOp op, double[] x, double[] o, int from, int to) {
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

    private static void neg(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, x, i).neg().intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        DoubleVector.fromArray(S, x, i, m).neg().intoArray(o, i, m);
    }

    private static void abs(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, x, i).abs().intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        DoubleVector.fromArray(S, x, i, m).abs().intoArray(o, i, m);
    }

    private static void sqrt(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).sqrt()).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).sqrt()).intoArray(o, i, m);
    }

    private static void rsqrt(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.broadcast(S, 1.0).div(DoubleVector.fromArray(S, x, i).sqrt())).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.broadcast(S, 1.0).div(DoubleVector.fromArray(S, x, i, m).sqrt())).intoArray(o, i, m);
    }

    private static void exp(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.EXP)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.EXP)).intoArray(o, i, m);
    }

    private static void exp2(double[] x, double[] o, int from, int to) {
        DoubleVector two = DoubleVector.broadcast(S, 2.0);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(two.lanewise(VectorOperators.POW, DoubleVector.fromArray(S, x, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(two.lanewise(VectorOperators.POW, DoubleVector.fromArray(S, x, i, m))).intoArray(o, i, m);
    }

    private static void log(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.LOG).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.LOG).intoArray(o, i, m);
    }

    private static void expm1(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.EXPM1)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.EXPM1)).intoArray(o, i, m);
    }

    private static void log1p(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.LOG1P)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.LOG1P)).intoArray(o, i, m);
    }

    private static void tanh(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.TANH)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.TANH)).intoArray(o, i, m);
    }

    private static void logistic(double[] x, double[] o, int from, int to) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(one.div(one.add(DoubleVector.fromArray(S, x, i).neg().lanewise(VectorOperators.EXP)))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(one.div(one.add(DoubleVector.fromArray(S, x, i, m).neg().lanewise(VectorOperators.EXP)))).intoArray(o, i, m);
    }

    private static void sin(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.SIN)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.SIN)).intoArray(o, i, m);
    }

    private static void cos(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.COS)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.COS)).intoArray(o, i, m);
    }

    private static void tan(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.TAN)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.TAN)).intoArray(o, i, m);
    }

    private static void atan(double[] x, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.ATAN)).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, x, i, m).lanewise(VectorOperators.ATAN)).intoArray(o, i, m);
    }

    /** Runs {@code op} if it has a vector loop; returns false otherwise. */
    static boolean binary(BinaryOp op, double[] a, double[] b, double[] o, int from, int to) {
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

    private static void add(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).add(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).add(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void sub(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).sub(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).sub(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void mul(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).mul(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).mul(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void div(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).div(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).div(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void max(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).max(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).max(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    private static void min(double[] a, double[] b, double[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            ftz(DoubleVector.fromArray(S, a, i).min(DoubleVector.fromArray(S, b, i))).intoArray(o, i);
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        ftz(DoubleVector.fromArray(S, a, i, m).min(DoubleVector.fromArray(S, b, i, m))).intoArray(o, i, m);
    }

    /** Runs a comparison if it has a vector loop (the IEEE ones); returns false otherwise. */
    static boolean compare(CompareOp op, double[] a, double[] b, boolean[] o, int from, int to) {
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

    private static void eq(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.EQ, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] == b[i];
        }
    }

    private static void ne(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.NE, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] != b[i];
        }
    }

    private static void lt(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.LT, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] < b[i];
        }
    }

    private static void le(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.LE, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] <= b[i];
        }
    }

    private static void gt(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.GT, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] > b[i];
        }
    }

    private static void ge(double[] a, double[] b, boolean[] o, int from, int to) {
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            DoubleVector.fromArray(S, a, i).compare(VectorOperators.GE, DoubleVector.fromArray(S, b, i)).intoArray(o, i);
        }
        for (; i < to; i++) {
            o[i] = a[i] >= b[i];
        }
    }

    /** Sum, max or min of elements {@code [from, to)}; the sum accumulates in the lane type. */
    static double reduceRow(ReduceOp op, double[] x, int from, int to) {
        return switch (op) {
            case SUM -> sumRow(x, from, to);
            case MAX -> maxRow(x, from, to);
            case MIN -> minRow(x, from, to);
            default -> throw new IllegalArgumentException(op + " has no vector loop");
        };
    }

    private static double sumRow(double[] x, int from, int to) {
        DoubleVector acc0 = DoubleVector.zero(S);
        DoubleVector acc1 = DoubleVector.zero(S);
        int i = from;
        for (; i + 2 * S.length() <= to; i += 2 * S.length()) {
            acc0 = acc0.add(DoubleVector.fromArray(S, x, i));
            acc1 = acc1.add(DoubleVector.fromArray(S, x, i + S.length()));
        }
        VectorMask<Double> m = S.indexInRange(i, to);
        acc0 = acc0.add(DoubleVector.fromArray(S, x, i, m));
        i += S.length();
        m = S.indexInRange(i, to);
        acc1 = acc1.add(DoubleVector.fromArray(S, x, i, m));
        return acc0.add(acc1).reduceLanes(VectorOperators.ADD);
    }

    private static double maxRow(double[] x, int from, int to) {
        DoubleVector acc = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            acc = acc.max(DoubleVector.fromArray(S, x, i));
        }
        double r = acc.reduceLanes(VectorOperators.MAX);
        for (; i < to; i++) {
            r = Math.max(r, x[i]);
        }
        return r;
    }

    private static double minRow(double[] x, int from, int to) {
        DoubleVector acc = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
        int i = from;
        for (; i < from + S.loopBound(to - from); i += S.length()) {
            acc = acc.min(DoubleVector.fromArray(S, x, i));
        }
        double r = acc.reduceLanes(VectorOperators.MIN);
        for (; i < to; i++) {
            r = Math.min(r, x[i]);
        }
        return r;
    }
}
