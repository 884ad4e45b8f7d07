package org.jaxl.runtime;

/**
 * CPython's recursion limit for one context: the depth of Jaxl function calls in progress and
 * the most allowed ({@code sys.setrecursionlimit}). Contexts are single-threaded, so plain fields do.
 */
public final class RecursionLimit {
    /** CPython's default. */
    public static final int DEFAULT_LIMIT = 1000;

    private int depth;
    private int limit = DEFAULT_LIMIT;

    /** Counts a call in; false (and nothing counted) when it would exceed the limit. */
    public boolean enter() {
        if (depth >= limit) {
            return false;
        }
        depth++;
        return true;
    }

    /** Counts a call out. */
    public void exit() {
        depth--;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }
}
