package org.jaxl.launcher.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** IPython's choice of loop count and its seven runs, with a statement that takes a known time. */
class TimeitTest {

    /** A statement taking {@code nanosPerCall}; records each run's loop count. */
    private static final class FakeLoop implements Timeit.Loop {
        final List<Long> numbers = new ArrayList<>();
        final long nanosPerCall;

        FakeLoop(long nanosPerCall) {
            this.nanosPerCall = nanosPerCall;
        }

        @Override
        public long time(long number) {
            numbers.add(number);
            return number * nanosPerCall;
        }
    }

    @Test
    void autorangeStopsAtTheFirstPowerOfTenTakingAFifthOfASecond() {
        FakeLoop loop = new FakeLoop(2_760_000);
        TimeitResult result = Timeit.measure(loop);
        // 1 call: 2.76 ms, 10: 27.6 ms, 100: 0.276 s >= 0.2 s; then 7 runs of 100.
        assertEquals(List.of(1L, 10L, 100L, 100L, 100L, 100L, 100L, 100L, 100L, 100L), loop.numbers);
        /*
         * 0.276 / 100 is 0.0027600000000000003 and the mean of seven of them 0.0027600000000000007,
         * so IPython's standard deviation is 4.336808689942018e-19 s, not 0 (checked with python3:
         * t = [0.276 / 100] * 7; m = math.fsum(t) / 7; (math.fsum([(x - m) ** 2 for x in t]) / 7) ** 0.5).
         */
        assertEquals("2.76 ms \u00b1 4.34e-10 ns per loop (mean \u00b1 std. dev. of 7 runs, 100 loops each)", result.toString());
    }

    @Test
    void aSlowStatementRunsOnceEachTime() {
        FakeLoop loop = new FakeLoop(227_000_000);
        TimeitResult result = Timeit.measure(loop);
        assertEquals(8, loop.numbers.size());
        assertEquals("227 ms \u00b1 0 ns per loop (mean \u00b1 std. dev. of 7 runs, 1 loop each)", result.toString());
    }

    @Test
    void autorangeGivesUpAtTenToTheNine() {
        FakeLoop loop = new FakeLoop(0);
        Timeit.measure(loop);
        assertEquals(1_000_000_000L, loop.numbers.getLast());
        assertEquals(10 + 7, loop.numbers.size());
    }
}
