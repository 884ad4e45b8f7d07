package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.Interop;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code with manager [as target]: body} for one context manager; several items nest. */
public final class WithNode extends JaxlStatementNode {
    @Child private JaxlExpressionNode manager;
    @Child private WriteTarget target;
    @Child private JaxlStatementNode body;

    public WithNode(JaxlExpressionNode manager, WriteTarget target, JaxlStatementNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.executeGeneric(frame);
        Object exit = exitMethod(mgr);
        Object value = enter(mgr);
        if (target != null) {
            target.executeWrite(frame, value);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            if (!exitWithException(exit, e)) {
                throw e;
            }
            return;
        } catch (AbstractTruffleException foreign) {
            PException e = Interop.foreignError(foreign, this);
            if (e == null || !exitWithException(exit, e)) {
                throw foreign;
            }
            return;
        } catch (ControlFlowException e) {
            exitNormally(exit);
            throw e;
        }
        exitNormally(exit);
    }

    @TruffleBoundary
    private Object exitMethod(Object mgr) {
        if (PyObjects.classOf(mgr).lookup("__enter__") == null) {
            throw PyErrors.typeError(this, "'" + PyObjects.typeName(mgr) + "' object does not support the context manager protocol");
        }
        Object exit = PyObjects.getAttributeOrNull(mgr, "__exit__");
        if (exit == null) {
            throw PyErrors.typeError(this, "'" + PyObjects.typeName(mgr) + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return exit;
    }

    @TruffleBoundary
    private Object enter(Object mgr) {
        return PyObjects.call(PyObjects.getAttribute(mgr, "__enter__", this));
    }

    @TruffleBoundary
    private static void exitNormally(Object exit) {
        PyObjects.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    @TruffleBoundary
    private static boolean exitWithException(Object exit, PException e) {
        try {
            return PyObjects.isTrue(PyObjects.call(exit, e.getException().getPClass(), e.getException(), PNone.NONE));
        } catch (PException raised) {
            raised.setContextIfUnset(e);
            throw raised;
        }
    }
}
