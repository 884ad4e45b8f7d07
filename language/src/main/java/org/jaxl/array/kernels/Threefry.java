package org.jaxl.array.kernels;

/**
 * The Threefry-2x32 block cipher (20 rounds) that {@code jax.random}'s default PRNG is built on,
 * as JAX's {@code threefry2x32} primitive computes it, and {@code iota_2x32_shape}.
 */
public final class Threefry {
    private static final int[] ROTATIONS_0 = {13, 15, 26, 6};
    private static final int[] ROTATIONS_1 = {17, 29, 16, 24};
    private static final int KEY_PARITY = 0x1BD11BDA;

    private Threefry() {
    }

    /** Encrypts the counter pairs {@code (x0[i], x1[i])} under the key {@code (k0[i], k1[i])}; results in place of x0, x1. */
    public static void hash(int[] k0, int[] k1, int[] x0, int[] x1, int n) {
        for (int i = 0; i < n; i++) {
            int ks0 = k0[i];
            int ks1 = k1[i];
            int ks2 = ks0 ^ ks1 ^ KEY_PARITY;
            int a = x0[i] + ks0;
            int b = x1[i] + ks1;
            for (int r : ROTATIONS_0) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += ks1;
            b += ks2 + 1;
            for (int r : ROTATIONS_1) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += ks2;
            b += ks0 + 2;
            for (int r : ROTATIONS_0) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += ks0;
            b += ks1 + 3;
            for (int r : ROTATIONS_1) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += ks1;
            b += ks2 + 4;
            for (int r : ROTATIONS_0) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += ks2;
            b += ks0 + 5;
            x0[i] = a;
            x1[i] = b;
        }
    }

    /** The high and low 32-bit words of a flat 64-bit iota of {@code n} elements. */
    public static int[][] iota2x32(int n) {
        int[] hi = new int[n];
        int[] lo = new int[n];
        for (int i = 0; i < n; i++) {
            lo[i] = i;
        }
        return new int[][]{hi, lo};
    }
}
