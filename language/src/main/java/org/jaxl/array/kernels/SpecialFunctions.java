package org.jaxl.array.kernels;

/**
 * The special functions of {@code lax.special} in double precision: error functions, log-gamma
 * and digamma, the regularized incomplete gamma functions, exponentially scaled Bessel functions
 * of order 0 and 1, polygamma and the Hurwitz zeta function. Each uses a convergent series,
 * continued fraction or asymptotic expansion chosen by argument range; edge values (poles, NaN,
 * infinities) are those XLA returns.
 */
final class SpecialFunctions {
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double EPS = 0x1p-53;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    /** Lanczos approximation of the gamma function with g = 7 and nine terms. */
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
                    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    /** Bernoulli numbers B_2, B_4, ..., B_24. */
    private static final double[] BERNOULLI = {
                    1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510, 43867.0 / 798,
                    -174611.0 / 330, 854513.0 / 138, -236364091.0 / 2730};

    private SpecialFunctions() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 2.5) {
            return erfSeries(x);
        }
        return Math.copySign(1.0 - erfcLarge(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -2.5) {
            return 2.0 - erfcLarge(-x);
        }
        if (x < 1.25) {
            return 1.0 - erfSeries(x);
        }
        return erfcLarge(x);
    }

    /** Maclaurin series {@code 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))}. */
    private static double erfSeries(double x) {
        if (x == 0) {
            return x;
        }
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double delta = term / (2 * n + 1);
            sum += delta;
            if (Math.abs(delta) <= EPS * Math.abs(sum)) {
                break;
            }
        }
        return 2.0 / SQRT_PI * sum;
    }

    /** erfc for x >= 1.25 by the continued fraction of the incomplete gamma function Q(1/2, x^2). */
    private static double erfcLarge(double x) {
        if (x > 27.3) {
            return 0.0;
        }
        return igammaContinuedFraction(0.5, x * x);
    }

    /**
     * The inverse error function: an initial guess refined by Halley's method on {@code erf} (or on
     * {@code erfc} near ±1, where that keeps full relative precision).
     */
    static double erfInv(double y) {
        if (Double.isNaN(y) || y < -1 || y > 1) {
            return Double.NaN;
        }
        if (y == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (y == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (y == 0) {
            return y;
        }
        double a = Math.abs(y);
        // Winitzki's approximation as the starting point.
        double k = 0.147;
        double ln = Math.log1p(-a * a);
        double t = 2 / (Math.PI * k) + ln / 2;
        double x = Math.sqrt(Math.sqrt(t * t - ln / k) - t);
        boolean tail = a > 0.5;
        double target = tail ? 1 - a : a;
        for (int iter = 0; iter < 8; iter++) {
            double f = tail ? erfc(x) - target : erf(x) - target;
            double df = (tail ? -2 : 2) / SQRT_PI * Math.exp(-x * x);
            if (df == 0) {
                break;
            }
            double step = f / df;
            // Halley: use f'' = -2x f'
            double next = x - step / (1 + x * step);
            if (next == x || Math.abs(next - x) <= 4 * EPS * Math.abs(next)) {
                x = next;
                break;
            }
            x = next;
        }
        return Math.copySign(x, y);
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) {
            // Reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x)
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** {@code sin(pi x)}, exact at integers and accurate for large arguments. */
    private static double sinPi(double x) {
        double r = x % 2.0;
        if (r > 1) {
            r -= 2;
        } else if (r < -1) {
            r += 2;
        }
        if (r == 0 || r == 1 || r == -1) {
            return 0.0;
        }
        return Math.sin(Math.PI * r);
    }

    static double digamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0 && x == Math.rint(x)) {
            return Double.NaN;
        }
        double result = 0;
        if (x < 0.5) {
            // Reflection: psi(1 - x) - psi(x) = pi / tan(pi x)
            result = -Math.PI * cosPi(x) / sinPi(x);
            x = 1 - x;
        }
        while (x < 10) {
            result -= 1 / x;
            x += 1;
        }
        double inv2 = 1 / (x * x);
        double series = 0;
        double power = inv2;
        for (int k = 1; k <= 8; k++) {
            series += BERNOULLI[k - 1] / (2 * k) * power;
            power *= inv2;
        }
        return result + Math.log(x) - 0.5 / x - series;
    }

    private static double cosPi(double x) {
        return sinPi(x + 0.5);
    }

    /** The regularized lower incomplete gamma function P(a, x). */
    static double igamma(double a, double x) {
        if (Double.isNaN(a) || Double.isNaN(x) || a <= 0 || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return 0.0;
        }
        if (Double.isInfinite(x)) {
            return 1.0;
        }
        if (x < a + 1) {
            return igammaSeries(a, x);
        }
        return 1.0 - igammaContinuedFraction(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x). */
    static double igammac(double a, double x) {
        if (Double.isNaN(a) || Double.isNaN(x) || a <= 0 || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return 1.0;
        }
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        if (x < a + 1) {
            return 1.0 - igammaSeries(a, x);
        }
        return igammaContinuedFraction(a, x);
    }

    /** {@code x^a e^-x / Gamma(a)}, computed in logarithms. */
    private static double igammaPrefactor(double a, double x) {
        return Math.exp(a * Math.log(x) - x - lgamma(a));
    }

    /** P(a, x) by the series {@code x^a e^-x / Gamma(a+1) * sum x^n / ((a+1)...(a+n))}. */
    private static double igammaSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 2000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) <= EPS * Math.abs(sum)) {
                break;
            }
        }
        return sum * igammaPrefactor(a, x);
    }

    /** Q(a, x) by its continued fraction (modified Lentz's method). */
    private static double igammaContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 2000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= EPS) {
                break;
            }
        }
        return h * igammaPrefactor(a, x);
    }

    /** {@code exp(-|x|) I0(x)}. */
    static double besselI0e(double x) {
        return besselIe(0, x);
    }

    /** {@code exp(-|x|) I1(x)}. */
    static double besselI1e(double x) {
        return besselIe(1, x);
    }

    private static double besselIe(int order, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double result;
        if (Double.isInfinite(a)) {
            result = 0.0;
        } else if (a <= 30) {
            // sum (x/2)^(2k+order) / (k! (k+order)!), all terms positive
            double q = a * a / 4;
            double term = order == 0 ? 1.0 : a / 2;
            double sum = term;
            for (int k = 1; k < 500; k++) {
                term *= q / (k * (double) (k + order));
                sum += term;
                if (term <= EPS * sum) {
                    break;
                }
            }
            result = sum * Math.exp(-a);
        } else {
            // exp(-x) I_v(x) ~ 1/sqrt(2 pi x) * sum_k (-1)^k prod_{j<=k} (4v^2 - (2j-1)^2) / (k! (8x)^k)
            double mu = 4.0 * order * order;
            double term = 1;
            double sum = 1;
            for (int k = 1; k < 40; k++) {
                double next = -term * (mu - (2 * k - 1) * (2 * k - 1)) / (k * 8 * a);
                if (Math.abs(next) > Math.abs(term)) {
                    break;
                }
                term = next;
                sum += term;
                if (Math.abs(term) <= EPS * Math.abs(sum)) {
                    break;
                }
            }
            result = sum / Math.sqrt(2 * Math.PI * a);
        }
        return order == 1 ? Math.copySign(result, x) : result;
    }

    /** The Hurwitz zeta function {@code sum_{k>=0} (k + q)^-s} by Euler-Maclaurin summation. */
    static double zeta(double s, double q) {
        if (Double.isNaN(s) || Double.isNaN(q)) {
            return Double.NaN;
        }
        if (s == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (s < 1) {
            return Double.NaN;
        }
        if (q <= 0) {
            if (q == Math.rint(q)) {
                return Double.POSITIVE_INFINITY;
            }
            if (s != Math.rint(s)) {
                return Double.NaN;
            }
        }
        int terms = 12;
        double sum = 0;
        double w = q;
        for (int k = 0; k < terms; k++) {
            sum += Math.pow(w, -s);
            w += 1;
        }
        // tail: w^(1-s)/(s-1) + w^-s/2 + sum_j B_2j / (2j)! * s(s+1)...(s+2j-2) w^(-s-2j+1)
        double wPow = Math.pow(w, -s);
        sum += w * wPow / (s - 1) + 0.5 * wPow;
        double factor = s * wPow / w;
        double factorial = 2;
        for (int j = 1; j <= BERNOULLI.length; j++) {
            double delta = BERNOULLI[j - 1] / factorial * factor;
            sum += delta;
            if (Math.abs(delta) <= EPS * Math.abs(sum)) {
                break;
            }
            factor *= (s + 2 * j - 1) * (s + 2 * j) / (w * w);
            factorial *= (2 * j + 1) * (2 * j + 2);
        }
        return sum;
    }

    /** The polygamma function {@code psi^(n)(x)} for integer order n >= 0. */
    static double polygamma(double n, double x) {
        if (Double.isNaN(n) || Double.isNaN(x) || n < 0 || n != Math.rint(n)) {
            return Double.NaN;
        }
        if (n == 0) {
            return digamma(x);
        }
        // psi^(n)(x) = (-1)^(n+1) n! zeta(n+1, x)
        double factorial = Math.exp(lgamma(n + 1));
        double sign = ((long) n & 1) == 1 ? 1 : -1;
        return sign * factorial * zeta(n + 1, x);
    }
}
