package org.jaxl.nodes.function;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.PCell;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.Signature;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * Creates a function object when a {@code def} or {@code lambda} is executed: evaluates the
 * defaults and captures the closure cells; the code (call target) was built at parse time.
 */
public final class MakeFunctionNode extends JaxlExpressionNode {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    private final PModule module;
    private final int firstLine;
    @Children private final JaxlExpressionNode[] defaults;
    /** One per keyword-only parameter; null entries have no default. */
    @Children private final JaxlExpressionNode[] kwDefaults;
    @Children private final CellSourceNode[] closure;
    /** The docstring, or null. */
    private final String doc;

    public MakeFunctionNode(String name, String qualname, RootCallTarget callTarget, Signature signature, PModule module, int firstLine, JaxlExpressionNode[] defaults,
                    JaxlExpressionNode[] kwDefaults, CellSourceNode[] closure, String doc) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.module = module;
        this.firstLine = firstLine;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].executeGeneric(frame);
        }
        Object[] kwDefaultValues = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].executeGeneric(frame);
        }
        PCell[] cells = new PCell[closure.length];
        for (int i = 0; i < closure.length; i++) {
            cells[i] = closure[i].getCell(frame);
        }
        PFunction fn = new PFunction(name, qualname, callTarget, signature, defaultValues, kwDefaultValues, cells, module, firstLine);
        if (doc != null) {
            setDoc(fn, doc);
        }
        return fn;
    }

    @TruffleBoundary
    private static void setDoc(PFunction fn, String doc) {
        fn.getAttributes().put("__doc__", doc);
    }
}
