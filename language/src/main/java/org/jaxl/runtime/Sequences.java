package org.jaxl.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Indexing, slicing, concatenation and repetition of str, list, tuple and range. */
public final class Sequences {
    private Sequences() {
    }

    /** {@code slice.indices(length)}: normalized start, stop, step and the slice length. */
    @TruffleBoundary
    public static long[] sliceIndices(PSlice s, long length, Node node) {
        long step = s.step() == PNone.NONE ? 1 : clampIndex(s.step(), node);
        if (step == 0) {
            throw PyErrors.valueError(node, "slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start;
        if (s.start() == PNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = clampIndex(s.start(), node);
            if (start < 0) {
                start = Math.max(start + length, lower);
            } else {
                start = Math.min(start, upper);
            }
        }
        long stop;
        if (s.stop() == PNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = clampIndex(s.stop(), node);
            if (stop < 0) {
                stop = Math.max(stop + length, lower);
            } else {
                stop = Math.min(stop, upper);
            }
        }
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start + step - 1) / step : 0;
        } else {
            count = start > stop ? (start - stop - step - 1) / -step : 0;
        }
        return new long[]{start, stop, step, count};
    }

    private static long clampIndex(Object o, Node node) {
        if (!(o instanceof Long || o instanceof Boolean || o instanceof BigInteger)) {
            Object f = PyObjects.classOf(o).lookup("__index__");
            if (f == null) {
                throw PyErrors.typeError(node, "slice indices must be integers or None or have an __index__ method");
            }
            o = PyObjects.call(f, o);
        }
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return PyArith.asLong(o);
    }

