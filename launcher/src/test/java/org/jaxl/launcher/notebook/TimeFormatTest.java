package org.jaxl.launcher.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TimeFormat} against the texts of IPython's {@code _format_time}, restated with Python's
 * own {@code %g} in {@code format_time.py} beside {@code format_time.tsv}.
 */
class TimeFormatTest {

    static List<String[]> rows(String resource) throws IOException {
        try (var in = TimeFormatTest.class.getResourceAsStream(resource);
                        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        }
    }

    @Test
    void matchesIPython() throws IOException {
        List<String[]> rows = rows("format_time.tsv");
        assertEquals(36, rows.size());
        for (String[] row : rows) {
            double seconds = Double.parseDouble(row[0]);
            assertEquals(row[1], TimeFormat.formatTime(seconds, 3), () -> "formatTime(" + row[0] + ")");
        }
    }

    /** Expected values from Python: {@code "%.*g" % (precision, value)}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
                    "0.0|3|0",
                    "1.0|3|1",
                    "100.0|3|100",
                    "999.5|3|1e+03",
                    "1234.5|3|1.23e+03",
                    "0.0001|3|0.0001",
                    "0.00001234|3|1.23e-05",
                    "0.125|2|0.12",
                    "0.375|2|0.38",
                    "2.5|1|2",
                    "3.5|1|4",
                    "123456789.0|12|123456789",
                    "1e+100|3|1e+100",
                    "0.5|0|0.5",
    })
    void formatsLikeCPrintfG(double value, int precision, String expected) {
        assertEquals(expected, TimeFormat.formatG(value, precision));
    }
}
