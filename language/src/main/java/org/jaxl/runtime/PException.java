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
     * Where the exception was raised: its location, or for one a built-in raised (which has no
     * source), the innermost Jaxl code on the stack, the call that led to it.
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
        Node location = getLocation();
        if (location != null && location.getEncapsulatingSourceSection() != null) {
            return location.getEncapsulatingSourceSection();
        }
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(this)) {
            Node callSite = element.getLocation();
            SourceSection section = callSite == null ? null : callSite.getEncapsulatingSourceSection();
            if (section != null && section.isAvailable()) {
                return section;
            }
        }
        return null;
    }

    @TruffleBoundary
    private boolean isSystemExit() {
        return exception.getPClass().isSubclassOf(PythonClasses.get().exception("SystemExit"));
    }
}
