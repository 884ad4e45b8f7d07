package org.jaxl.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/**
 * Reports a {@link PolyglotException} that reached the launcher the way CPython reports an
 * uncaught exception, and says which exit status it means.
 */
public final class GuestErrors {

    /** The status of a program that ended with an uncaught exception, as in CPython. */
    public static final int EXIT_UNCAUGHT_EXCEPTION = 1;
    /** {@code EX_SOFTWARE} from sysexits.h: an error inside Jaxl itself, to be reported as a bug. */
    public static final int EXIT_INTERNAL_ERROR = 70;

    private static final String TOP_LEVEL = "<module>";

    private GuestErrors() {
    }

    /** Whether {@code e} is the guest's own error (not an exit, not a failure of Jaxl or of Java). */
    public static boolean isUserError(PolyglotException e) {
        return e.isGuestException() && !e.isExit();
    }

    /**
     * Prints {@code e} to {@code err} (a traceback, a syntax error, or for an internal error the
     * Java stack trace) and returns the exit status it means for the program.
     */
    public static int report(PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (!e.isGuestException()) {
            return reportInternalError(e, err);
        }
        err.print(e.isSyntaxError() ? syntaxError(e) : traceback(e));
        err.flush();
        return EXIT_UNCAUGHT_EXCEPTION;
    }

    /** Prints the Java stack trace of a failure inside Jaxl (or the JVM) and returns {@link #EXIT_INTERNAL_ERROR}. */
    public static int reportInternalError(Throwable t, PrintStream err) {
        err.println("Internal error in Jaxl; please report it with the Java stack trace below.");
        t.printStackTrace(err);
        return EXIT_INTERNAL_ERROR;
    }

    static String traceback(PolyglotException e) {
        List<Traceback.Frame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection location = frame.getSourceLocation();
            if (!frame.isGuestFrame() || location == null || !JaxlMain.LANGUAGE_ID.equals(frame.getLanguage().getId())) {
                continue;
            }
            String rootName = frame.getRootName();
            String function = rootName == null || rootName.isEmpty() ? TOP_LEVEL : rootName;
            Source source = location.getSource();
            int line = location.getStartLine();
            String text = source.hasCharacters() ? source.getCharacters(line).toString() : null;
            frames.add(new Traceback.Frame(source.getName(), line, function, text));
        }
        Collections.reverse(frames);
        return Traceback.format(frames, e.getMessage());
    }

    static String syntaxError(PolyglotException e) {
        SourceSection location = e.getSourceLocation();
        if (location == null) {
            return e.getMessage() + "\n";
        }
        Source source = location.getSource();
        int line = location.getStartLine();
        String text = source.hasCharacters() && line <= source.getLineCount() ? source.getCharacters(line).toString() : null;
        int start = location.getStartColumn();
        int end = location.getEndLine() == line && location.getCharLength() > 0 ? location.getEndColumn() + 1 : start + 1;
        return Traceback.formatSyntaxError(source.getName(), line, text, start, end, e.getMessage());
    }
}
