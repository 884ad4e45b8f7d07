package org.jaxl.nodes;

import org.jaxl.interop.LocalScope;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of every Jaxl node that stands for source code: it knows its source range (as a
 * character index and length into its root's source, as SimpleLanguage stores it) and answers
 * the standard tags so debuggers, profilers and coverage tools work on Jaxl code unchanged.
 */
@NodeInfo(language = "Jaxl", description = "A Jaxl statement")
@GenerateWrapper
@ExportLibrary(NodeLibrary.class)
public abstract class JaxlStatementNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    private boolean hasStatementTag;
    private boolean hasRootTag;

    /** Runs the node for its effect. */
    public abstract void executeVoid(VirtualFrame frame);

    @Override
    public final SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        Source source = sourceOf(this);
        if (source == null) {
            return null;
        }
        return source.createSection(sourceCharIndex, sourceLength);
    }

    private static Source sourceOf(Node node) {
        com.oracle.truffle.api.nodes.RootNode root = node.getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        return rootSection == null ? null : rootSection.getSource();
    }

    public final boolean hasSource() {
        return sourceCharIndex != NO_SOURCE;
    }

    public final int getSourceCharIndex() {
        return sourceCharIndex;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    /** Sets the source range; the builder calls this once per node. */
    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    public final void addStatementTag() {
        hasStatementTag = true;
    }

    public final void addRootTag() {
        hasRootTag = true;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.StatementTag.class) {
            return hasStatementTag;
        }
        if (tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class) {
            return hasRootTag;
        }
        return false;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new JaxlStatementNodeWrapper(this, probe);
    }

    /** The debugger's view of the locals where this node runs: the named slots of the function's frame. */
    @ExportMessage
    boolean hasScope(Frame frame) {
        return frame != null;
    }

    @ExportMessage
    Object getScope(Frame frame, boolean nodeEnter) {
        return new LocalScope(frame, getRootNode().getName());
    }
}
