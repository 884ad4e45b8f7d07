package org.jaxl.jit;

import org.jaxl.trace.ClosedJaxpr;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;

/** One compiled specialization of a jitted function: its traced jaxpr and output structure. */
final class JitEntry {
    final ClosedJaxpr jaxpr;
    final PyTreeDef outTree;
    /** The compiled executable for eager calls; built (and its compilation logged) on first eager call. */
    RootCallTarget callTarget;
    /** Valid while the entry is in the cache; call sites that inlined it deoptimize when it goes. */
    final Assumption valid = Truffle.getRuntime().createAssumption("jit cache entry");

    JitEntry(ClosedJaxpr jaxpr, PyTreeDef outTree) {
        this.jaxpr = jaxpr;
        this.outTree = outTree;
    }
}
