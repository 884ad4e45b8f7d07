package org.jaxl.compiler;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.IS_NAN;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The float32 transcendental functions of vectorized fused loops, built from basic lane
 * operations: {@code lanewise(EXP)} and friends are 60–75× slower in partially evaluated code
 * than under C2 (DESIGN.md, "Performance model"), while fma, min/max, shifts and reinterpreting
 * casts run at C2 speed. Each function has a scalar twin that performs the same operations in
 * the same order, so the scalar tail of a loop gives exactly what its vector lanes give.
 * <p>
 * exp and log are Cephes' {@code expf}/{@code logf} (range reduction by ln 2 in two parts and a
 * polynomial, as XLA's CPU backend does), tanh is the rational approximation XLA and Eigen use.
 * Results are within a few ULP of the correctly rounded value; results that would be subnormal
 * are flushed to zero, as XLA's CPU backend does.
 */
final class Float32Math {
    /** The largest float whose exponential is finite. */
    private static final float EXP_MAX_ARG = 88.72283172607421875f;
    /** Below ln(FLT_MIN) the result flushes to zero; clamping here keeps the exponent arithmetic in range. */
    private static final float EXP_MIN_ARG = -87.5f;
    private static final float LOG2E = 1.44269504088896341f;
    /** Adding 1.5·2²³ rounds to an integer held in the low mantissa bits. */
    private static final float SHIFTER = 0x1.8p23f;
    private static final int SHIFTER_BITS = Float.floatToRawIntBits(SHIFTER);
    /** ln 2 in two parts: the first is exact in 9 bits, so {@code n * LN2_HI} is exact. */
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    private static final float EXP_P0 = 1.9875691500e-4f;
    private static final float EXP_P1 = 1.3981999507e-3f;
    private static final float EXP_P2 = 8.3334519073e-3f;
    private static final float EXP_P3 = 4.1665795894e-2f;
    private static final float EXP_P4 = 1.6666665459e-1f;
    private static final float EXP_P5 = 5.0000001201e-1f;

    private static final float SQRT2 = 1.41421356f;
    private static final float LOG_P0 = 7.0376836292e-2f;
    private static final float LOG_P1 = -1.1514610310e-1f;
    private static final float LOG_P2 = 1.1676998740e-1f;
    private static final float LOG_P3 = -1.2420140846e-1f;
    private static final float LOG_P4 = 1.4249322787e-1f;
    private static final float LOG_P5 = -1.6668057665e-1f;
    private static final float LOG_P6 = 2.0000714765e-1f;
    private static final float LOG_P7 = -2.4999993993e-1f;
    private static final float LOG_P8 = 3.3333331174e-1f;

    /** Beyond this tanh rounds to ±1. */
    private static final float TANH_CLAMP = 7.90531110763549805f;
    /** Below this tanh(x) rounds to x. */
    private static final float TANH_LINEAR = 0.0004f;
    private static final float TANH_A1 = 4.89352455891786e-03f;
    private static final float TANH_A3 = 6.37261928875436e-04f;
    private static final float TANH_A5 = 1.48572235717979e-05f;
    private static final float TANH_A7 = 5.12229709037114e-08f;
    private static final float TANH_A9 = -8.60467152213735e-11f;
    private static final float TANH_A11 = 2.00018790482477e-13f;
    private static final float TANH_A13 = -2.76076847742355e-16f;
    private static final float TANH_B0 = 4.89352518554385e-03f;
    private static final float TANH_B2 = 2.26843463243900e-03f;
    private static final float TANH_B4 = 1.18534705686654e-04f;
    private static final float TANH_B6 = 1.19825839466702e-06f;

    private Float32Math() {
    }

    /** Flush-to-zero: a subnormal result becomes a zero of the same sign (XLA's CPU mode). */
    static float ftz(float r) {
        return Math.abs(r) < Float.MIN_NORMAL ? r * 0f : r;
    }

