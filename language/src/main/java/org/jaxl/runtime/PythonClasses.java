package org.jaxl.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jaxl.JaxlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** The built-in classes of one Jaxl context: Python's types and its exception hierarchy. */
public final class PythonClasses {
    public final PClass object;
    public final PClass type;
    public final PClass int_;
    public final PClass bool;
    public final PClass float_;
    public final PClass complex;
    public final PClass str;
    public final PClass list;
    public final PClass tuple;
    public final PClass dict;
    public final PClass set;
    public final PClass frozenset;
    public final PClass noneType;
    public final PClass ellipsisType;
    public final PClass notImplementedType;
    public final PClass function;
    public final PClass builtinFunction;
    public final PClass method;
    public final PClass module;
    public final PClass range;
    public final PClass slice;
    public final PClass iterator;
    public final PClass property;
    public final PClass staticmethod;
    public final PClass classmethod;
    public final PClass baseException;
    public final PClass foreign;
    public final PClass superType;
    public final PClass dictKeys;
    public final PClass dictValues;
    public final PClass dictItems;
    private final Map<String, PClass> exceptions = new LinkedHashMap<>();
    private final Map<Class<?>, PClass> byJavaClass = new LinkedHashMap<>();
    /** The classes of iterators by their Python name ({@code list_iterator}, {@code generator}…), made on demand. */
    private final Map<String, PClass> iteratorClasses = new LinkedHashMap<>();

    public PythonClasses() {
        object = new PClass("object", "builtins", new PClass[0], PClass.Layout.OBJECT, true);
        type = builtin("type");
        int_ = builtin("int");
        bool = new PClass("bool", "builtins", new PClass[]{int_}, PClass.Layout.BUILTIN, true);
        float_ = builtin("float");
        complex = builtin("complex");
        str = builtin("str");
        list = builtin("list");
        tuple = builtin("tuple");
        dict = builtin("dict");
        set = builtin("set");
        frozenset = builtin("frozenset");
        noneType = builtin("NoneType");
        ellipsisType = builtin("ellipsis");
        notImplementedType = builtin("NotImplementedType");
        function = builtin("function");
        builtinFunction = builtin("builtin_function_or_method");
        method = builtin("method");
        module = builtin("module");
        range = builtin("range");
        slice = builtin("slice");
        iterator = builtin("iterator");
        property = builtin("property");
        staticmethod = builtin("staticmethod");
        classmethod = builtin("classmethod");
        foreign = builtin("foreign");
        superType = builtin("super");
        dictKeys = builtin("dict_keys");
        dictValues = builtin("dict_values");
        dictItems = builtin("dict_items");
        baseException = new PClass("BaseException", "builtins", new PClass[]{object}, PClass.Layout.EXCEPTION, true);
        exceptions.put("BaseException", baseException);
        exc("SystemExit", "BaseException");
        exc("KeyboardInterrupt", "BaseException");
        exc("GeneratorExit", "BaseException");
        exc("Exception", "BaseException");
        exc("StopIteration", "Exception");
        exc("ArithmeticError", "Exception");
        exc("ZeroDivisionError", "ArithmeticError");
        exc("OverflowError", "ArithmeticError");
        exc("FloatingPointError", "ArithmeticError");
        exc("AssertionError", "Exception");
        exc("AttributeError", "Exception");
        exc("BufferError", "Exception");
        exc("EOFError", "Exception");
        exc("ImportError", "Exception");
        exc("ModuleNotFoundError", "ImportError");
        exc("LookupError", "Exception");
        exc("IndexError", "LookupError");
        exc("KeyError", "LookupError");
        exc("MemoryError", "Exception");
        exc("NameError", "Exception");
        exc("UnboundLocalError", "NameError");
        exc("OSError", "Exception");
        exc("FileNotFoundError", "OSError");
        exc("PermissionError", "OSError");
        exc("RuntimeError", "Exception");
        exc("NotImplementedError", "RuntimeError");
        exc("RecursionError", "RuntimeError");
        exc("SyntaxError", "Exception");
        exc("IndentationError", "SyntaxError");
        exc("SystemError", "Exception");
        exc("TypeError", "Exception");
        exc("ValueError", "Exception");
        exc("UnicodeError", "ValueError");
        exc("Warning", "Exception");
        exc("UserWarning", "Warning");
        exc("DeprecationWarning", "Warning");
        exc("RuntimeWarning", "Warning");
        exc("FutureWarning", "Warning");
        byJavaClass.put(Long.class, int_);
        byJavaClass.put(java.math.BigInteger.class, int_);
        byJavaClass.put(Boolean.class, bool);
        byJavaClass.put(Double.class, float_);
        byJavaClass.put(PComplex.class, complex);
        byJavaClass.put(String.class, str);
        byJavaClass.put(PList.class, list);
        byJavaClass.put(PTuple.class, tuple);
        byJavaClass.put(PDict.class, dict);
        byJavaClass.put(PFunction.class, function);
        byJavaClass.put(PBuiltinFunction.class, builtinFunction);
        byJavaClass.put(PMethod.class, method);
        byJavaClass.put(PModule.class, module);
        byJavaClass.put(PRange.class, range);
        byJavaClass.put(PSlice.class, slice);
        byJavaClass.put(PClass.class, type);
        byJavaClass.put(PProperty.class, property);
        byJavaClass.put(PStaticMethod.class, staticmethod);
        byJavaClass.put(PClassMethod.class, classmethod);
        byJavaClass.put(PSuper.class, superType);
    }

    /** The classes of the current context. */
    public static PythonClasses get() {
        return JaxlContext.get(null).classes();
    }

    /** The classes of the context of {@code node}. */
    public static PythonClasses get(Node node) {
        return JaxlContext.get(node).classes();
    }

    private PClass builtin(String name) {
        return new PClass(name, "builtins", new PClass[]{object}, PClass.Layout.BUILTIN, true);
    }

    private void exc(String name, String base) {
        exceptions.put(name, new PClass(name, "builtins", new PClass[]{exceptions.get(base)}, PClass.Layout.EXCEPTION, true));
    }

    /** A built-in exception class by name. */
    @TruffleBoundary
    public PClass exception(String name) {
        PClass c = exceptions.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no built-in exception " + name);
        }
        return c;
    }

    /** The class of iterators named {@code typeName}: a subclass of {@link #iterator}, which has their methods. */
    @TruffleBoundary
    public PClass iteratorClass(String typeName) {
        return iteratorClasses.computeIfAbsent(typeName, n -> new PClass(n, "builtins", new PClass[]{iterator}, PClass.Layout.BUILTIN, true));
    }

    /** All built-in exception classes. */
    public Map<String, PClass> exceptions() {
        return exceptions;
    }

    /** Registers the class of values of a Java type (JAX's Array, tracers, dtypes…). */
    @TruffleBoundary
    public void registerJavaClass(Class<?> javaClass, PClass cls) {
        byJavaClass.put(javaClass, cls);
    }

    /** The class for values of {@code javaClass}, or null. */
    @TruffleBoundary
    public PClass forJavaClass(Class<?> javaClass) {
        PClass c = byJavaClass.get(javaClass);
        if (c == null) {
            for (Map.Entry<Class<?>, PClass> e : byJavaClass.entrySet()) {
                if (e.getKey().isAssignableFrom(javaClass)) {
                    return e.getValue();
                }
            }
        }
        return c;
    }
}
