package org.jaxl.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop on {@code break}. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException SINGLETON = new BreakException();

    private BreakException() {
    }
}
