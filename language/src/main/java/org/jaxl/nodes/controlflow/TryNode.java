package org.jaxl.nodes.controlflow;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.Interop;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PException;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** {@code try} with {@code except} handlers, {@code else} and {@code finally}. */
public final class TryNode extends JaxlStatementNode {
    @Child private JaxlStatementNode body;
    @Children private final HandlerNode[] handlers;
    @Child private JaxlStatementNode orElse;
    @Child private JaxlStatementNode finalBody;

    public TryNode(JaxlStatementNode body, HandlerNode[] handlers, JaxlStatementNode orElse, JaxlStatementNode finalBody) {
        this.body = body;
        this.handlers = handlers;
        this.orElse = orElse;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (finalBody == null) {
            tryAndHandle(frame);
            return;
        }
        PException pending = null;
        try {
            tryAndHandle(frame);
        } catch (PException e) {
            pending = e;
        } finally {
            // Normal completion, return/break/continue, or a Java error: the finally block runs.
            if (pending == null) {
                finalBody.executeVoid(frame);
            }
        }
        if (pending != null) {
            try {
                finalBody.executeVoid(frame);
            } catch (PException raised) {
                raised.setContextIfUnset(pending);
                throw raised;
            }
            throw pending;
        }
    }

    private void tryAndHandle(VirtualFrame frame) {
        boolean raised = false;
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            raised = true;
            if (!handle(frame, e)) {
                throw e;
            }
        } catch (AbstractTruffleException foreign) {
            // Another language's exception: handled as a RuntimeError, else it goes on as itself.
            raised = true;
            PException e = Interop.foreignError(foreign, this);
            if (e == null || !handle(frame, e)) {
                throw foreign;
            }
        }
        if (!raised && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private boolean handle(VirtualFrame frame, PException e) {
        for (HandlerNode h : handlers) {
            if (h.matches(frame, e)) {
                h.run(frame, e);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.TryBlockTag.class || super.hasTag(tag);
    }

    /** One {@code except [Type [as name]]:} clause. */
    public static final class HandlerNode extends Node {
        @Child private JaxlExpressionNode type;
        @Child private WriteTarget name;
        @Child private JaxlStatementNode body;
        @Child private JaxlStatementNode unbindName;
        /** Frame slot holding the exception being handled, for a bare {@code raise}. */
        private final int currentExceptionSlot;

        public HandlerNode(JaxlExpressionNode type, WriteTarget name, JaxlStatementNode unbindName, JaxlStatementNode body, int currentExceptionSlot) {
            this.type = type;
            this.name = name;
            this.unbindName = unbindName;
            this.body = body;
            this.currentExceptionSlot = currentExceptionSlot;
        }

        boolean matches(VirtualFrame frame, PException e) {
            if (type == null) {
                return true;
            }
            return matchesType(type.executeGeneric(frame), e.getException().getPClass());
        }

        @TruffleBoundary
        private boolean matchesType(Object t, PClass cls) {
            if (t instanceof PClass c) {
                checkExceptionClass(c);
                return cls.isSubclassOf(c);
            }
            if (t instanceof PTuple tuple) {
                for (Object x : tuple.items()) {
                    if (matchesType(x, cls)) {
                        return true;
                    }
                }
                return false;
            }
            throw PyErrors.typeError(this, "catching classes that do not inherit from BaseException is not allowed");
        }

        private void checkExceptionClass(PClass c) {
            if (c.getLayout() != PClass.Layout.EXCEPTION) {
                throw PyErrors.typeError(this, "catching classes that do not inherit from BaseException is not allowed");
            }
        }

        void run(VirtualFrame frame, PException e) {
            Object saved = frame.getObject(currentExceptionSlot);
            frame.setObject(currentExceptionSlot, e);
            try {
                if (name != null) {
                    name.executeWrite(frame, e.getException());
                }
                body.executeVoid(frame);
            } catch (PException raised) {
                raised.setContextIfUnset(e);
                throw raised;
            } finally {
                frame.setObject(currentExceptionSlot, saved);
                if (unbindName != null) {
                    unbindName.executeVoid(frame);
                }
            }
        }
    }
}
