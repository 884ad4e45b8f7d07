package org.jaxl.parser;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A syntax error as embedders and the launcher see it: a parse error with the source range of the
 * caret (empty when CPython prints no caret), a message in CPython's form
 * ({@code SyntaxError: invalid syntax}), and the incomplete-source flag the REPL uses to ask for
 * more lines.
 */
@ExportLibrary(InteropLibrary.class)
public final class JaxlSyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient SourceSection section;
    private final boolean incomplete;
    private final String pythonType;
    private final String detail;

    private JaxlSyntaxError(String pythonType, String detail, SourceSection section, boolean incomplete) {
        super(pythonType + ": " + detail);
        this.pythonType = pythonType;
        this.detail = detail;
        this.section = section;
        this.incomplete = incomplete;
    }

    public static JaxlSyntaxError create(Source source, SyntaxErrorInfo info) {
        int length = source.getLength();
        int start = Math.max(0, Math.min(info.start(), length));
        int len = Math.max(0, Math.min(info.length(), length - start));
        return new JaxlSyntaxError(info.pythonType(), info.getMessage(), source.createSection(start, len), info.incomplete());
    }

    /** {@code SyntaxError} or {@code IndentationError}. */
    public String getPythonType() {
        return pythonType;
    }

    /** The message without the type name. */
    public String getDetail() {
        return detail;
    }

    public SourceSection getSection() {
        return section;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incomplete;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection getSourceLocationMessage() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
