package org.jaxl.nodes.function;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.Classes;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PFunction;
import org.jaxl.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Executes a {@code class} statement: evaluates the bases, runs the body in a fresh namespace, creates the class. */
public final class MakeClassNode extends JaxlExpressionNode {
    private final String name;
    private final String qualname;
    private final String moduleName;
    @Children private final JaxlExpressionNode[] bases;
    /** Creates the body function (with its closure) to run with the namespace as argument. */
    @Child private MakeFunctionNode body;
    /** The docstring, or null. */
    private final String doc;

    public MakeClassNode(String name, String qualname, String moduleName, JaxlExpressionNode[] bases, MakeFunctionNode body, String doc) {
        this.name = name;
        this.qualname = qualname;
        this.moduleName = moduleName;
        this.bases = bases;
        this.body = body;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].executeGeneric(frame);
        }
        PFunction bodyFunction = (PFunction) body.executeGeneric(frame);
        return create(baseValues, bodyFunction);
    }

    @TruffleBoundary
    private PClass create(Object[] baseValues, PFunction bodyFunction) {
        PClass[] classes = new PClass[baseValues.length];
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PClass c)) {
                throw PyErrors.typeError(this, "bases must be types");
            }
            classes[i] = c;
        }
        PDict namespace = new PDict();
        namespace.put("__module__", moduleName);
        namespace.put("__qualname__", qualname);
        if (doc != null) {
            namespace.put("__doc__", doc);
        }
        bodyFunction.getCallTarget().call(bodyFunction, namespace);
        return Classes.create(name, moduleName, classes, namespace, this);
    }
}
