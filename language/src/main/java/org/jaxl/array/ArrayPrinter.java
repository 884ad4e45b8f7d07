package org.jaxl.array;

/**
 * Prints arrays exactly as JAX 0.4.30 does: {@link #repr} is {@code Array.__repr__}
 * (jax/_src/array.py), {@link #str} is {@code Array.__str__}, i.e. {@code str(np.asarray(x))}.
 * Both are NumPy's {@code array2string} with the default print options (75 columns, more than
 * 1000 elements summarised to 3 at each edge of every axis, precision 8); this class ports its
 * layout ({@code _formatArray} in numpy/_core/arrayprint.py) and {@link ArrayPrintElementFormat}
 * the formatting of the elements. Plain Java on purpose: printing is a slow path.
 */
public final class ArrayPrinter {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String SUMMARY = "...";
    private static final String REPR_PREFIX = "Array(";

    private ArrayPrinter() {
    }

    /**
     * JAX's {@code repr}: {@code Array([1., 2.], dtype=float32)},
     * {@code Array(2., dtype=float32, weak_type=True)}, {@code Array([], shape=(1, 0), dtype=int32)}.
     */
    public static String repr(NDArray a) {
        String dtypeText = "dtype=" + a.dtype().jaxName() + (a.weakType() ? ", weak_type=True)" : ")");
        String body;
        if (a.size() == 0) {
            body = "[], shape=" + Shapes.toTupleString(a.shape());
        } else {
            // NumPy keeps the line one column short for the suffix ',' that follows the array.
            body = array2string(a, ", ", LINE_WIDTH - 1, REPR_PREFIX.length());
        }
        // array.py's arithmetic, kept as is: it comes out two more than the last line's length,
        // and when the dtype does not fit, it is set off by len('Array(') spaces on the same line
        // rather than moved to a new one.
        int lastLineLength = body.length() - body.lastIndexOf('\n') + 1;
        String separator = lastLineLength + dtypeText.length() + 1 > LINE_WIDTH ? " ".repeat(REPR_PREFIX.length()) : " ";
        return REPR_PREFIX + body + "," + separator + dtypeText;
    }

    /** JAX's {@code str}: {@code [1. 2. 3.]}, {@code [[1 2]\n [3 4]]}; a 0-d array prints as its scalar: {@code 30.0}. */
    public static String str(NDArray a) {
        if (a.ndim() == 0) {
            return ArrayPrintElementFormat.scalarStr(a, 0);
        }
        if (a.size() == 0) {
            return "[]";
        }
        return array2string(a, " ", LINE_WIDTH, 0);
    }

    /** {@code repr(x.dtype)}: {@code dtype('float32')}; ml_dtypes' bfloat16 has no quotes: {@code dtype(bfloat16)}. */
    public static String dtypeRepr(DType dtype) {
        return dtype == DType.BFLOAT16 ? "dtype(bfloat16)" : "dtype('" + dtype.jaxName() + "')";
    }

    /** NumPy's {@code array2string} of a non-empty array, for a caller that prints {@code prefixLength} characters before it. */
    private static String array2string(NDArray a, String separator, int lineWidth, int prefixLength) {
        boolean summarise = a.size() > THRESHOLD;
        int[] shown = shownPositions(a.shape(), summarise);
        ArrayPrintElementFormat format = ArrayPrintElementFormat.fit(a, shown);
        Layout layout = new Layout(a, format, separator, summarise);
        return layout.block(0, 0, " ".repeat(1 + prefixLength), lineWidth);
    }

