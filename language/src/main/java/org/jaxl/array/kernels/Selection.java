package org.jaxl.array.kernels;

/**
 * {@code select_n}: each output element taken from the case its selector names. Works on storage
 * (the cases share one dtype), with one typed loop per storage type.
 */
public final class Selection {
    private Selection() {
    }

    /**
     * Picks element {@code i} of {@code cases[which[i]]} (clamped to the valid cases, as XLA's
     * tree of binary selects does) for {@code n} elements of {@code slots} storage slots each.
     */
    public static Object select(int[] which, Object[] cases, int n, int slots) {
        int last = cases.length - 1;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(0, Math.min(last, which[i]));
        }
        Object first = cases[0];
        Object out = java.lang.reflect.Array.newInstance(first.getClass().getComponentType(), n * slots);
        if (slots == 2) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(cases[w[i]], 2 * i, out, 2 * i, 2);
            }
            return out;
        }
        switch (out) {
            case boolean[] o -> {
                boolean[][] c = new boolean[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (boolean[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case byte[] o -> {
                byte[][] c = new byte[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (byte[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case short[] o -> {
                short[][] c = new short[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (short[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case int[] o -> {
                int[][] c = new int[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (int[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case long[] o -> {
                long[][] c = new long[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (long[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case float[] o -> {
                if (cases.length == 2) {
                    selectTwo(w, (float[]) cases[0], (float[]) cases[1], o, n);
                    break;
                }
                float[][] c = new float[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (float[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            case double[] o -> {
                double[][] c = new double[cases.length][];
                for (int k = 0; k < c.length; k++) {
                    c[k] = (double[]) cases[k];
                }
                for (int i = 0; i < n; i++) {
                    o[i] = c[w[i]][i];
                }
            }
            default -> throw new IllegalArgumentException(out.getClass().toString());
        }
        return out;
    }

    private static void selectTwo(int[] w, float[] onFalse, float[] onTrue, float[] o, int n) {
        for (int i = 0; i < n; i++) {
            o[i] = w[i] != 0 ? onTrue[i] : onFalse[i];
        }
    }
}
