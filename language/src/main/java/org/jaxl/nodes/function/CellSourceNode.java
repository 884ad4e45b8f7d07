package org.jaxl.nodes.function;

import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PFunction;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Where a nested function's closure cell comes from: a cell slot of this frame, or this function's own closure. */
public final class CellSourceNode extends Node {
    private final int slot;
    private final int freeIndex;

    private CellSourceNode(int slot, int freeIndex) {
        this.slot = slot;
        this.freeIndex = freeIndex;
    }

    public static CellSourceNode fromSlot(int slot) {
        return new CellSourceNode(slot, -1);
    }

    public static CellSourceNode fromClosure(int index) {
        return new CellSourceNode(-1, index);
    }

    public PCell getCell(VirtualFrame frame) {
        if (slot >= 0) {
            return (PCell) frame.getObject(slot);
        }
        return ((PFunction) frame.getArguments()[0]).getClosure()[freeIndex];
    }
}
