package org.jaxl.nodes.controlflow;

import org.jaxl.runtime.PIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Advances an iterator, specialized on the iterator's exact class so compiled loops inline the step. */
public abstract class IteratorNextNode extends Node {
    /** The next element, or null at the end. */
    public abstract Object execute(PIterator iterator);

    @Specialization
    protected static Object doList(PIterator.ListIterator it) {
        return it.next();
    }

    @Specialization
    protected static Object doArray(PIterator.ArrayIterator it) {
        return it.next();
    }

    @Specialization
    protected static Object doRange(PIterator.RangeIterator it) {
        return it.next();
    }

    @Specialization(replaces = {"doList", "doArray", "doRange"})
    @TruffleBoundary
    protected static Object doGeneric(PIterator it) {
        return it.next();
    }
}
