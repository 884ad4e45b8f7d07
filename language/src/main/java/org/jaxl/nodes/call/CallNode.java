package org.jaxl.nodes.call;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A call expression {@code f(a, *b, k=c, **d)}: evaluates the callee and the arguments left to
 * right, expands {@code *}/{@code **} arguments, and hands over to {@link InvokeNode}.
 */
public final class CallNode extends JaxlExpressionNode {
    @Child private JaxlExpressionNode callee;
    @Children private final JaxlExpressionNode[] arguments;
    private final boolean[] starred;
    private final boolean anyStarred;
    private final String[] keywordNames;
    @Children private final JaxlExpressionNode[] keywordValues;
    /** {@code **mapping} arguments, merged after the named keywords. */
    @Children private final JaxlExpressionNode[] keywordMappings;
    @Child private InvokeNode invoke = InvokeNodeGen.create();

    public CallNode(JaxlExpressionNode callee, JaxlExpressionNode[] arguments, boolean[] starred, String[] keywordNames, JaxlExpressionNode[] keywordValues,
                    JaxlExpressionNode[] keywordMappings) {
        this.callee = callee;
        this.arguments = arguments;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.keywordMappings = keywordMappings;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object fn = callee.executeGeneric(frame);
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        if (anyStarred) {
            args = expandStarred(fn, args);
        }
        Object[] kwValues = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            kwValues[i] = keywordValues[i].executeGeneric(frame);
        }
        if (keywordMappings.length > 0) {
            Object[] mappings = new Object[keywordMappings.length];
            for (int i = 0; i < keywordMappings.length; i++) {
                mappings[i] = keywordMappings[i].executeGeneric(frame);
            }
            return callWithMappings(fn, args, kwValues, mappings);
        }
        return invoke.execute(fn, args, keywordNames, kwValues);
    }

    @TruffleBoundary
    private Object[] expandStarred(Object fn, Object[] values) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                if (!PyObjects.isIterable(values[i])) {
                    throw PyErrors.typeError(this, PyObjects.functionStr(fn) + " argument after * must be an iterable, not " + PyObjects.typeName(values[i]));
                }
                for (Object x : PyObjects.toArray(values[i], this)) {
                    out.add(x);
                }
            } else {
                out.add(values[i]);
            }
        }
        return out.toArray();
    }

    @TruffleBoundary
    private Object callWithMappings(Object fn, Object[] args, Object[] kwValues, Object[] mappings) {
        List<String> names = new ArrayList<>(List.of(keywordNames));
        List<Object> values = new ArrayList<>(List.of(kwValues));
        for (Object m : mappings) {
            PDict d;
            if (m instanceof PDict dict) {
                d = dict;
            } else {
                d = new PDict();
                Object keys = PyObjects.getAttributeOrNull(m, "keys");
                if (keys == null) {
                    throw PyErrors.typeError(this, PyObjects.functionStr(fn) + " argument after ** must be a mapping, not " + PyObjects.typeName(m));
                }
                for (Object k : PyObjects.toArray(PyObjects.call(keys), this)) {
                    d.put(k, PyObjects.getItem(m, k, this));
                }
            }
            for (Object[] e : d.entries()) {
                if (!(e[0] instanceof String key)) {
                    throw PyErrors.typeError(this, "keywords must be strings");
                }
                if (names.contains(key)) {
                    throw PyErrors.typeError(this, PyObjects.functionStr(fn) + " got multiple values for keyword argument '" + key + "'");
                }
                names.add(key);
                values.add(e[1]);
            }
        }
        return Calls.callGeneric(fn, args, names.toArray(new String[0]), values.toArray(), this);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
