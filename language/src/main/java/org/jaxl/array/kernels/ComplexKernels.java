package org.jaxl.array.kernels;

/**
 * Elementwise loops over complex lanes: interleaved {@code (re, im)} doubles for both complex64
 * and complex128. Formulas follow C99's complex functions (and NumPy's branch cuts); maximum and
 * minimum compare lexicographically, as JAX's lowering does.
 */
final class ComplexKernels {
    private static final double HALF_PI = Math.PI / 2;

    private ComplexKernels() {
    }

    static void unary(UnaryOp op, double[] x, double[] o, int from, int to) {
        double[] r = new double[2];
        for (int i = from; i < to; i++) {
            double a = x[2 * i];
            double b = x[2 * i + 1];
            apply(op, a, b, r);
            o[2 * i] = r[0];
            o[2 * i + 1] = r[1];
        }
    }

    /** Real-valued results of complex operands: {@code abs}, {@code real}, {@code imag}. */
    static void abs(double[] x, double[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            o[i] = Math.hypot(x[2 * i], x[2 * i + 1]);
        }
    }

    static void part(double[] x, double[] o, int from, int to, int which) {
        for (int i = from; i < to; i++) {
            o[i] = x[2 * i + which];
        }
    }

    static void conj(double[] x, double[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            o[2 * i] = x[2 * i];
            o[2 * i + 1] = -x[2 * i + 1];
        }
    }

    private static void apply(UnaryOp op, double a, double b, double[] r) {
        switch (op) {
            case NEG -> set(r, -a, -b);
            case SIGN -> {
                double m = Math.hypot(a, b);
                if (m == 0) {
                    set(r, 0, 0);
                } else {
                    set(r, a / m, b / m);
                }
            }
            case EXP -> exp(a, b, r);
            case LOG -> log(a, b, r);
            case EXPM1 -> {
                double c = Math.cos(b);
                double s = Math.sin(b / 2);
                set(r, Math.expm1(a) * c - 2 * s * s, Math.exp(a) * Math.sin(b));
            }
            case LOG1P -> set(r, 0.5 * Math.log1p(2 * a + a * a + b * b), Math.atan2(b, 1 + a));
            case SQRT -> sqrt(a, b, r);
            case RSQRT -> {
                // exp(-log(z) / 2), as XLA computes it (this fixes the signs of zero parts)
                if (a == 0 && b == 0) {
                    set(r, Double.POSITIVE_INFINITY, Double.NaN);
                } else {
                    log(a, b, r);
                    exp(-0.5 * r[0], -0.5 * r[1], r);
                }
            }
            case SIN -> set(r, Math.sin(a) * Math.cosh(b), Math.cos(a) * Math.sinh(b));
            case COS -> set(r, Math.cos(a) * Math.cosh(b), -Math.sin(a) * Math.sinh(b));
            case TAN -> {
                // tan(z) = -i tanh(iz)
                tanh(-b, a, r);
                set(r, r[1], -r[0]);
            }
            case SINH -> set(r, Math.sinh(a) * Math.cos(b), Math.cosh(a) * Math.sin(b));
            case COSH -> {
                // (exp(z) + exp(-z)) / 2, as XLA computes it
                exp(a, b, r);
                double re = r[0];
                double im = r[1];
                exp(-a, -b, r);
                set(r, (re + r[0]) / 2, (im + r[1]) / 2);
            }
            case TANH -> tanh(a, b, r);
            case LOGISTIC -> {
                exp(-a, -b, r);
                divide(1, 0, 1 + r[0], r[1], r);
            }
            case ASINH -> asinh(a, b, r);
            case ASIN -> {
                // asin(z) = -i asinh(iz)
                asinh(-b, a, r);
                set(r, r[1], -r[0]);
            }
            case ACOS -> {
                asinh(-b, a, r);
                set(r, HALF_PI - r[1], r[0]);
            }
            case ACOSH -> acosh(a, b, r);
            case ATANH -> atanh(a, b, r);
            case ATAN -> {
                // atan(z) = -i atanh(iz)
                atanh(-b, a, r);
                set(r, r[1], -r[0]);
            }
            default -> throw new IllegalArgumentException(op + " on complex lanes");
        }
    }

    static void binary(BinaryOp op, double[] x, double[] y, double[] o, int from, int to) {
        double[] r = new double[2];
        for (int i = from; i < to; i++) {
            double a = x[2 * i];
            double b = x[2 * i + 1];
            double c = y[2 * i];
            double d = y[2 * i + 1];
            switch (op) {
                case ADD -> set(r, a + c, b + d);
                case SUB -> set(r, a - c, b - d);
                case MUL -> set(r, a * c - b * d, a * d + b * c);
                case DIV -> divide(a, b, c, d, r);
                case POW -> pow(a, b, c, d, r);
                case MAX -> {
                    boolean pickX = a == c ? b > d : a > c;
                    set(r, pickX ? a : c, pickX ? b : d);
                }
                case MIN -> {
                    boolean pickX = a == c ? b < d : a < c;
                    set(r, pickX ? a : c, pickX ? b : d);
                }
                case ATAN2 -> {
                    // atan2(y, x) = -i log((x + iy) / sqrt(x^2 + y^2)) for complex x = c + id, y = a + ib
                    double numRe = c - b;
                    double numIm = d + a;
                    sqrt(c * c - d * d + a * a - b * b, 2 * c * d + 2 * a * b, r);
                    divide(numRe, numIm, r[0], r[1], r);
                    log(r[0], r[1], r);
                    set(r, r[1], -r[0]);
                }
                default -> throw new IllegalArgumentException(op + " on complex lanes");
            }
            o[2 * i] = r[0];
            o[2 * i + 1] = r[1];
        }
    }

