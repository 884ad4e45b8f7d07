package org.jaxl.launcher.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link TimeitResult}'s text against IPython's, from {@code format_time.py timeit}. */
class TimeitResultTest {

    @Test
    void matchesIPython() throws IOException {
        List<String[]> rows = TimeFormatTest.rows("timeit_result.tsv");
        assertEquals(5, rows.size());
        for (String[] row : rows) {
            long loops = Long.parseLong(row[0]);
            double[] runs = Arrays.stream(row[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(row[2], new TimeitResult(loops, runs).toString());
        }
    }

    /** Expected values from Python's {@code math.fsum}; a plain sum gives 0.0 and 0.9999999999999999. */
    @Test
    void sumsAsMathFsumDoes() {
        assertEquals(1.0, TimeitResult.fsum(new double[]{1e16, 1.0, -1e16}));
        assertEquals(1.0, TimeitResult.fsum(new double[]{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}));
        assertEquals(2.0, TimeitResult.fsum(new double[]{1.0, 1e100, 1.0, -1e100}));
        assertEquals(0.0, TimeitResult.fsum(new double[0]));
    }

    @Test
    void warnsWhenTheSlowestRunIsMoreThanFourTimesTheFastest() {
        TimeitResult result = new TimeitResult(10, new double[]{0.001, 0.001, 0.0055});
        assertEquals("The slowest run took 5.50 times longer than the fastest. "
                        + "This could mean that an intermediate result is being cached.", result.cachingWarning());
    }

    @Test
    void doesNotWarnBelowAMicrosecond() {
        assertNull(new TimeitResult(1_000_000, new double[]{0.0001, 0.0009}).cachingWarning());
        assertNull(new TimeitResult(10, new double[]{0.001, 0.002}).cachingWarning());
    }
}
