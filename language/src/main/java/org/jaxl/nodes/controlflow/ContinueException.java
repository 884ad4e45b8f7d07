package org.jaxl.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop's next iteration on {@code continue}. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException SINGLETON = new ContinueException();

    private ContinueException() {
    }
}