    /** The indices along an axis of length {@code n} that print: all, or 3 at each end when summarising. */
    private static int[] shownIndices(int n, boolean summarise) {
        if (summarise && n > 2 * EDGE_ITEMS) {
            int[] indices = new int[2 * EDGE_ITEMS];
            for (int i = 0; i < EDGE_ITEMS; i++) {
                indices[i] = i;
                indices[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
            }
            return indices;
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    /**
     * The flat C-order positions of the elements that print (NumPy's {@code _leading_trailing});
     * the element formatter is fitted to exactly these, as NumPy fits it to the summarised data.
     */
    private static int[] shownPositions(int[] shape, boolean summarise) {
        int[][] perAxis = new int[shape.length][];
        int count = 1;
        for (int d = 0; d < shape.length; d++) {
            perAxis[d] = shownIndices(shape[d], summarise);
            count *= perAxis[d].length;
        }
        int[] strides = Shapes.contiguousStrides(shape);
        int[] positions = new int[count];
        int[] counter = new int[shape.length];
        for (int i = 0; i < count; i++) {
            int flat = 0;
            for (int d = 0; d < shape.length; d++) {
                flat += perAxis[d][counter[d]] * strides[d];
            }
            positions[i] = flat;
            for (int d = shape.length - 1; d >= 0 && ++counter[d] == perAxis[d].length; d--) {
                counter[d] = 0;
            }
        }
        return positions;
    }

    /** NumPy's {@code _formatArray}: nested brackets, rows wrapped at the line width, blank lines between blocks. */
    private static final class Layout {
        private final NDArray array;
        private final ArrayPrintElementFormat format;
        private final String separator;
        private final String rowSeparator;
        private final boolean summarise;
        private final int[] strides;

        Layout(NDArray array, ArrayPrintElementFormat format, String separator, boolean summarise) {
            this.array = array;
            this.format = format;
            this.separator = separator;
            this.rowSeparator = separator.stripTrailing();
            this.summarise = summarise;
            this.strides = Shapes.contiguousStrides(array.shape());
        }

        /**
         * The sub-array from {@code axis} on, starting at flat position {@code base}. Lines after
         * the first start with {@code hangingIndent}; {@code width} leaves room for the closing
         * brackets of the enclosing axes.
         */
        String block(int axis, int base, String hangingIndent, int width) {
            int ndim = array.ndim();
            if (axis == ndim) {
                return format.format(array, base);
            }
            String nextIndent = hangingIndent + " ";
            int n = array.shape()[axis];
            boolean showSummary = summarise && n > 2 * EDGE_ITEMS;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : n;
            int stride = strides[axis];
            StringBuilder s = new StringBuilder();
            if (axis == ndim - 1) {
                int elementWidth = width - Math.max(rowSeparator.length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (int i = 0; i < leading; i++) {
                    extendLine(s, line, format.format(array, base + i * stride), elementWidth, hangingIndent);
                    line.append(separator);
                }
                if (showSummary) {
                    extendLine(s, line, SUMMARY, elementWidth, hangingIndent);
                    line.append(separator);
                }
                for (int i = n - trailing; i < n - 1; i++) {
                    extendLine(s, line, format.format(array, base + i * stride), elementWidth, hangingIndent);
                    line.append(separator);
                }
                extendLine(s, line, format.format(array, base + (n - 1) * stride), elementWidth, hangingIndent);
                s.append(line);
            } else {
                String lineSeparator = rowSeparator + "\n".repeat(ndim - axis - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(block(axis + 1, base + i * stride, nextIndent, width - 1))
                                    .append(lineSeparator);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(SUMMARY).append(lineSeparator);
                }
                for (int i = n - trailing; i < n - 1; i++) {
                    s.append(hangingIndent).append(block(axis + 1, base + i * stride, nextIndent, width - 1))
                                    .append(lineSeparator);
                }
                s.append(hangingIndent).append(block(axis + 1, base + (n - 1) * stride, nextIndent, width - 1));
            }
            // The first line's indent gives way to the opening bracket.
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** NumPy's {@code _extendLine}: wraps before {@code word} unless the line is still empty. */
        private static void extendLine(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
            boolean needsWrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
            if (needsWrap) {
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                s.append(line, 0, end).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }
}
