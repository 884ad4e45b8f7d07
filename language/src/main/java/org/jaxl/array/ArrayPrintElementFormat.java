package org.jaxl.array;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jaxl.array.FloatFormatDragon4.Binary;
import org.jaxl.array.FloatFormatDragon4.Trim;

/**
 * How one array's elements print inside NumPy's brackets: the formatter that
 * {@code _get_format_function} (numpy/_core/arrayprint.py) picks for the dtype, fitted to the
 * elements that will be shown, and the {@code str()} of a single element as a NumPy scalar prints
 * it (which is how a 0-d array's {@code str} reads).
 */
sealed interface ArrayPrintElementFormat {
    /** The word for the element at flat C-order position {@code flat} of the array it was fitted to. */
    String format(NDArray a, int flat);

    /** The formatter for {@code a}, fitted to the elements at the flat positions {@code shown}. */
    static ArrayPrintElementFormat fit(NDArray a, int[] shown) {
        DType dtype = a.dtype();
        return switch (dtype.kind()) {
            case BOOL -> new Bools(a.ndim() == 0);
            case SIGNED, UNSIGNED -> Integers.fit(a, shown);
            case FLOAT -> dtype == DType.BFLOAT16 ? new BFloat16s() : new Floats(new FloatFormatColumns(
                            gather(a, shown, false), binaryOf(dtype), false));
            case COMPLEX -> new Complexes(
                            new FloatFormatColumns(gather(a, shown, false), binaryOf(dtype), false),
                            new FloatFormatColumns(gather(a, shown, true), binaryOf(dtype), true));
        };
    }

    /**
     * {@code str()} of the element at {@code flat} as a NumPy scalar: {@code True}, {@code 4},
     * {@code 30.0}, {@code 1e-05}, {@code (1+2j)} (numpy/_core/src/multiarray/scalartypes.c.src,
     * whose float cut-offs are those of NumPy 1.26-2.2: positional from 1e-4 up to 1e16).
     */
    static String scalarStr(NDArray a, int flat) {
        DType dtype = a.dtype();
        return switch (dtype.kind()) {
            case BOOL -> a.getBoolean(flat) ? "True" : "False";
            case SIGNED, UNSIGNED -> integerText(dtype, a.getLong(flat));
            case FLOAT -> dtype == DType.BFLOAT16 ? BFloat16s.ostream(a.getDouble(flat))
                            : floatScalarStr(a.getDouble(flat), binaryOf(dtype), Trim.LEAVE_ONE_ZERO, false);
            case COMPLEX -> complexScalarStr(a.getDouble(flat), a.getImag(flat), binaryOf(dtype));
        };
    }

    /** NumPy's {@code BoolFormat}: {@code " True"} pads to the width of {@code "False"} except in a 0-d array. */
    record Bools(boolean zeroDimensional) implements ArrayPrintElementFormat {
        @Override
        public String format(NDArray a, int flat) {
            return a.getBoolean(flat) ? (zeroDimensional ? "True" : " True") : "False";
        }
    }

    /** NumPy's {@code IntegerFormat}: right-aligned to the widest shown value. */
    record Integers(int width) implements ArrayPrintElementFormat {
        static Integers fit(NDArray a, int[] shown) {
            int width = 0;
            for (int flat : shown) {
                width = Math.max(width, integerText(a.dtype(), a.getLong(flat)).length());
            }
            return new Integers(width);
        }

        @Override
        public String format(NDArray a, int flat) {
            String text = integerText(a.dtype(), a.getLong(flat));
            return " ".repeat(width - text.length()) + text;
        }
    }

    /** NumPy's {@code FloatingFormat}, for float16, float32 and float64. */
    record Floats(FloatFormatColumns columns) implements ArrayPrintElementFormat {
        @Override
        public String format(NDArray a, int flat) {
            return columns.format(a.getDouble(flat));
        }
    }

    /**
     * NumPy's {@code ComplexFloatingFormat}: real and imaginary parts each get their own layout, the
     * imaginary one always signed, and the {@code j} goes before the imaginary part's padding.
     */
    record Complexes(FloatFormatColumns real, FloatFormatColumns imag) implements ArrayPrintElementFormat {
        @Override
        public String format(NDArray a, int flat) {
            String im = imag.format(a.getImag(flat));
            int end = im.stripTrailing().length();
            return real.format(a.getDouble(flat)) + im.substring(0, end) + "j" + im.substring(end);
        }
    }

