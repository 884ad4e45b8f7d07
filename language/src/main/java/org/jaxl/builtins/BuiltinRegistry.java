package org.jaxl.builtins;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.jaxl.JaxlContext;
import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.local.ReadArgumentNode;
import org.jaxl.parser.Ast;
import org.jaxl.parser.Parser;
import org.jaxl.runtime.PBuiltinFunction;
import org.jaxl.runtime.PClass;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyArith;
import org.jaxl.runtime.Signature;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * Creates built-in function objects from the node factories the DSL generates for each
 * {@link Builtin}, and installs them into modules and built-in classes. Call targets are
 * created on a function's first call.
 */
public final class BuiltinRegistry {
    private BuiltinRegistry() {
    }

    /** Installs Python's built-ins and the methods of the built-in types into a new context. */
    public static void installAll(JaxlContext context) {
        install(context.getBuiltinsModule(), PyBuiltinsFactory.getFactories());
        TypeMethods.install(context);
        context.getBuiltinsModule().set("None", PNone.NONE);
        context.getBuiltinsModule().set("Ellipsis", PNone.ELLIPSIS);
        context.getBuiltinsModule().set("NotImplemented", PNone.NOT_IMPLEMENTED);
        for (Map.Entry<String, PClass> e : context.classes().exceptions().entrySet()) {
            context.getBuiltinsModule().set(e.getKey(), e.getValue());
        }
        StdlibModules.register(context);
        JaxInternals.register(context);
    }

    /** Puts every factory's function into {@code module} under its name. */
    public static void install(PModule module, List<? extends NodeFactory<? extends BuiltinNode>> factories) {
        for (NodeFactory<? extends BuiltinNode> f : factories) {
            PBuiltinFunction fn = create(f, null);
            module.set(fn.getName(), fn);
        }
    }

    /** Puts every factory's function into {@code cls} as a method. */
    public static void installMethods(PClass cls, List<? extends NodeFactory<? extends BuiltinNode>> factories) {
        for (NodeFactory<? extends BuiltinNode> f : factories) {
            PBuiltinFunction fn = create(f, cls.getName());
            cls.setAttribute(fn.getName(), fn);
        }
    }

    /** The function object for a builtin node factory; {@code owner} names the class for methods. */
    public static PBuiltinFunction create(NodeFactory<? extends BuiltinNode> factory, String owner) {
        Builtin b = factory.getNodeClass().getAnnotation(Builtin.class);
        if (b == null) {
            throw new IllegalStateException(factory.getNodeClass() + " lacks @Builtin");
        }
        ParsedSignature p = parse(b.name(), b.signature());
        String qualname = owner == null ? b.name() : owner + "." + b.name();
        int n = p.signature.size();
        return new PBuiltinFunction(b.name(), qualname, p.signature, p.defaults, p.kwDefaults, () -> callTarget(factory, n, b.name()));
    }

    /** A built-in whose body is a Java lambda over the bound parameters. */
    public static PBuiltinFunction function(String name, String signature, JavaFunction body) {
        ParsedSignature p = parse(name, signature);
        RootCallTarget[] target = new RootCallTarget[1];
        return new PBuiltinFunction(name, name, p.signature, p.defaults, p.kwDefaults, () -> {
            if (target[0] == null) {
                target[0] = new JavaFunctionRootNode(JaxlLanguage.get(null), name, body).getCallTarget();
            }
            return target[0];
        });
    }

    private record ParsedSignature(Signature signature, Object[] defaults, Object[] kwDefaults) {
    }

    private static ParsedSignature parse(String name, String signature) {
        Ast.FunctionDef def = Parser.parseSignature(name, signature);
        Ast.Arguments args = def.args();
        int posOnly = args.posOnly().size();
        int positional = posOnly + args.args().size();
        int n = positional + (args.vararg() != null ? 1 : 0) + args.kwOnly().size() + (args.kwarg() != null ? 1 : 0);
        String[] names = new String[n];
        int k = 0;
        for (Ast.Arg a : args.posOnly()) {
            names[k++] = a.name();
        }
        for (Ast.Arg a : args.args()) {
            names[k++] = a.name();
        }
        if (args.vararg() != null) {
            names[k++] = args.vararg().name();
        }
        for (Ast.Arg a : args.kwOnly()) {
            names[k++] = a.name();
        }
        if (args.kwarg() != null) {
            names[k++] = args.kwarg().name();
        }
        Signature sig = new Signature(names, posOnly, positional, args.vararg() != null, args.kwOnly().size(), args.kwarg() != null);
        Object[] defaults = new Object[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = literal(args.defaults().get(i));
        }
        Object[] kwDefaults = new Object[args.kwOnly().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Ast.Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : literal(d);
        }
        return new ParsedSignature(sig, defaults, kwDefaults);
    }

    /**
     * A new call target for a builtin; its function object keeps it. Not shared between function
     * objects: they belong to one context, and call targets must not cross engines.
     */
    private static RootCallTarget callTarget(NodeFactory<? extends BuiltinNode> factory, int n, String name) {
        JaxlExpressionNode[] argNodes = new JaxlExpressionNode[n];
        for (int i = 0; i < n; i++) {
            argNodes[i] = new ReadArgumentNode(i);
        }
        BuiltinNode node = factory.createNode((Object) argNodes);
        return new BuiltinRootNode(JaxlLanguage.get(null), node, name).getCallTarget();
    }

    private static Object literal(Ast.Expr e) {
        if (e instanceof Ast.Constant c) {
            Object v = c.value();
            if (v == Ast.NONE) {
                return PNone.NONE;
            }
            if (v == Ast.ELLIPSIS) {
                return PNone.ELLIPSIS;
            }
            if (v instanceof BigInteger b) {
                return PyArith.normalize(b);
            }
            return v;
        }
        if (e instanceof Ast.UnaryOp u && u.op().equals("-") && u.operand() instanceof Ast.Constant c) {
            return PyArith.unary("-", c.value());
        }
        if (e instanceof Ast.Name n && n.id().equals("_MISSING")) {
            return PNone.NO_VALUE;
        }
        if (e instanceof Ast.Tuple t) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = literal(t.elts().get(i));
            }
            return PTuple.of(items);
        }
        throw new IllegalArgumentException("builtin default must be a literal: " + e);
    }
}
