package org.jaxl.launcher.notebook;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jaxl.launcher.GuestErrors;

/**
 * Runs a percent-format notebook the way IPython runs one, all cells in one context: a cell's
 * last expression statement is echoed, an uncaught exception is printed in the cell's output
 * ({@code TypeName: message}) and the run goes on with the next cell, and the {@code %timeit}
 * and {@code %time} line magics time a statement.
 */
public final class NotebookRunner {

    private static final String TIMED_FUNCTION = "__jaxl_timeit__";
    private static final int TIME_PRECISION = 3;

    private final Context context;
    private final String languageId;
    private final String fileName;
    private final PrintStream out;

    /**
     * @param fileName the notebook's name as given; cells are named after it and keep its line
     *            numbers, so errors point into the notebook file
     * @param out where the cells' outputs go: the context's standard output
     */
    public NotebookRunner(Context context, String languageId, String fileName, PrintStream out) {
        this.context = context;
        this.languageId = languageId;
        this.fileName = fileName;
        this.out = out;
    }

    /**
     * Runs every code cell of {@code notebook} and returns the exit status: 0, or the status the
     * program exited with, or {@link GuestErrors#EXIT_INTERNAL_ERROR}.
     */
    public int run(String notebook) {
        for (PercentNotebook.Cell cell : PercentNotebook.codeCells(notebook)) {
            try {
                runCell(cell);
            } catch (UsageError e) {
                out.println(e.getMessage());
            } catch (PolyglotException e) {
                if (!GuestErrors.isUserError(e)) {
                    out.flush();
                    return GuestErrors.report(e, System.err);
                }
                out.println(ipythonErrorLine(e.getMessage()));
            }
        }
        return 0;
    }

    /**
     * IPython ends a cell's traceback with {@code type(e).__name__}: the class name without its
     * module ({@code TracerBoolConversionError: …}, where a script's traceback says
     * {@code jax.errors.TracerBoolConversionError: …}).
     */
    static String ipythonErrorLine(String message) {
        int colon = message.indexOf(": ");
        String head = colon < 0 ? message : message.substring(0, colon);
        if (head.indexOf(' ') >= 0 || head.indexOf('\n') >= 0) {
            return message;
        }
        int dot = head.lastIndexOf('.');
        return dot < 0 ? message : message.substring(dot + 1);
    }

    private void runCell(PercentNotebook.Cell cell) {
        List<PercentNotebook.Segment> segments = cell.segments();
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            switch (segments.get(i)) {
                case PercentNotebook.Code code -> runCode(code, last);
                case PercentNotebook.Magic magic -> runMagic(magic, last);
            }
        }
    }

    /**
     * Runs code; the cell's final code is an interactive source so that the language echoes its
     * last expression's value, unless it ends with {@code ;}, which silences the echo in IPython.
     */
    private void runCode(PercentNotebook.Code code, boolean lastInCell) {
        // Blank lines in front keep the notebook's line numbers in tracebacks and error messages.
        String text = "\n".repeat(code.firstLine() - 1) + code.text();
        boolean echo = lastInCell && !code.text().strip().endsWith(";");
        context.eval(Source.newBuilder(languageId, text, fileName).interactive(echo).buildLiteral());
    }

    private void runMagic(PercentNotebook.Magic magic, boolean lastInCell) {
        switch (magic.command()) {
            case "%timeit" -> timeit(magic.argument());
            case "%time" -> time(magic.argument(), lastInCell);
            default -> throw new UsageError(magic.command().startsWith("%%")
                            ? "UsageError: Cell magic `" + magic.command() + "` not found."
                            : "UsageError: Line magic function `" + magic.command() + "` not found.");
        }
    }

    /**
     * {@code %timeit stmt}: the statement becomes the body of a function of no arguments, which is
     * called from Java in timed loops, as IPython times a generated {@code inner} function.
     */
    private void timeit(String statement) {
        if (statement.isEmpty()) {
            return;
        }
        // Parsed alone first so that a syntax error points at the statement, not at the wrapper.
        context.parse(Source.newBuilder(languageId, statement, "<magic-timeit-stmt>").buildLiteral());
        String wrapper = "def " + TIMED_FUNCTION + "():\n    " + statement + "\n";
        context.eval(Source.newBuilder(languageId, wrapper, "<magic-timeit>").buildLiteral());
        Value function = context.getBindings(languageId).getMember(TIMED_FUNCTION);
        TimeitResult result = Timeit.measure(number -> {
            long start = System.nanoTime();
            for (long i = 0; i < number; i++) {
                function.executeVoid();
            }
            return System.nanoTime() - start;
        });
        String warning = result.cachingWarning();
        if (warning != null) {
            out.println(warning);
        }
        out.println(result);
    }

    /**
     * {@code %time stmt}: runs the statement once and prints its CPU and wall times; as in IPython,
     * an exception is printed and ends only the magic, and the statement's value is shown when
     * the magic ends the cell.
     */
    private void time(String statement, boolean lastInCell) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Source source = Source.newBuilder(languageId, statement, "<timed exec>").buildLiteral();
        /*
         * IPython reads the process's user and system times (getrusage). The JVM gives this
         * thread's CPU time and its user part, so the split into user and sys is the JVM's, and
         * compilation and garbage collection on other threads are not counted.
         */
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long userStart = threads.getCurrentThreadUserTime();
        Value value;
        try {
            value = context.eval(source);
        } catch (PolyglotException e) {
            if (!GuestErrors.isUserError(e)) {
                throw e;
            }
            out.println(ipythonErrorLine(e.getMessage()));
            return;
        }
        double user = (threads.getCurrentThreadUserTime() - userStart) / 1e9;
        double total = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        out.println("CPU times: user " + TimeFormat.formatTime(user, TIME_PRECISION)
                        + ", sys: " + TimeFormat.formatTime(total - user, TIME_PRECISION)
                        + ", total: " + TimeFormat.formatTime(total, TIME_PRECISION));
        out.println("Wall time: " + TimeFormat.formatTime(wall, TIME_PRECISION));
        if (lastInCell && !value.isNull()) {
            out.println(context.eval(languageId, "repr").execute(value).asString());
        }
    }

    /** A magic that Jaxl does not have; IPython reports it as a {@code UsageError} in the cell's output. */
    private static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}
