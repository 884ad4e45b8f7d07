package org.jaxl.jit;

import org.jaxl.trace.ClosedJaxpr;

/** One compiled specialization of a jitted function: its traced jaxpr and output structure. */
final class JitEntry {
    final ClosedJaxpr jaxpr;
    final PyTreeDef outTree;

    JitEntry(ClosedJaxpr jaxpr, PyTreeDef outTree) {
        this.jaxpr = jaxpr;
        this.outTree = outTree;
    }
}
