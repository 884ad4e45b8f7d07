package org.jaxl.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.shadowed.org.jline.reader.EndOfFileException;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.reader.LineReaderBuilder;
import org.graalvm.shadowed.org.jline.reader.UserInterruptException;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell, as CPython's: {@code >>> } reads a statement, {@code ... } continues one
 * that is not finished, a block ends at an empty line, the value of an expression is echoed (the
 * language does that for interactive sources), and an error, or Ctrl-C, stops the statement but
 * not the session. Lines are edited with JLine and kept in {@code ~/.jaxl_history}.
 */
final class Repl {

    private static final String PROMPT = ">>> ";
    private static final String CONTINUATION_PROMPT = "... ";
    private static final String SOURCE_NAME = "<stdin>";
    private static final String HISTORY_FILE = ".jaxl_history";
    private static final Duration INTERRUPT_TIMEOUT = Duration.ofSeconds(10);

    private final Context context;

    Repl(Context context) {
        this.context = context;
    }

    /** Runs the session until end of input (Ctrl-D) or until the program exits; returns the exit status. */
    int run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).jna(false).jansi(false).build()) {
            LineReader reader = LineReaderBuilder.builder()
                            .terminal(terminal)
                            .appName("jaxl")
                            .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
                            // '!' is Python's not-equal, not a history reference.
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            // Tab indents a block; there is no completion to offer.
                            .option(LineReader.Option.INSERT_TAB, true)
                            // Indented lines of a block belong in the history too.
                            .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                            .build();
            // Ctrl-C while code runs stops that code, not the session (while a line is read, JLine handles it).
            terminal.handle(Terminal.Signal.INT, signal -> interruptRunningCode());
            try {
                return loop(reader, terminal);
            } finally {
                reader.getHistory().save();
            }
        }
    }

    private int loop(LineReader reader, Terminal terminal) {
        while (true) {
            String input;
            try {
                input = readInput(reader);
            } catch (UserInterruptException e) {
                terminal.writer().println("KeyboardInterrupt");
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (input == null) {
                continue;
            }
            try {
                context.eval(Source.newBuilder(JaxlMain.LANGUAGE_ID, input, SOURCE_NAME).interactive(true).buildLiteral());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                System.out.flush();
                if (e.isInterrupted()) {
                    System.err.println("KeyboardInterrupt");
                } else {
                    GuestErrors.report(e, System.err);
                }
            }
        }
    }

    /**
     * Reads one statement, asking for more lines while the language says the input is incomplete
     * (inside a bracket, a string or a block header) or while the last line is indented, since an
     * indented block may go on until an empty line ends it. Returns {@code null} for a blank line.
     */
    private String readInput(LineReader reader) {
        String first = reader.readLine(PROMPT);
        if (first.isBlank()) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(first));
        while (true) {
            String source = String.join("\n", lines) + "\n";
            boolean incomplete = isIncomplete(source);
            String last = lines.getLast();
            boolean blockMayContinue = lines.size() > 1 && !last.isBlank() && Character.isWhitespace(last.charAt(0));
            if (!incomplete && !blockMayContinue) {
                return source;
            }
            String next = reader.readLine(CONTINUATION_PROMPT);
            if (next.isBlank() && !incomplete) {
                return source;
            }
            lines.add(next);
        }
    }

    private void interruptRunningCode() {
        try {
            context.interrupt(INTERRUPT_TIMEOUT);
        } catch (TimeoutException e) {
            System.err.println("jaxl: the running code did not stop within " + INTERRUPT_TIMEOUT.toSeconds() + " s");
        }
    }

    /** Parses without running; any error other than incomplete input is left for the run to report. */
    private boolean isIncomplete(String source) {
        try {
            context.parse(Source.newBuilder(JaxlMain.LANGUAGE_ID, source, SOURCE_NAME).interactive(true).buildLiteral());
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        }
    }
}