    static FloatVector ftz(FloatVector r) {
        return r.blend(r.mul(0f), r.abs().compare(LT, Float.MIN_NORMAL));
    }

    static float exp(float x) {
        float xc = Math.min(Math.max(x, EXP_MIN_ARG), EXP_MAX_ARG);
        float t = Math.fma(xc, LOG2E, SHIFTER);
        float n = t - SHIFTER;
        float r = Math.fma(n, -LN2_HI, xc);
        r = Math.fma(n, -LN2_LO, r);
        float p = EXP_P0;
        p = Math.fma(p, r, EXP_P1);
        p = Math.fma(p, r, EXP_P2);
        p = Math.fma(p, r, EXP_P3);
        p = Math.fma(p, r, EXP_P4);
        p = Math.fma(p, r, EXP_P5);
        float y = Math.fma(p, r * r, r) + 1f;
        float scaled = Float.intBitsToFloat(Float.floatToRawIntBits(y) + ((Float.floatToRawIntBits(t) - SHIFTER_BITS) << 23));
        float e = ftz(x > EXP_MAX_ARG ? Float.POSITIVE_INFINITY : scaled);
        return x != x ? x : e;
    }

    static FloatVector exp(FloatVector x) {
        FloatVector xc = x.max(EXP_MIN_ARG).min(EXP_MAX_ARG);
        FloatVector t = xc.fma(LOG2E, SHIFTER);
        FloatVector n = t.sub(SHIFTER);
        FloatVector r = n.fma(broadcast(n, -LN2_HI), xc);
        r = n.fma(broadcast(n, -LN2_LO), r);
        FloatVector p = r.fma(EXP_P0, EXP_P1);
        p = p.fma(r, broadcast(r, EXP_P2));
        p = p.fma(r, broadcast(r, EXP_P3));
        p = p.fma(r, broadcast(r, EXP_P4));
        p = p.fma(r, broadcast(r, EXP_P5));
        FloatVector y = p.fma(r.mul(r), r).add(1f);
        IntVector exponent = t.reinterpretAsInts().sub(SHIFTER_BITS).lanewise(LSHL, 23);
        FloatVector scaled = y.reinterpretAsInts().add(exponent).reinterpretAsFloats();
        FloatVector e = ftz(scaled.blend(Float.POSITIVE_INFINITY, x.compare(GT, EXP_MAX_ARG)));
        return e.blend(x, x.test(IS_NAN));
    }

    static float log(float x) {
        boolean subnormal = x < Float.MIN_NORMAL;
        int bits = Float.floatToRawIntBits(subnormal ? x * 0x1p23f : x);
        int exponent = (bits >>> 23) - (subnormal ? 127 + 23 : 127);
        float m = Float.intBitsToFloat((bits & 0x007FFFFF) | 0x3F800000);
        boolean high = m > SQRT2;
        float f = (high ? m * 0.5f : m) - 1f;
        float e = high ? exponent + 1 : exponent;
        float z = f * f;
        float y = LOG_P0;
        y = Math.fma(y, f, LOG_P1);
        y = Math.fma(y, f, LOG_P2);
        y = Math.fma(y, f, LOG_P3);
        y = Math.fma(y, f, LOG_P4);
        y = Math.fma(y, f, LOG_P5);
        y = Math.fma(y, f, LOG_P6);
        y = Math.fma(y, f, LOG_P7);
        y = Math.fma(y, f, LOG_P8);
        y = y * f * z;
        y = Math.fma(e, LN2_LO, y);
        y = Math.fma(-0.5f, z, y);
        float result = Math.fma(e, LN2_HI, f + y);
        result = x == Float.POSITIVE_INFINITY ? x : result;
        result = x < 0f ? Float.NaN : result;
        result = x == 0f ? Float.NEGATIVE_INFINITY : result;
        return x != x ? x : result;
    }

