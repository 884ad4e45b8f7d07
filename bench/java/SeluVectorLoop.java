import java.util.Arrays;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java reference of bench/run.sh: selu on 1,000,000 float32 (and int32) elements as a Java
 * programmer would write it with the Vector API, compiled by C2 ({@code lanewise(EXP)} is C2's
 * SVML-backed vector exp). Prints "name milliseconds" lines, medians after warm-up, with the
 * same inputs as bench.jaxl.
 */
public final class SeluVectorLoop {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int N = 1_000_000;
    private static final float ALPHA = 1.67f;
    private static final float LAMBDA = 1.05f;

    private SeluVectorLoop() {
    }

    static float[] selu(float[] x) {
        float[] out = new float[x.length];
        int i = 0;
        for (; i < F.loopBound(x.length); i += F.length()) {
            FloatVector v = FloatVector.fromArray(F, x, i);
            FloatVector negative = v.lanewise(VectorOperators.EXP).mul(ALPHA).sub(ALPHA);
            negative.blend(v, v.compare(VectorOperators.GT, 0f)).mul(LAMBDA).intoArray(out, i);
        }
        for (; i < x.length; i++) {
            out[i] = LAMBDA * (x[i] > 0 ? x[i] : ALPHA * (float) Math.exp(x[i]) - ALPHA);
        }
        return out;
    }

    static float[] selu(int[] x) {
        float[] out = new float[x.length];
        int i = 0;
        for (; i < I.loopBound(x.length); i += I.length()) {
            IntVector n = IntVector.fromArray(I, x, i);
            FloatVector v = (FloatVector) n.convert(VectorOperators.I2F, 0);
            FloatVector negative = v.lanewise(VectorOperators.EXP).mul(ALPHA).sub(ALPHA);
            negative.blend(v, n.compare(VectorOperators.GT, 0).cast(F)).mul(LAMBDA).intoArray(out, i);
        }
        for (; i < x.length; i++) {
            out[i] = LAMBDA * (x[i] > 0 ? x[i] : ALPHA * (float) Math.exp(x[i]) - ALPHA);
        }
        return out;
    }

    interface Body {
        void run();
    }

    static double medianMillis(Body body, int reps, int warmup) {
        for (int i = 0; i < warmup; i++) {
            body.run();
        }
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            body.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[reps / 2];
    }

    public static void main(String[] args) {
        float[] sorted = new float[N];
        float[] random = new float[N];
        int[] ints = new int[N];
        for (int i = 0; i < N; i++) {
            sorted[i] = (i - N / 2f) / (N / 10f);
            random[i] = (float) Math.sin(i * 12.9898f) * 3f;
            ints[i] = i;
        }
        System.out.println("selu_sorted " + medianMillis(() -> selu(sorted), 51, 200));
        System.out.println("selu_random " + medianMillis(() -> selu(random), 51, 200));
        System.out.println("selu_int32 " + medianMillis(() -> selu(ints), 51, 200));
    }
}
