package org.jaxl.builtins;

import java.math.BigInteger;

import org.jaxl.JaxlContext;
import org.jaxl.JaxlLanguage;
import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PIterator;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.nodes.Node;

/** The parts of Python's standard library Jaxl programs use: {@code math}, {@code time}, {@code functools}, {@code sys}. */
final class StdlibModules {
    private StdlibModules() {
    }

    static void register(JaxlContext context) {
        context.registerNativeModule("math", StdlibModules::math);
        context.registerNativeModule("time", StdlibModules::time);
        context.registerNativeModule("functools", StdlibModules::functools);
        context.registerNativeModule("sys", StdlibModules::sys);
    }

    private static void def(PModule m, String name, String signature, JavaFunction body) {
        m.set(name, BuiltinRegistry.function(name, signature, body));
    }

    private static double real(Object o, Node node) {
        if (o instanceof Double d) {
            return d;
        }
        if (PyArith.isInt(o)) {
            return PyArith.toDouble(o, node);
        }
        Object f = PyObjects.classOf(o).lookup("__float__");
        if (f != null) {
            return (Double) PyObjects.call(f, o);
        }
        throw PyErrors.typeError(node, "must be real number, not " + PyObjects.typeName(o));
    }

    private static PException domain(Node node) {
        return PyErrors.valueError(node, "math domain error");
    }

    private static Object checked(double r, Node node) {
        if (Double.isNaN(r)) {
            throw domain(node);
        }
        return r;
    }

