package org.jaxl.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInterface;

/** Something an assignment can store into: a variable, an attribute, an item or an unpacking pattern. */
public interface WriteTarget extends NodeInterface {
    void executeWrite(VirtualFrame frame, Object value);
}
