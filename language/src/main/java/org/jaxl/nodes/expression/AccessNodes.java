package org.jaxl.nodes.expression;

import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.call.InvokeNode;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.runtime.CachedClassAttribute;
import org.jaxl.runtime.Calls;
import org.jaxl.runtime.GlobalCell;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PMethod;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PSlice;
import org.jaxl.runtime.PObject;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyObjects;
import org.jaxl.runtime.PythonClasses;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** Attribute and item access: {@code o.name}, {@code o[key]}, slices, and their assignment forms. */
public final class AccessNodes {
    private AccessNodes() {
    }

    /**
     * {@code o.name}. Instances of Jaxl classes read their attributes through shape-checked
     * caches and their class's binding of the name through a cached lookup, valid while the
     * classes of the MRO keep that binding; methods of lists, dicts, strings and tuples are
     * cached the same way; module attributes read their cell. Anything else, and every case the
     * caches do not cover (special attributes, {@code __getattr__}, errors), takes Python's
     * generic lookup.
     */
    @NodeChild("object")
    public abstract static class GetAttributeNode extends JaxlExpressionNode {
        static final int CACHE_LIMIT = 3;

        protected final String name;

        protected GetAttributeNode(String name) {
            this.name = name;
        }

        @Specialization(guards = {"object.getPClass() == cachedClass", "attribute != null"}, assumptions = "attribute.assumptions()", limit = "CACHE_LIMIT")
        protected Object doInstance(PObject object,
                        @Cached("object.getPClass()") PClass cachedClass,
                        @Cached("lookUp(cachedClass)") CachedClassAttribute attribute,
                        @CachedLibrary("object") DynamicObjectLibrary objects,
                        @Cached InvokeNode propertyGetter) {
            if (attribute.kind() == CachedClassAttribute.Kind.PROPERTY) {
                return propertyGetter.execute(attribute.descriptor(), new Object[]{object}, Calls.NO_KEYWORDS, Calls.NO_VALUES);
            }
            Object own = objects.getOrDefault(object, name, null);
            if (own != null) {
                return own;
            }
            return switch (attribute.kind()) {
                case METHOD -> new PMethod(object, attribute.descriptor());
                case CLASS_METHOD -> new PMethod(cachedClass, attribute.descriptor());
                case STATIC_METHOD, VALUE -> attribute.descriptor();
                default -> generic(object);
            };
        }

        /** A method of a built-in value whose Java class fixes its Python class (list, dict, str, tuple). */
        @Specialization(guards = {"object.getClass() == cachedJavaClass", "method != null"}, assumptions = "method.assumptions()", limit = "CACHE_LIMIT")
        protected Object doBuiltinMethod(Object object,
                        @Cached("object.getClass()") Class<?> cachedJavaClass,
                        @Cached("lookUpBuiltinMethod(object)") CachedClassAttribute method) {
            return new PMethod(object, method.descriptor());
        }

        @Specialization(guards = "module == cachedModule", limit = "CACHE_LIMIT")
        protected Object doModule(PModule module,
                        @Cached("module") PModule cachedModule,
                        @Cached("module.cell(name)") GlobalCell cell) {
            Object v = cell.value;
            return v != null ? v : generic(module);
        }

        @Specialization(replaces = {"doInstance", "doBuiltinMethod", "doModule"})
        protected Object doGeneric(Object object) {
            return generic(object);
        }

        @TruffleBoundary
        protected final Object generic(Object o) {
            return PyObjects.getAttribute(o, name, this);
        }

        protected final CachedClassAttribute lookUp(PClass cls) {
            return CachedClassAttribute.lookup(cls, name);
        }

        /** The cached method binding for a list, dict, str or tuple receiver, or null. */
        protected final CachedClassAttribute lookUpBuiltinMethod(Object object) {
            if (!(object instanceof PList || object instanceof PDict || object instanceof String || object instanceof PTuple)) {
                return null;
            }
            CachedClassAttribute a = CachedClassAttribute.lookup(PyObjects.classOf(object), name);
            return a != null && a.kind() == CachedClassAttribute.Kind.METHOD ? a : null;
        }
    }

    /** Stores {@code o.name = value}: instances of Jaxl classes without {@code __setattr__} or a property for the name inline. */
    public abstract static class StoreAttributeNode extends Node {
        protected final String name;

        protected StoreAttributeNode(String name) {
            this.name = name;
        }

        public abstract void execute(Object o, Object value);

        @Specialization(guards = {"object.getPClass() == cachedClass", "assumptions != null"}, assumptions = "assumptions", limit = "3")
        protected void doInstance(PObject object, Object value,
                        @Cached("object.getPClass()") PClass cachedClass,
                        @Cached(value = "plainStoreAssumptions(cachedClass)", dimensions = 1) Assumption[] assumptions,
                        @CachedLibrary("object") DynamicObjectLibrary objects) {
            objects.put(object, name, value);
        }

