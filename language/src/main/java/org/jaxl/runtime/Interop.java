package org.jaxl.runtime;

import java.math.BigInteger;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The boundary with other languages: foreign primitives become Jaxl values on the way in, ints
 * too large for a long become {@link BigIntValue}s on the way out, and the interop messages that
 * every Jaxl object answers alike (display string, meta object, members, execution) are
 * implemented here once, as Python's own protocol: {@code repr}, {@code type}, {@code dir},
 * {@code getattr} and calls.
 */
public final class Interop {
    private Interop() {
    }

    /** A foreign value as Jaxl sees it: numbers, strings, booleans and null converted; other objects kept. */
    @TruffleBoundary
    public static Object toJaxl(Object o) {
        if (o instanceof BigIntValue big) {
            return big.value();
        }
        if (o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean) {
            return o;
        }
        if (o instanceof Integer i) {
            return (long) i;
        }
        if (o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Float f) {
            return (double) f;
        }
        if (o instanceof Character c) {
            return String.valueOf(c);
        }
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return o;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.isNull(o)) {
                return PNone.NONE;
            }
            if (interop.isBoolean(o)) {
                return interop.asBoolean(o);
            }
            if (interop.isString(o)) {
                return interop.asString(o);
            }
            if (interop.isNumber(o)) {
                if (interop.fitsInLong(o)) {
                    return interop.asLong(o);
                }
                if (interop.fitsInDouble(o)) {
                    return interop.asDouble(o);
                }
                if (interop.fitsInBigInteger(o)) {
                    return PyArith.normalize(interop.asBigInteger(o));
                }
            }
        } catch (UnsupportedMessageException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }

    /**
     * A foreign array (a Java array or {@code List}, a JavaScript or Python list, a typed array)
     * as nested Jaxl lists of Jaxl values, the form {@code jnp.array} takes Python data in;
     * anything else is returned as it is.
     */
    @TruffleBoundary
    public static Object foreignArrayToList(Object o) {
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return o;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        if (!interop.hasArrayElements(o)) {
            return toJaxl(o);
        }
        try {
            long size = interop.getArraySize(o);
            Object[] items = new Object[Math.toIntExact(size)];
            for (int i = 0; i < items.length; i++) {
                items[i] = foreignArrayToList(toJaxl(interop.readArrayElement(o, i)));
            }
            return new PList(items);
        } catch (InteropException e) {
            throw PyErrors.typeError(null, "cannot read the foreign array " + PyObjects.repr(o) + ": " + e.getMessage());
        }
    }

    /**
     * A Jaxl value handed to another language. Every Jaxl value is an interop value already
     * ({@code None} is the interop null) except a {@link BigInteger}, which Truffle does not
     * accept as a primitive and which therefore travels as a {@link BigIntValue}.
     */
    public static Object toForeign(Object o) {
        if (o instanceof BigInteger big) {
            return new BigIntValue(big);
        }
        return o;
    }

    /**
     * What an {@code except} clause (or a {@code with} block's {@code __exit__}) sees of an
     * exception that another language's code threw through Jaxl code (a Java exception from a host
     * method or member, a JavaScript {@code Error}): a Jaxl {@code RuntimeError} naming the foreign
     * exception's type and message. Null for one that Jaxl code must not handle: an exit, an
     * interrupt of the context, or a parse error (a syntax error in a module being imported
     * stays the parse error the embedder sees). The foreign exception itself travels up the stack, so that one no
     * clause handles reaches the embedder as what it was ({@code PolyglotException.isHostException()}
     * for a host exception), as GraalVM's languages let host exceptions through.
     */
    @TruffleBoundary
    public static PException foreignError(AbstractTruffleException foreign, Node node) {
        InteropLibrary interop = InteropLibrary.getUncached();
        String text;
        try {
            ExceptionType type = interop.getExceptionType(foreign);
            if (type == ExceptionType.EXIT || type == ExceptionType.INTERRUPT || type == ExceptionType.PARSE_ERROR) {
                return null;
            }
            text = interop.hasExceptionMessage(foreign) ? interop.asString(interop.getExceptionMessage(foreign)) : String.valueOf(foreign.getMessage());
            if (interop.hasMetaObject(foreign)) {
                text = interop.asString(interop.getMetaQualifiedName(interop.getMetaObject(foreign))) + ": " + text;
            }
        } catch (UnsupportedMessageException e) {
            text = String.valueOf(foreign.getMessage());
        }
        return PyErrors.create(node, "RuntimeError", text);
    }

    /**
     * {@code o[key]} for a foreign value: an element of a foreign array (a negative index counts
     * from the end, as for a list) or the value of a foreign hash entry (a Java {@code Map}, a
     * JavaScript {@code Map}); null when {@code o} is no foreign value with either.
     */
    @TruffleBoundary
    public static Object getForeignItem(Object o, Object key, Node node) {
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return null;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.hasArrayElements(o)) {
                return toJaxl(interop.readArrayElement(o, foreignIndex(o, key, node)));
            }
            if (interop.hasHashEntries(o)) {
                return toJaxl(interop.readHashValue(o, toForeign(key)));
            }
        } catch (InvalidArrayIndexException e) {
            throw PyErrors.indexError(node, "foreign array index out of range");
        } catch (UnknownKeyException e) {
            throw PyErrors.keyError(node, key);
        } catch (UnsupportedMessageException e) {
            throw PyErrors.typeError(node, "cannot read item " + PyObjects.repr(key) + " of a foreign object");
        }
        return null;
    }

    /** {@code o[key] = value} for a foreign array or hash; false when {@code o} is no foreign value with either. */
    @TruffleBoundary
    public static boolean setForeignItem(Object o, Object key, Object value, Node node) {
        if (PyObjects.classOf(o) != PythonClasses.get().foreign) {
            return false;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.hasArrayElements(o)) {
                interop.writeArrayElement(o, foreignIndex(o, key, node), toForeign(value));
                return true;
            }
            if (interop.hasHashEntries(o)) {
                interop.writeHashEntry(o, toForeign(key), toForeign(value));
                return true;
            }
        } catch (InvalidArrayIndexException e) {
            throw PyErrors.indexError(node, "foreign array assignment index out of range");
        } catch (UnsupportedTypeException e) {
            throw PyErrors.typeError(node, "a foreign object cannot hold " + PyObjects.repr(value) + " at " + PyObjects.repr(key));
        } catch (InteropException e) {
            throw PyErrors.typeError(node, "'foreign' object does not support item assignment");
        }
        return false;
    }

    private static long foreignIndex(Object array, Object key, Node node) throws UnsupportedMessageException {
        if (!Sequences.isIndex(key)) {
            throw PyErrors.typeError(node, "foreign array indices must be integers, not " + PyObjects.typeName(key));
        }
        long i = PyObjects.indexAsLong(key, node);
        return i < 0 ? i + InteropLibrary.getUncached().getArraySize(array) : i;
    }

    /** The arguments of a call from another language, as Jaxl values. */
    @TruffleBoundary
    public static Object[] argumentsToJaxl(Object[] arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = toJaxl(arguments[i]);
        }
        return args;
    }

    /** {@code toDisplayString}: the value's {@code repr}, without running user {@code __repr__} methods when side effects are not allowed. */
    @TruffleBoundary
    public static String displayString(Object o, boolean allowSideEffects) {
        if (!allowSideEffects && o instanceof PObject && !(o instanceof PBaseException)) {
            return PyObjects.defaultRepr(o);
        }
        return PyObjects.repr(o);
    }

    /** {@code getMetaObject}: the value's Jaxl class, what {@code type(o)} returns. */
    @TruffleBoundary
    public static PClass metaObject(Object o) {
        return PyObjects.classOf(o);
    }

    /** Python's {@code callable(o)}. */
    @TruffleBoundary
    public static boolean isCallable(Object o) {
        return o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PClass || o instanceof PCallable
                        || PyObjects.classOf(o).lookup("__call__") != null;
    }

    /** Calls a Jaxl callable with arguments from another language. */
    @TruffleBoundary
    public static Object execute(Object callable, Object[] arguments) throws UnsupportedMessageException {
        if (!isCallable(callable)) {
            throw UnsupportedMessageException.create();
        }
        return toForeign(Calls.callGeneric(callable, argumentsToJaxl(arguments), Calls.NO_KEYWORDS, Calls.NO_VALUES, null));
    }

    /**
     * The names {@code dir(o)} lists, sorted; names with a leading underscore only when
     * {@code includeInternal} (they are Python's private and special names).
     */
    @TruffleBoundary
    public static PTuple memberNames(Object o, boolean includeInternal) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PModule m) {
            names.addAll(m.names());
        } else {
            if (o instanceof PObject p) {
                names.addAll(p.attributes().keySet());
            }
            PClass cls = o instanceof PClass c ? c : PyObjects.classOf(o);
            for (PClass c : cls.getMro()) {
                names.addAll(c.ownAttributeNames());
            }
        }
        if (!includeInternal) {
            names.removeIf(n -> n.startsWith("_"));
        }
        return new PTuple(names.toArray());
    }

    /**
     * Whether {@code o.name} exists: found without running code where it can be (module
     * globals, instance attributes, class attributes, so that a property whose getter raises is
     * still a member), else by {@code getattr}.
     */
    @TruffleBoundary
    public static boolean isMemberReadable(Object o, String name) {
        if (o instanceof PModule m) {
            return m.get(name) != null;
        }
        if (o instanceof PObject p && p.getAttribute(name) != null) {
            return true;
        }
        if ((o instanceof PClass c ? c : PyObjects.classOf(o)).lookup(name) != null) {
            return true;
        }
        try {
            return PyObjects.getAttributeOrNull(o, name) != null;
        } catch (PException e) {
            return false;
        }
    }

    /** {@code o.name} for another language. */
    @TruffleBoundary
    public static Object readMember(Object o, String name) throws UnknownIdentifierException {
        Object value = PyObjects.getAttributeOrNull(o, name);
        if (value == null) {
            throw UnknownIdentifierException.create(name);
        }
        return toForeign(value);
    }

    /** Whether {@code o.name} exists and is callable. */
    @TruffleBoundary
    public static boolean isMemberInvocable(Object o, String name) {
        try {
            Object value = PyObjects.getAttributeOrNull(o, name);
            return value != null && isCallable(value);
        } catch (PException e) {
            return false;
        }
    }

    /** {@code o.name(*arguments)} for another language. */
    @TruffleBoundary
    public static Object invokeMember(Object o, String name, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        Object value = PyObjects.getAttributeOrNull(o, name);
        if (value == null) {
            throw UnknownIdentifierException.create(name);
        }
        return execute(value, arguments);
    }

    /** {@code o.name = value} from another language. */
    @TruffleBoundary
    public static void writeMember(Object o, String name, Object value) {
        PyObjects.setAttribute(o, name, toJaxl(value), null);
    }
}
