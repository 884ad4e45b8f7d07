package org.jaxl.jit;

import java.util.Arrays;
import java.util.List;

/** The options of a {@code jax.jit} that change what is traced: static arguments, donation, inlining. */
record JitOptions(int[] staticArgnums, List<String> staticArgnames, int[] donateArgnums, boolean inline) {
    @Override
    public boolean equals(Object o) {
        return o instanceof JitOptions j && Arrays.equals(j.staticArgnums, staticArgnums) && j.staticArgnames.equals(staticArgnames) && Arrays.equals(j.donateArgnums, donateArgnums)
                        && j.inline == inline;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(staticArgnums) * 31 + staticArgnames.hashCode() + Arrays.hashCode(donateArgnums) * 7 + (inline ? 1 : 0);
    }
}