    /**
     * bfloat16, which NumPy does not know: JAX 0.4.30 gets it from ml_dtypes 0.4, whose scalar
     * type derives from {@code np.generic} rather than {@code np.floating}, so NumPy prints each
     * element with its {@code repr()} and no column padding. ml_dtypes implements that repr as
     * {@code std::ostringstream << float(x)} with a NaN's sign dropped
     * (ml_dtypes/_src/custom_float.h, {@code PyCustomFloat_Repr}), i.e. C's {@code %g}: six
     * significant digits, trailing zeros removed: {@code 0.333984}, {@code 1}, {@code 1.00136e-05}.
     */
    record BFloat16s() implements ArrayPrintElementFormat {
        private static final int SIGNIFICANT_DIGITS = 6;

        @Override
        public String format(NDArray a, int flat) {
            return ostream(a.getDouble(flat));
        }

        /** C's {@code printf("%g", v)}, rounding the exact binary value half to even as glibc does. */
        static String ostream(double v) {
            if (Double.isNaN(v)) {
                return "nan";
            }
            if (Double.isInfinite(v)) {
                return v < 0 ? "-inf" : "inf";
            }
            if (v == 0) {
                return Math.copySign(1.0, v) < 0 ? "-0" : "0";
            }
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
            int exponent = rounded.precision() - rounded.scale() - 1;
            BigDecimal trimmed = rounded.stripTrailingZeros();
            if (exponent < -4 || exponent >= SIGNIFICANT_DIGITS) {
                String digits = trimmed.unscaledValue().abs().toString();
                StringBuilder out = new StringBuilder(v < 0 ? "-" : "").append(digits.charAt(0));
                if (digits.length() > 1) {
                    out.append('.').append(digits, 1, digits.length());
                }
                String exponentText = Integer.toString(Math.abs(exponent));
                return out.append(exponent < 0 ? "e-" : "e+").append(exponentText.length() < 2 ? "0" : "")
                                .append(exponentText).toString();
            }
            return trimmed.toPlainString();
        }
    }

    private static Binary binaryOf(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> Binary.HALF;
            case FLOAT32, COMPLEX64 -> Binary.SINGLE;
            case FLOAT64, COMPLEX128 -> Binary.DOUBLE;
            default -> throw new IllegalArgumentException("not a NumPy float type: " + dtype);
        };
    }

    private static double[] gather(NDArray a, int[] shown, boolean imaginary) {
        double[] values = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            values[i] = imaginary ? a.getImag(shown[i]) : a.getDouble(shown[i]);
        }
        return values;
    }

    /** Decimal text of an integer element; {@code getLong} gives uint64 as its raw bits. */
    private static String integerText(DType dtype, long value) {
        return dtype == DType.UINT64 ? Long.toUnsignedString(value) : Long.toString(value);
    }

    /**
     * {@code str()} of a NumPy float scalar: shortest round-trip digits, positional for zero, NaN
     * and magnitudes in [1e-4, 1e16), else scientific with the point dropped when bare.
     */
    private static String floatScalarStr(double v, Binary binary, Trim positionalTrim, boolean sign) {
        double magnitude = Math.abs(v);
        if (v == 0 || Double.isNaN(v) || (magnitude >= 1e-4 && magnitude < 1e16)) {
            return FloatFormatDragon4.positional(v, binary, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE, false,
                            positionalTrim, sign, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE);
        }
        return FloatFormatDragon4.scientific(v, binary, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE,
                        Trim.DPT_ZEROS, sign, FloatFormatDragon4.NONE, FloatFormatDragon4.NONE);
    }

    /** {@code str()} of a NumPy complex scalar: {@code 2j} when the real part is +0, else {@code (1+2j)}. */
    private static String complexScalarStr(double re, double im, Binary binary) {
        if (re == 0 && Math.copySign(1.0, re) > 0) {
            return floatScalarStr(im, binary, Trim.DPT_ZEROS, false) + "j";
        }
        String reText = Double.isFinite(re) ? floatScalarStr(re, binary, Trim.DPT_ZEROS, false)
                        : Double.isNaN(re) ? "nan" : re > 0 ? "inf" : "-inf";
        String imText = Double.isFinite(im) ? floatScalarStr(im, binary, Trim.DPT_ZEROS, true)
                        : Double.isNaN(im) ? "+nan" : im > 0 ? "+inf" : "-inf";
        return "(" + reText + imText + "j)";
    }
}