        @Specialization(replaces = "doInstance")
        protected void doGeneric(Object o, Object value) {
            set(o, value);
        }

        @TruffleBoundary
        private void set(Object o, Object value) {
            PyObjects.setAttribute(o, name, value, this);
        }

        /**
         * The assumptions under which {@code instance.name = v} just stores into the instance:
         * the class has no {@code __setattr__} of its own and no property named {@code name}; null
         * when that is not so or not worth caching.
         */
        @TruffleBoundary
        protected final Assumption[] plainStoreAssumptions(PClass cls) {
            CachedClassAttribute setattr = CachedClassAttribute.lookup(cls, "__setattr__");
            CachedClassAttribute attribute = CachedClassAttribute.lookup(cls, name);
            PythonClasses classes = PythonClasses.get(this);
            if (setattr == null || attribute == null || cls == classes.object || setattr.descriptor() != classes.object.getOwn("__setattr__")
                            || attribute.kind() == CachedClassAttribute.Kind.PROPERTY) {
                return null;
            }
            Assumption[] out = new Assumption[setattr.assumptions().length + attribute.assumptions().length];
            System.arraycopy(setattr.assumptions(), 0, out, 0, setattr.assumptions().length);
            System.arraycopy(attribute.assumptions(), 0, out, setattr.assumptions().length, attribute.assumptions().length);
            return out;
        }
    }

    public static final class SetAttributeNode extends JaxlExpressionNode implements WriteTarget {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode value;
        @Child private StoreAttributeNode store;

        public SetAttributeNode(JaxlExpressionNode object, String name, JaxlExpressionNode value) {
            this.object = object;
            this.value = value;
            this.store = AccessNodesFactory.StoreAttributeNodeGen.create(name);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            executeWrite(frame, v);
            return v;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object v) {
            store.execute(object.executeGeneric(frame), v);
        }
    }

    /** {@code o[key]}: list and tuple elements by int index inline, everything else through Python's protocol. */
    @NodeChild("object")
    @NodeChild("key")
    public abstract static class GetItemNode extends JaxlExpressionNode {
        @Specialization(guards = "isInBounds(index, list.size())")
        protected static Object doList(PList list, long index) {
            return list.get((int) (index < 0 ? index + list.size() : index));
        }

        @Specialization(guards = "isInBounds(index, tuple.size())")
        protected static Object doTuple(PTuple tuple, long index) {
            return tuple.get((int) (index < 0 ? index + tuple.size() : index));
        }

        @Fallback
        @TruffleBoundary
        protected Object doGeneric(Object o, Object k) {
            return PyObjects.getItem(o, k, this);
        }

        protected static boolean isInBounds(long index, int size) {
            return inBounds(index, size);
        }
    }

    /** True when {@code index} (negative counts from the end) is within a sequence of {@code size}. */
    static boolean inBounds(long index, int size) {
        return index < size && index >= -size;
    }

    /** Stores {@code o[key] = value}: list elements by int index inline, everything else through Python's protocol. */
    public abstract static class StoreItemNode extends Node {
        public abstract void execute(Object o, Object key, Object value);

        @Specialization(guards = "isInBounds(index, list.size())")
        protected static void doList(PList list, long index, Object value) {
            list.set((int) (index < 0 ? index + list.size() : index), value);
        }

        @Fallback
        @TruffleBoundary
        protected void doGeneric(Object o, Object k, Object value) {
            PyObjects.setItem(o, k, value, this);
        }

        protected static boolean isInBounds(long index, int size) {
            return inBounds(index, size);
        }
    }

    public static final class SetItemNode extends JaxlExpressionNode implements WriteTarget {
        @Child private JaxlExpressionNode object;
        @Child private JaxlExpressionNode key;
        @Child private JaxlExpressionNode value;
        @Child private StoreItemNode store = AccessNodesFactory.StoreItemNodeGen.create();

        public SetItemNode(JaxlExpressionNode object, JaxlExpressionNode key, JaxlExpressionNode value) {
            this.object = object;
            this.key = key;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            executeWrite(frame, v);
            return v;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object v) {
            Object o = object.executeGeneric(frame);
            store.execute(o, key.executeGeneric(frame), v);
        }
    }

    /** {@code lower:upper:step} in a subscript. */
    public static final class SliceNode extends JaxlExpressionNode {
        @Child private JaxlExpressionNode lower;
        @Child private JaxlExpressionNode upper;
        @Child private JaxlExpressionNode step;

        public SliceNode(JaxlExpressionNode lower, JaxlExpressionNode upper, JaxlExpressionNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object l = lower == null ? PNone.NONE : lower.executeGeneric(frame);
            Object u = upper == null ? PNone.NONE : upper.executeGeneric(frame);
            Object s = step == null ? PNone.NONE : step.executeGeneric(frame);
            return new PSlice(l, u, s);
        }
    }
}