    private static int normalizeIndex(Object key, int length, String what, Node node) {
        long i = PyObjects.indexAsLong(key, node);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErrors.indexError(node, what + " index out of range");
        }
        return (int) i;
    }

    static boolean isIndex(Object key) {
        return key instanceof Long || key instanceof Boolean || key instanceof BigInteger || PyObjects.classOf(key).lookup("__index__") != null;
    }

    /** Item or slice of a built-in sequence, or null when {@code o} is not one. */
    @TruffleBoundary
    static Object getItem(Object o, Object key, Node node) {
        if (o instanceof PList l) {
            if (key instanceof PSlice s) {
                return new PList(sliceArray(l.toArray(), l.size(), s, node));
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError(node, "list indices must be integers or slices, not " + PyObjects.typeName(key));
            }
            return l.get(normalizeIndex(key, l.size(), "list", node));
        }
        if (o instanceof PTuple t) {
            if (key instanceof PSlice s) {
                return PTuple.of(sliceArray(t.items(), t.size(), s, node));
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError(node, "tuple indices must be integers or slices, not " + PyObjects.typeName(key));
            }
            return t.get(normalizeIndex(key, t.size(), "tuple", node));
        }
        if (o instanceof String str) {
            int[] cps = str.codePoints().toArray();
            if (key instanceof PSlice s) {
                long[] idx = sliceIndices(s, cps.length, node);
                StringBuilder sb = new StringBuilder();
                for (long k = 0, i = idx[0]; k < idx[3]; k++, i += idx[2]) {
                    sb.appendCodePoint(cps[(int) i]);
                }
                return sb.toString();
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError(node, "string indices must be integers, not '" + PyObjects.typeName(key) + "'");
            }
            return new String(Character.toChars(cps[normalizeIndex(key, cps.length, "string", node)]));
        }
        if (o instanceof PRange r) {
            if (key instanceof PSlice s) {
                long[] idx = sliceIndices(s, r.length(), node);
                long start = r.get(idx[0]);
                long step = r.step() * idx[2];
                return new PRange(start, start + idx[3] * step, step);
            }
            long i = PyObjects.indexAsLong(key, node);
            long n = r.length();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErrors.indexError(node, "range object index out of range");
            }
            return r.get(i);
        }
        return null;
    }

    private static Object[] sliceArray(Object[] items, int size, PSlice s, Node node) {
        long[] idx = sliceIndices(s, size, node);
        Object[] out = new Object[(int) idx[3]];
        for (int k = 0; k < out.length; k++) {
            out[k] = items[(int) (idx[0] + k * idx[2])];
        }
        return out;
    }

    @TruffleBoundary
    static void setListItem(PList l, Object key, Object value, Node node) {
        if (key instanceof PSlice s) {
            Object[] items = l.toArray();
            Object[] replacement = PyObjects.toArray(value, node);
            long[] idx = sliceIndices(s, items.length, node);
            if (idx[2] == 1) {
                int start = (int) idx[0];
                int stop = (int) Math.max(idx[0], idx[1]);
                Object[] out = new Object[items.length - (stop - start) + replacement.length];
                System.arraycopy(items, 0, out, 0, start);
                System.arraycopy(replacement, 0, out, start, replacement.length);
                System.arraycopy(items, stop, out, start + replacement.length, items.length - stop);
                l.setAll(out);
                return;
            }
            if (replacement.length != idx[3]) {
                throw PyErrors.valueError(node, "attempt to assign sequence of size " + replacement.length + " to extended slice of size " + idx[3]);
            }
            for (int k = 0; k < replacement.length; k++) {
                l.set((int) (idx[0] + k * idx[2]), replacement[k]);
            }
            return;
        }
        if (!isIndex(key)) {
            throw PyErrors.typeError(node, "list indices must be integers or slices, not " + PyObjects.typeName(key));
        }
        l.set(normalizeIndex(key, l.size(), "list assignment", node), value);
    }

    @TruffleBoundary
    static void delListItem(PList l, Object key, Node node) {
        if (key instanceof PSlice s) {
            Object[] items = l.toArray();
            long[] idx = sliceIndices(s, items.length, node);
            boolean[] drop = new boolean[items.length];
            for (long k = 0; k < idx[3]; k++) {
                drop[(int) (idx[0] + k * idx[2])] = true;
            }
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                if (!drop[i]) {
                    kept.add(items[i]);
                }
            }
            l.setAll(kept.toArray());
            return;
        }
        l.remove(normalizeIndex(key, l.size(), "list assignment", node));
    }

    @TruffleBoundary
    static void extend(PList l, Object iterable, Node node) {
        for (Object x : PyObjects.toArray(iterable, node)) {
            l.add(x);
        }
    }

    /** Concatenation and repetition of built-in sequences, or null when not applicable. */
    @TruffleBoundary
    static Object binary(String op, Object a, Object b) {
        if (op.equals("+")) {
            if (a instanceof String x && b instanceof String y) {
                return x + y;
            }
            if (a instanceof PList x && b instanceof PList y) {
                Object[] out = new Object[x.size() + y.size()];
                System.arraycopy(x.toArray(), 0, out, 0, x.size());
                System.arraycopy(y.toArray(), 0, out, x.size(), y.size());
                return new PList(out);
            }
            if (a instanceof PTuple x && b instanceof PTuple y) {
                Object[] out = new Object[x.size() + y.size()];
                System.arraycopy(x.items(), 0, out, 0, x.size());
                System.arraycopy(y.items(), 0, out, x.size(), y.size());
                return PTuple.of(out);
            }
            return null;
        }
        if (op.equals("*")) {
            if (PyArith.isInt(a) && !PyArith.isInt(b)) {
                return repeat(b, a);
            }
            if (PyArith.isInt(b)) {
                return repeat(a, b);
            }
        }
        return null;
    }

    /**
     * {@code seq * n} where {@code n} is not an int but has {@code __index__}: CPython's last
     * resort for {@code *} after both operands' multiplication methods declined.
     */
    @TruffleBoundary
    static Object repeatByIndex(Object a, Object b, Node node) {
        if (isRepeatable(a) && hasIndex(b)) {
            return repeat(a, PyObjects.index(b, node));
        }
        if (isRepeatable(b) && hasIndex(a)) {
            return repeat(b, PyObjects.index(a, node));
        }
        return null;
    }

    private static boolean isRepeatable(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple;
    }

    private static boolean hasIndex(Object o) {
        return o instanceof PObject && PyObjects.classOf(o).lookup("__index__") != null;
    }

    private static Object repeat(Object seq, Object count) {
        if (count instanceof BigInteger) {
            throw PyErrors.overflow(null, "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, PyArith.asLong(count));
        int length = seq instanceof String s ? s.length() : seq instanceof PList l ? l.size() : seq instanceof PTuple t ? t.size() : 0;
        if (length > 0 && n > (Integer.MAX_VALUE - 8) / length) {
            // Java arrays and strings end below 2**31 elements; CPython runs out of memory there too.
            throw PyErrors.create(null, "MemoryError", null);
        }
        if (seq instanceof String s) {
            return s.repeat((int) n);
        }
        Object[] items;
        if (seq instanceof PList l) {
            items = l.toArray();
        } else if (seq instanceof PTuple t) {
            items = t.items();
        } else {
            return null;
        }
        Object[] out = new Object[(int) (items.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return seq instanceof PList ? new PList(out) : PTuple.of(out);
    }

    /** {@code fmt % args} for strings. */
    @TruffleBoundary
    static Object percentFormat(String fmt, Object args, Node node) {
        List<Object> list = new ArrayList<>();
        if (args instanceof PTuple t) {
            list.addAll(List.of(t.items()));
        } else {
            list.add(args);
        }
        boolean isMapping = !(args instanceof PTuple) && !(args instanceof String) && (args instanceof PDict || PyObjects.classOf(args).lookup("__getitem__") != null);
        try {
            if (isMapping) {
                return PyFormat.percentFormat(fmt, list, PyObjects::str, PyObjects::repr, PyObjects::typeName, key -> PyObjects.getItem(args, key, node));
            }
            return PyFormat.percentFormat(fmt, list, PyObjects::str, PyObjects::repr, PyObjects::typeName);
        } catch (PyFormatException e) {
            throw PyErrors.create(node, e.pythonType(), e.getMessage());
        }
    }
}
