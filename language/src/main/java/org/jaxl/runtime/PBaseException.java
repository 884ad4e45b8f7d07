package org.jaxl.runtime;

/** An instance of {@code BaseException} or a subclass: its {@code args} and exception chaining. */
public final class PBaseException extends PObject {
    private PTuple args = PTuple.EMPTY;
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    /** The Truffle exception of the last raise, which carries the traceback. */
    private PException lastRaise;

    public PBaseException(PClass cls) {
        super(cls);
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public PException getLastRaise() {
        return lastRaise;
    }

    public void setLastRaise(PException lastRaise) {
        this.lastRaise = lastRaise;
    }
}
