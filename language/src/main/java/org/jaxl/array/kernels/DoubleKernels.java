package org.jaxl.array.kernels;

/**
 * Elementwise loops over {@code double} lanes (float64, and float32 operations with no faster
 * float loop). XLA's CPU backend runs with flush-to-zero: arithmetic results that would be
 * subnormal become zero of the same sign, and the rounding operations read subnormal inputs as
 * zero; {@link #ftz} and {@link #daz} apply that here.
 */
final class DoubleKernels {
    private static final double LN2 = 0.6931471805599453;
    private static final double TWO_POW_28 = 0x1p28;

    private DoubleKernels() {
    }

    /** Flush-to-zero of a result: subnormals become a zero of the same sign. */
    static double ftz(double r) {
        return Math.abs(r) < Double.MIN_NORMAL ? r * 0.0 : r;
    }

    /** Denormals-are-zero for an input. */
    static double daz(double x) {
        return Math.abs(x) < Double.MIN_NORMAL ? x * 0.0 : x;
    }

    static void unary(UnaryOp op, double[] x, double[] o, int from, int to) {
        if (DoubleVectorKernels.unary(op, x, o, from, to)) {
            return;
        }
        switch (op) {
            case SIGN -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.signum(daz(x[i]));
                }
            }
            case FLOOR -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.floor(daz(x[i]));
                }
            }
            case CEIL -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.ceil(daz(x[i]));
                }
            }
            case ROUND_AWAY_FROM_ZERO -> {
                for (int i = from; i < to; i++) {
                    o[i] = roundAwayFromZero(daz(x[i]));
                }
            }
            case ROUND_TO_NEAREST_EVEN -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.rint(daz(x[i]));
                }
            }
            case CBRT -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(Math.cbrt(x[i]));
                }
            }
            case ASIN -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(Math.asin(x[i]));
                }
            }
            case ACOS -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.acos(x[i]);
                }
            }
            case SINH -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(Math.sinh(x[i]));
                }
            }
            case COSH -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.cosh(x[i]);
                }
            }
            case ASINH -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(asinh(x[i]));
                }
            }
            case ACOSH -> {
                for (int i = from; i < to; i++) {
                    o[i] = acosh(x[i]);
                }
            }
            case ATANH -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(atanh(x[i]));
                }
            }
            case ERF -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.erf(x[i]));
                }
            }
            case ERFC -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.erfc(x[i]));
                }
            }
            case ERF_INV -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.erfInv(x[i]));
                }
            }
            case LGAMMA -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.lgamma(x[i]));
                }
            }
            case DIGAMMA -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.digamma(x[i]));
                }
            }
            case BESSEL_I0E -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.besselI0e(x[i]));
                }
            }
            case BESSEL_I1E -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.besselI1e(x[i]));
                }
            }
            default -> throw new IllegalArgumentException(op + " on floating-point lanes");
        }
    }

    static void binary(BinaryOp op, double[] a, double[] b, double[] o, int from, int to) {
        if (DoubleVectorKernels.binary(op, a, b, o, from, to)) {
            return;
        }
        switch (op) {
            case REM -> {
                for (int i = from; i < to; i++) {
                    o[i] = a[i] % b[i];
                }
            }
            case POW -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(pow(a[i], b[i]));
                }
            }
            case ATAN2 -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(Math.atan2(a[i], b[i]));
                }
            }
            case NEXTAFTER -> {
                for (int i = from; i < to; i++) {
                    o[i] = Math.nextAfter(a[i], b[i]);
                }
            }
            case IGAMMA -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.igamma(a[i], b[i]));
                }
            }
            case IGAMMAC -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.igammac(a[i], b[i]));
                }
            }
            case POLYGAMMA -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.polygamma(a[i], b[i]));
                }
            }
            case ZETA -> {
                for (int i = from; i < to; i++) {
                    o[i] = ftz(SpecialFunctions.zeta(a[i], b[i]));
                }
            }
            default -> throw new IllegalArgumentException(op + " on floating-point lanes");
        }
    }

    static void compare(CompareOp op, double[] a, double[] b, boolean[] o, int from, int to) {
        if (DoubleVectorKernels.compare(op, a, b, o, from, to)) {
            return;
        }
        switch (op) {
            case EQ_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) == totalOrderKey(b[i]);
                }
            }
            case LT_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) < totalOrderKey(b[i]);
                }
            }
            case LE_TO -> {
                for (int i = from; i < to; i++) {
                    o[i] = totalOrderKey(a[i]) <= totalOrderKey(b[i]);
                }
            }
            default -> throw new IllegalStateException(op + " runs in the vector loops");
        }
    }

    static void isFinite(double[] x, boolean[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            o[i] = Double.isFinite(x[i]);
        }
    }

    /** A signed integer that orders doubles as IEEE's totalOrder does. */
    static long totalOrderKey(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) >>> 1);
    }

    /** Rounds halves away from zero (XLA's {@code round_nearest_afz}), keeping the sign of zero. */
    static double roundAwayFromZero(double x) {
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        return Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
    }

    /** C's {@code pow}, which differs from {@link Math#pow} for a base of 1 and for -1 to an infinite power. */
    static double pow(double x, double y) {
        if (x == 1.0 || x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > TWO_POW_28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double x2 = x * x;
            r = Math.log1p(a + x2 / (1.0 + Math.sqrt(1.0 + x2)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x > TWO_POW_28) {
            return Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }
}