    static void compare(CompareOp op, double[] x, double[] y, boolean[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean equal = x[2 * i] == y[2 * i] && x[2 * i + 1] == y[2 * i + 1];
            o[i] = switch (op) {
                case EQ -> equal;
                case NE -> !equal;
                case EQ_TO -> DoubleKernels.totalOrderKey(x[2 * i]) == DoubleKernels.totalOrderKey(y[2 * i]) &&
                                DoubleKernels.totalOrderKey(x[2 * i + 1]) == DoubleKernels.totalOrderKey(y[2 * i + 1]);
                default -> throw new IllegalArgumentException(op + " on complex lanes");
            };
        }
    }

    private static void set(double[] r, double re, double im) {
        r[0] = re;
        r[1] = im;
    }

    static void exp(double a, double b, double[] r) {
        double e = Math.exp(a);
        if (b == 0) {
            set(r, e, b);
        } else {
            set(r, e * Math.cos(b), e * Math.sin(b));
        }
    }

    static void log(double a, double b, double[] r) {
        set(r, Math.log(Math.hypot(a, b)), Math.atan2(b, a));
    }

    static void sqrt(double a, double b, double[] r) {
        if (a == 0 && b == 0) {
            set(r, 0, b);
            return;
        }
        if (Double.isInfinite(b)) {
            set(r, Double.POSITIVE_INFINITY, b);
            return;
        }
        double t = Math.sqrt((Math.abs(a) + Math.hypot(a, b)) / 2);
        if (a >= 0) {
            set(r, t, b / (2 * t));
        } else {
            set(r, Math.abs(b) / (2 * t), Math.copySign(t, b));
        }
    }

    /** Smith's algorithm for {@code (a + ib) / (c + id)}. */
    static void divide(double a, double b, double c, double d, double[] r) {
        if (Math.abs(c) >= Math.abs(d)) {
            if (c == 0 && d == 0) {
                set(r, a / Math.abs(c), b / Math.abs(c));
                return;
            }
            double ratio = d / c;
            double denom = c + d * ratio;
            set(r, (a + b * ratio) / denom, (b - a * ratio) / denom);
        } else {
            double ratio = c / d;
            double denom = c * ratio + d;
            set(r, (a * ratio + b) / denom, (b * ratio - a) / denom);
        }
    }

    private static void pow(double a, double b, double c, double d, double[] r) {
        if (c == 0 && d == 0) {
            set(r, 1, 0);
            return;
        }
        if (a == 0 && b == 0) {
            boolean positiveReal = c > 0 && d == 0;
            set(r, positiveReal ? 0 : Double.NaN, positiveReal ? 0 : Double.NaN);
            return;
        }
        log(a, b, r);
        double lr = r[0];
        double li = r[1];
        exp(c * lr - d * li, c * li + d * lr, r);
    }

    private static void tanh(double a, double b, double[] r) {
        if (Math.abs(a) > 22) {
            set(r, Math.copySign(1, a), Math.copySign(0, Math.sin(2 * b)));
            return;
        }
        double denom = Math.cosh(2 * a) + Math.cos(2 * b);
        set(r, Math.sinh(2 * a) / denom, Math.sin(2 * b) / denom);
    }

    /** {@code asinh(z) = log(z + sqrt(z^2 + 1))}, computed on the right half plane for accuracy. */
    private static void asinh(double a, double b, double[] r) {
        boolean negate = a < 0 || a == 0 && Math.copySign(1, a) < 0;
        double x = negate ? -a : a;
        double y = negate ? -b : b;
        sqrt(x * x - y * y + 1, 2 * x * y, r);
        log(x + r[0], y + r[1], r);
        if (negate) {
            set(r, -r[0], -r[1]);
        }
    }

    /** {@code acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1))}. */
    private static void acosh(double a, double b, double[] r) {
        sqrt(a + 1, b, r);
        double pr = r[0];
        double pi = r[1];
        sqrt(a - 1, b, r);
        double qr = r[0];
        double qi = r[1];
        log(a + pr * qr - pi * qi, b + pr * qi + pi * qr, r);
    }

    /** {@code atanh(z) = (log1p(z) - log1p(-z)) / 2}. */
    private static void atanh(double a, double b, double[] r) {
        double re = 0.25 * (Math.log1p(2 * a + a * a + b * b) - Math.log1p(-2 * a + a * a + b * b));
        double im = 0.5 * (Math.atan2(b, 1 + a) - Math.atan2(-b, 1 - a));
        set(r, re, im);
    }
}
