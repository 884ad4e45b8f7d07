package org.jaxl.nodes;

import org.jaxl.JaxlLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** Base of Jaxl's root nodes: a name for stack traces and the source range of the whole unit. */
public abstract class JaxlRootNode extends RootNode {
    private final String name;
    private final SourceSection sourceSection;

    protected JaxlRootNode(JaxlLanguage language, FrameDescriptor descriptor, String name, SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.sourceSection = sourceSection;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isInternal() {
        return sourceSection == null || sourceSection.getSource().isInternal();
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "root " + name;
    }
}