    static FloatVector log(FloatVector x) {
        VectorMask<Float> subnormal = x.compare(LT, Float.MIN_NORMAL);
        IntVector bits = x.blend(x.mul(0x1p23f), subnormal).reinterpretAsInts();
        IntVector biased = bits.lanewise(LSHR, 23).sub(127);
        IntVector exponent = biased.blend(biased.sub(23), subnormal.cast(Lane.INT_SPECIES));
        FloatVector m = bits.and(0x007FFFFF).or(0x3F800000).reinterpretAsFloats();
        VectorMask<Float> high = m.compare(GT, SQRT2);
        FloatVector f = m.blend(m.mul(0.5f), high).sub(1f);
        FloatVector e = ((FloatVector) exponent.convert(VectorOperators.I2F, 0));
        e = e.blend(e.add(1f), high);
        FloatVector z = f.mul(f);
        FloatVector y = f.fma(LOG_P0, LOG_P1);
        y = y.fma(f, broadcast(f, LOG_P2));
        y = y.fma(f, broadcast(f, LOG_P3));
        y = y.fma(f, broadcast(f, LOG_P4));
        y = y.fma(f, broadcast(f, LOG_P5));
        y = y.fma(f, broadcast(f, LOG_P6));
        y = y.fma(f, broadcast(f, LOG_P7));
        y = y.fma(f, broadcast(f, LOG_P8));
        y = y.mul(f).mul(z);
        y = e.fma(broadcast(e, LN2_LO), y);
        y = z.fma(broadcast(z, -0.5f), y);
        FloatVector result = e.fma(broadcast(e, LN2_HI), f.add(y));
        result = result.blend(x, x.compare(EQ, Float.POSITIVE_INFINITY));
        result = result.blend(Float.NaN, x.compare(LT, 0f));
        result = result.blend(Float.NEGATIVE_INFINITY, x.compare(EQ, 0f));
        return result.blend(x, x.test(IS_NAN));
    }

    static float tanh(float x) {
        float xc = Math.min(Math.max(x, -TANH_CLAMP), TANH_CLAMP);
        float x2 = xc * xc;
        float p = TANH_A13;
        p = Math.fma(x2, p, TANH_A11);
        p = Math.fma(x2, p, TANH_A9);
        p = Math.fma(x2, p, TANH_A7);
        p = Math.fma(x2, p, TANH_A5);
        p = Math.fma(x2, p, TANH_A3);
        p = Math.fma(x2, p, TANH_A1);
        p = xc * p;
        float q = TANH_B6;
        q = Math.fma(x2, q, TANH_B4);
        q = Math.fma(x2, q, TANH_B2);
        q = Math.fma(x2, q, TANH_B0);
        return ftz(Math.abs(x) < TANH_LINEAR ? x : p / q);
    }

    static FloatVector tanh(FloatVector x) {
        FloatVector xc = x.max(-TANH_CLAMP).min(TANH_CLAMP);
        FloatVector x2 = xc.mul(xc);
        FloatVector p = x2.fma(TANH_A13, TANH_A11);
        p = x2.fma(p, broadcast(x2, TANH_A9));
        p = x2.fma(p, broadcast(x2, TANH_A7));
        p = x2.fma(p, broadcast(x2, TANH_A5));
        p = x2.fma(p, broadcast(x2, TANH_A3));
        p = x2.fma(p, broadcast(x2, TANH_A1));
        p = xc.mul(p);
        FloatVector q = x2.fma(TANH_B6, TANH_B4);
        q = x2.fma(q, broadcast(x2, TANH_B2));
        q = x2.fma(q, broadcast(x2, TANH_B0));
        return ftz(p.div(q).blend(x, x.abs().compare(LT, TANH_LINEAR)));
    }

    static float logistic(float x) {
        return ftz(1f / (1f + exp(-x)));
    }

    static FloatVector logistic(FloatVector x) {
        return ftz(broadcast(x, 1f).div(exp(x.neg()).add(1f)));
    }

    private static FloatVector broadcast(FloatVector like, float value) {
        return FloatVector.broadcast(like.species(), value);
    }
}
