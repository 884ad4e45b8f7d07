package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.runtime.Classes;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.PBaseException;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code raise}, {@code raise exc} and {@code raise exc from cause}. */
public final class RaiseNode extends JaxlStatementNode {
    @Child private JaxlExpressionNode exception;
    @Child private JaxlExpressionNode cause;
    /** Slot of the exception being handled by an enclosing {@code except}, or -1 outside handlers. */
    private final int currentExceptionSlot;

    public RaiseNode(JaxlExpressionNode exception, JaxlExpressionNode cause, int currentExceptionSlot) {
        this.exception = exception;
        this.cause = cause;
        this.currentExceptionSlot = currentExceptionSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object handled = currentExceptionSlot >= 0 ? frame.getObject(currentExceptionSlot) : null;
        if (exception == null) {
            if (handled instanceof PException e) {
                throw e;
            }
            throw PyErrors.create(this, "RuntimeError", "No active exception to reraise");
        }
        Object exc = exception.executeGeneric(frame);
        Object c = cause == null ? null : cause.executeGeneric(frame);
        throw raise(exc, c, handled);
    }

    @TruffleBoundary
    private PException raise(Object exc, Object c, Object handled) {
        PBaseException e = toException(exc, "exceptions must derive from BaseException");
        if (c != null) {
            e.setCause(c == PNone.NONE ? PNone.NONE : toException(c, "exception causes must derive from BaseException"));
        }
        if (handled instanceof PException h && h.getException() != e) {
            e.setContext(h.getException());
        }
        return new PException(e, this);
    }

    private PBaseException toException(Object o, String message) {
        if (o instanceof PBaseException e) {
            return e;
        }
        if (o instanceof PClass cls && cls.getLayout() == PClass.Layout.EXCEPTION) {
            Object instance = Classes.instantiate(cls, new Object[0], Calls.NO_KEYWORDS, Calls.NO_VALUES, this);
            if (instance instanceof PBaseException e) {
                return e;
            }
        }
        throw PyErrors.typeError(this, message);
    }
}