    /** A unary math function with CPython's domain check: NaN out of non-NaN in is an error. */
    private static void unary(PModule m, String name, java.util.function.DoubleUnaryOperator f) {
        def(m, name, "(x, /)", (a, n) -> {
            double x = real(a[0], n);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain(n);
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw PyErrors.overflow(n, "math range error");
            }
            return r;
        });
    }

    private static PModule math(JaxlContext context) {
        PModule m = new PModule("math", null);
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        unary(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        unary(m, "exp", Math::exp);
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
        unary(m, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        unary(m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        unary(m, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log((1 + x) / (1 - x)));
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "erf", StdlibModules::erf);
        unary(m, "erfc", x -> 1 - erf(x));
        unary(m, "gamma", StdlibModules::gamma);
        unary(m, "lgamma", x -> Math.log(Math.abs(gamma(x))));
        def(m, "log", "(x, base=_MISSING, /)", (a, n) -> {
            double x = logOf(a[0], n);
            if (a[1] == PNone.NO_VALUE) {
                return x;
            }
            return x / logOf(a[1], n);
        });
        def(m, "pow", "(x, y, /)", (a, n) -> checked(Math.pow(real(a[0], n), real(a[1], n)), n));
        def(m, "atan2", "(y, x, /)", (a, n) -> Math.atan2(real(a[0], n), real(a[1], n)));
        def(m, "hypot", "(*coordinates)", (a, n) -> {
            double s = 0;
            for (Object c : ((PTuple) a[0]).items()) {
                double v = real(c, n);
                s = Math.hypot(s, v);
            }
            return s;
        });
        def(m, "copysign", "(x, y, /)", (a, n) -> Math.copySign(real(a[0], n), real(a[1], n)));
        def(m, "fmod", "(x, y, /)", (a, n) -> {
            double y = real(a[1], n);
            if (y == 0) {
                throw domain(n);
            }
            return real(a[0], n) % y;
        });
        def(m, "floor", "(x, /)", (a, n) -> PyArith.isInt(a[0]) ? PyObjects.index(a[0], n) : toInt(Math.floor(real(a[0], n)), n));
        def(m, "ceil", "(x, /)", (a, n) -> PyArith.isInt(a[0]) ? PyObjects.index(a[0], n) : toInt(Math.ceil(real(a[0], n)), n));
        def(m, "trunc", "(x, /)", (a, n) -> PyArith.isInt(a[0]) ? PyObjects.index(a[0], n) : toInt(real(a[0], n) < 0 ? Math.ceil(real(a[0], n)) : Math.floor(real(a[0], n)), n));
        def(m, "isnan", "(x, /)", (a, n) -> Double.isNaN(real(a[0], n)));
        def(m, "isinf", "(x, /)", (a, n) -> Double.isInfinite(real(a[0], n)));
        def(m, "isfinite", "(x, /)", (a, n) -> Double.isFinite(real(a[0], n)));
        def(m, "isclose", "(a, b, *, rel_tol=1e-09, abs_tol=0.0)", (a, n) -> {
            double x = real(a[0], n);
            double y = real(a[1], n);
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(real(a[2], n) * y) || diff <= Math.abs(real(a[2], n) * x) || diff <= real(a[3], n);
        });
        def(m, "gcd", "(*integers)", (a, n) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object x : ((PTuple) a[0]).items()) {
                g = g.gcd(PyArith.big(PyObjects.index(x, n)));
            }
            return PyArith.normalize(g);
        });
        def(m, "lcm", "(*integers)", (a, n) -> {
            BigInteger l = BigInteger.ONE;
            for (Object x : ((PTuple) a[0]).items()) {
                BigInteger v = PyArith.big(PyObjects.index(x, n)).abs();
                if (v.signum() == 0) {
                    return 0L;
                }
                l = l.multiply(v).divide(l.gcd(v));
            }
            return PyArith.normalize(l);
        });
        def(m, "factorial", "(n, /)", (a, n) -> {
            if (a[0] instanceof Double) {
                throw PyErrors.typeError(n, "'float' object cannot be interpreted as an integer");
            }
            long k = PyObjects.indexAsLong(a[0], n);
            if (k < 0) {
                throw PyErrors.valueError(n, "factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= k; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyArith.normalize(r);
        });
        def(m, "comb", "(n, k, /)", (a, n) -> {
            long nn = PyObjects.indexAsLong(a[0], n);
            long k = PyObjects.indexAsLong(a[1], n);
            if (nn < 0 || k < 0) {
                throw PyErrors.valueError(n, (nn < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (k > nn) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < Math.min(k, nn - k); i++) {
                r = r.multiply(BigInteger.valueOf(nn - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyArith.normalize(r);
        });
        def(m, "isqrt", "(n, /)", (a, n) -> {
            BigInteger v = PyArith.big(PyObjects.index(a[0], n));
            if (v.signum() < 0) {
                throw PyErrors.valueError(n, "isqrt() argument must be nonnegative");
            }
            return PyArith.normalize(v.sqrt());
        });
        def(m, "perm", "(n, k=None, /)", (a, n) -> {
            long nn = PyObjects.indexAsLong(a[0], n);
            long k = a[1] == PNone.NONE ? nn : PyObjects.indexAsLong(a[1], n);
            if (nn < 0 || k < 0) {
                throw PyErrors.valueError(n, (nn < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (k > nn) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = nn - k + 1; i <= nn; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyArith.normalize(r);
        });
        def(m, "prod", "(iterable, /, *, start=1)", (a, n) -> {
            Object acc = a[1];
            for (Object x : PyObjects.toArray(a[0], n)) {
                acc = PyObjects.binary("*", acc, x, n);
            }
            return acc;
        });
        def(m, "fsum", "(seq, /)", (a, n) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (Object x : PyObjects.toArray(a[0], n)) {
                double d = real(x, n);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return Double.NaN;
                }
                s = s.add(new java.math.BigDecimal(d));
            }
            return s.doubleValue();
        });
        def(m, "modf", "(x, /)", (a, n) -> {
            double x = real(a[0], n);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PTuple.of(Math.copySign(x - ip, x), ip);
        });
        def(m, "frexp", "(x, /)", (a, n) -> {
            double x = real(a[0], n);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PTuple.of(x, 0L);
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.scalb(1.0, e);
            if (Math.abs(mant) < 0.5) {
                mant *= 2;
                e--;
            }
            return PTuple.of(mant, (long) e);
        });
        def(m, "ldexp", "(x, i, /)", (a, n) -> Math.scalb(real(a[0], n), (int) PyObjects.indexAsLong(a[1], n)));
        return m;
    }

    private static double logOf(Object o, Node n) {
        if (o instanceof BigInteger b && b.signum() > 0) {
            int shift = b.bitLength() - 60;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = real(o, n);
        if (x <= 0) {
            throw domain(n);
        }
        return Math.log(x);
    }

    private static Object toInt(double d, Node n) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError(n, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow(n, "cannot convert float infinity to integer");
        }
        return PyArith.normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    /** Abramowitz–Stegun 7.1.26 is not accurate enough; this uses the series/continued fraction split. */
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax < 2.5) {
            double sum = ax;
            double term = ax;
            double x2 = ax * ax;
            for (int k = 1; k < 200; k++) {
                term *= -x2 / k;
                double add = term / (2 * k + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            r = 2 / Math.sqrt(Math.PI) * sum;
        } else if (ax > 6) {
            r = 1.0;
        } else {
            double f = 0;
            for (int k = 60; k >= 1; k--) {
                f = k / 2.0 / (ax + f);
            }
            r = 1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
        }
        return x < 0 ? -r : r;
    }

    /** Lanczos approximation (g = 7, n = 9). */
    static double gamma(double x) {
        if (x == Math.floor(x) && x <= 0) {
            return Double.NaN;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        if (x == Math.floor(x) && x < 30) {
            double r = 1;
            for (int i = 2; i < x; i++) {
                r *= i;
            }
            return r;
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
                        9.9843695780195716e-6, 1.5056327351493116e-7};
        double xx = x - 1;
        double a = g[0];
        double t = xx + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (xx + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, xx + 0.5) * Math.exp(-t) * a;
    }

    private static PModule time(JaxlContext context) {
        PModule m = new PModule("time", null);
        def(m, "perf_counter", "()", (a, n) -> System.nanoTime() / 1e9);
        def(m, "perf_counter_ns", "()", (a, n) -> System.nanoTime());
        def(m, "monotonic", "()", (a, n) -> System.nanoTime() / 1e9);
        def(m, "time", "()", (a, n) -> System.currentTimeMillis() / 1e3);
        def(m, "time_ns", "()", (a, n) -> System.currentTimeMillis() * 1_000_000L);
        def(m, "process_time", "()", (a, n) -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        def(m, "sleep", "(secs, /)", (a, n) -> {
            try {
                Thread.sleep((long) (real(a[0], n) * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PNone.NONE;
        });
        return m;
    }

    private static PModule functools(JaxlContext context) {
        PModule m = new PModule("functools", null);
        m.set("partial", Partial.partialClass(context));
        def(m, "reduce", "(function, iterable, initial=_MISSING, /)", (a, n) -> {
            PIterator it = PyObjects.iter(a[1], n);
            Object acc = a[2];
            if (acc == PNone.NO_VALUE) {
                acc = it.next();
                if (acc == null) {
                    throw PyErrors.typeError(n, "reduce() of empty iterable with no initial value");
                }
            }
            for (Object x = it.next(); x != null; x = it.next()) {
                acc = PyObjects.call(a[0], acc, x);
            }
            return acc;
        });
        def(m, "wraps", "(wrapped, /)", (a, n) -> BuiltinRegistry.function("decorator", "(wrapper, /)", (b, n2) -> {
            for (String attr : new String[]{"__module__", "__name__", "__qualname__", "__doc__"}) {
                Object v = PyObjects.getAttributeOrNull(a[0], attr);
                if (v != null) {
                    try {
                        PyObjects.setAttribute(b[0], attr, v, n2);
                    } catch (PException e) {
                        // Not every wrapper takes attributes (e.g. built-ins); functools.wraps ignores that too.
                    }
                }
            }
            try {
                PyObjects.setAttribute(b[0], "__wrapped__", a[0], n2);
            } catch (PException e) {
                // As above.
            }
            return b[0];
        }));
        return m;
    }

    private static PModule sys(JaxlContext context) {
        PModule m = new PModule("sys", null);
        String[] argv = context.getEnv().getApplicationArguments();
        Object[] items = new Object[argv.length == 0 ? 1 : argv.length];
        items[0] = "";
        for (int i = 0; i < argv.length; i++) {
            items[i] = argv[i];
        }
        m.set("argv", new PList(items));
        m.set("version", "3.11.0 (Jaxl " + JaxlLanguage.VERSION + ")");
        m.set("version_info", PTuple.of(3L, 11L, 0L, "final", 0L));
        m.set("maxsize", Long.MAX_VALUE);
        m.set("platform", "linux");
        m.set("implementation", "jaxl");
        m.set("byteorder", "little");
        m.set("path", new PList());
        def(m, "exit", "(status=None, /)", (a, n) -> {
            PBaseException e = new PBaseException(PythonClasses.get(n).exception("SystemExit"));
            e.setArgs(a[0] == PNone.NONE ? PTuple.EMPTY : PTuple.of(a[0]));
            throw new PException(e, n);
        });
        def(m, "getrecursionlimit", "()", (a, n) -> (long) context.recursionLimit().getLimit());
        def(m, "setrecursionlimit", "(limit, /)", (a, n) -> {
            long limit = PyObjects.indexAsLong(a[0], n);
            if (limit < 1) {
                throw PyErrors.valueError(n, "recursion limit must be greater or equal than 1");
            }
            context.recursionLimit().setLimit((int) Math.min(limit, Integer.MAX_VALUE));
            return PNone.NONE;
        });
        m.set("stdout", StreamObject.create(context, false));
        m.set("stderr", StreamObject.create(context, true));
        return m;
    }
}
