package org.jaxl.runtime;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A raised Jaxl exception on its way up the Java stack. It carries the exception object; its
 * message is CPython's last traceback line ({@code ValueError: msg}), which is what
 * {@code PolyglotException.getMessage()} shows to embedders and the launcher.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PBaseException exception;

    public PException(PBaseException exception, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.exception = exception;
        exception.setLastRaise(this);
    }

    public PBaseException getException() {
        return exception;
    }

    /**
     * Records that this exception was raised while {@code handled} was being handled (in an
     * {@code except} or {@code finally} block, or in {@code __exit__}): its {@code __context__},
     * unless it has one already or that would make the chain a cycle, as CPython does.
     */
    @TruffleBoundary
    public void setContextIfUnset(PException handled) {
        PBaseException h = handled.getException();
        if (h == exception || exception.getContext() != PNone.NONE) {
            return;
        }
        for (Object c = h; c instanceof PBaseException link; c = link.getContext()) {
            if (link == exception) {
                return;
            }
        }
        exception.setContext(h);
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return PyObjects.exceptionLine(exception);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return isSystemExit() ? ExceptionType.EXIT : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() {
        Object[] args = exception.getArgs().items();
        if (args.length == 0 || args[0] == PNone.NONE) {
            return 0;
        }
        if (args[0] instanceof Long l) {
            return (int) (long) l;
        }
        if (args[0] instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 1;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return JaxlLanguage.class;
    }

    /** The exception object's repr, {@code ValueError('boom')}. */
    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return Interop.displayString(exception, allowSideEffects);
    }

    /** The Jaxl exception class, so that embedders can tell a {@code ValueError} from a {@code TypeError}. */
    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return exception.getPClass();
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    /**
     * Where the exception was raised, as the embedder should see it: the innermost place in user
     * code, as JAX's traceback filtering shows it. An error that Jaxl's own library (the internal
     * sources of {@code jax.numpy} and friends) or a built-in raised is reported at the user's
     * call that led to it; only when no user code is on the stack (an error while the library
     * loads) does the library's own location stand.
     */
    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return sourceLocation() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection section = sourceLocation();
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    private SourceSection sourceLocation() {
        SourceSection raised = sectionOf(getLocation());
        if (raised != null && !raised.getSource().isInternal()) {
            return raised;
        }
        SourceSection library = raised;
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(this)) {
            SourceSection callSite = sectionOf(element.getLocation());
            if (callSite != null && !callSite.getSource().isInternal()) {
                return callSite;
            }
            library = library == null ? callSite : library;
        }
        return library;
    }

    private static SourceSection sectionOf(Node node) {
        SourceSection section = node == null ? null : node.getEncapsulatingSourceSection();
        return section != null && section.isAvailable() ? section : null;
    }

    @TruffleBoundary
    private boolean isSystemExit() {
        return exception.getPClass().isSubclassOf(PythonClasses.get().exception("SystemExit"));
    }
}
