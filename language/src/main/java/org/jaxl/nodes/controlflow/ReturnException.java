package org.jaxl.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the function root with the value of a {@code return} statement. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object result;

    public ReturnException(Object result) {
        this.result = result;
    }

    public Object getResult() {
        return result;
    }
}
