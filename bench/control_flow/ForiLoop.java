/**
 * The reference for fori_loop.jaxl: the same float32 recurrence as a plain Java loop, timed the
 * same way (fastest of REPEATS calls after the JIT compiled it). Usage: java ForiLoop.java [N] [REPEATS]
 */
public final class ForiLoop {
    private ForiLoop() {
    }

    static float loop(int n) {
        float x = 0f;
        for (int i = 0; i < n; i++) {
            x = x * 0.999999f + (float) i;
        }
        return x;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long best = Long.MAX_VALUE;
        float result = 0;
        for (int k = 0; k < repeats; k++) {
            long start = System.nanoTime();
            result = loop(n);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("java fori_loop n=%d: %.3f ms (result %s)%n", n, best / 1e6, result);
    }
}
