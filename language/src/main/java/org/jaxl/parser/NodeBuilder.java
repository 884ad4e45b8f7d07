package org.jaxl.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.JaxlContext;
import org.jaxl.JaxlLanguage;
import org.jaxl.nodes.FunctionRootNode;
import org.jaxl.nodes.JaxlExpressionNode;
import org.jaxl.nodes.JaxlStatementNode;
import org.jaxl.nodes.ModuleRootNode;
import org.jaxl.nodes.call.CallNode;
import org.jaxl.nodes.controlflow.AssertNode;
import org.jaxl.nodes.controlflow.ForNode;
import org.jaxl.nodes.controlflow.IfNode;
import org.jaxl.nodes.controlflow.RaiseNode;
import org.jaxl.nodes.controlflow.SimpleControlNodes.BreakNode;
import org.jaxl.nodes.controlflow.SimpleControlNodes.ContinueNode;
import org.jaxl.nodes.controlflow.SimpleControlNodes.PassNode;
import org.jaxl.nodes.controlflow.SimpleControlNodes.ReturnNode;
import org.jaxl.nodes.controlflow.TryNode;
import org.jaxl.nodes.controlflow.WhileNode;
import org.jaxl.nodes.controlflow.WithNode;
import org.jaxl.nodes.expression.AccessNodes.SetAttributeNode;
import org.jaxl.nodes.expression.AccessNodes.SetItemNode;
import org.jaxl.nodes.expression.AccessNodes.SliceNode;
import org.jaxl.nodes.expression.AccessNodesFactory;
import org.jaxl.nodes.expression.ArithmeticNodesFactory;
import org.jaxl.nodes.expression.BinaryNode;
import org.jaxl.nodes.expression.CompareNodes.ChainNode;
import org.jaxl.nodes.expression.CompareNodesFactory;
import org.jaxl.nodes.expression.ComprehensionNodes;
import org.jaxl.nodes.expression.ContainerNodes;
import org.jaxl.nodes.expression.FStringNodes;
import org.jaxl.nodes.expression.LiteralNodes;
import org.jaxl.nodes.expression.LogicNodes;
import org.jaxl.nodes.expression.TruthNode;
import org.jaxl.nodes.expression.TruthNodeGen;
import org.jaxl.nodes.expression.UnaryNodesFactory;
import org.jaxl.nodes.function.CellSourceNode;
import org.jaxl.nodes.function.DecoratedNode;
import org.jaxl.nodes.function.MakeClassNode;
import org.jaxl.nodes.function.MakeFunctionNode;
import org.jaxl.nodes.function.SuperNode;
import org.jaxl.nodes.local.CellNodes;
import org.jaxl.nodes.local.GlobalNodes;
import org.jaxl.nodes.local.ReadArgumentNode;
import org.jaxl.nodes.local.ReadLocalNodeGen;
import org.jaxl.nodes.local.WriteLocalNodeGen;
import org.jaxl.nodes.local.WriteTarget;
import org.jaxl.nodes.statement.AssignNodes;
import org.jaxl.nodes.statement.BlockNode;
import org.jaxl.nodes.statement.DeleteNodes;
import org.jaxl.nodes.statement.ExpressionStatementNode;
import org.jaxl.nodes.statement.ImportNodes;
import org.jaxl.parser.Ast.*;
import org.jaxl.runtime.PComplex;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.Signature;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Turns a module's syntax tree into Truffle nodes: resolves every name to a frame slot, a cell,
 * a closure variable, a class-namespace entry or a global (using {@link ScopeAnalyzer}), builds
 * one root node per function, lambda and class body, and gives every node its source range.
 */
public final class NodeBuilder {
    private final JaxlLanguage language;
    private final Source source;
    private final PModule module;
    private final PModule builtins;
    private final ScopeAnalyzer scopes;
    private Ctx ctx;

    /** Per frame-owning unit (module, class body, function): its frame layout and what the code inside may do. */
    private static final class Ctx {
        final Scope scope;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        final String qualPrefix;
        final boolean inFunction;
        int loopDepth;
        int exceptionSlot = -1;
        int temps;
        /** The scope names currently resolve in (differs from {@link #scope} inside comprehensions). */
        Scope current;

        Ctx(Scope scope, String qualPrefix, boolean inFunction) {
            this.scope = scope;
            this.current = scope;
            this.qualPrefix = qualPrefix;
            this.inFunction = inFunction;
            frame.defaultValue(null);
        }

        int slot(String key) {
            return slots.computeIfAbsent(key, k -> frame.addSlot(FrameSlotKind.Illegal, k, null));
        }

        int temp(String what) {
            return frame.addSlot(FrameSlotKind.Illegal, "<" + what + "#" + temps++ + ">", null);
        }
    }

    private NodeBuilder(JaxlLanguage language, Source source, PModule module, ScopeAnalyzer scopes) {
        this.language = language;
        this.source = source;
        this.module = module;
        this.builtins = JaxlContext.get(null).getBuiltinsModule();
        this.scopes = scopes;
    }

    /** Builds the root node of a module body. */
    public static ModuleRootNode buildModule(JaxlLanguage language, Source source, Ast.Module tree, PModule module, boolean echo) {
        ScopeAnalyzer scopes;
        try {
            scopes = ScopeAnalyzer.analyze(tree);
        } catch (SyntaxErrorInfo e) {
            throw JaxlSyntaxError.create(source, e);
        }
        NodeBuilder b = new NodeBuilder(language, source, module, scopes);
        try {
            return b.module(tree, echo);
        } catch (SyntaxErrorInfo e) {
            throw JaxlSyntaxError.create(source, e);
        }
    }

    private ModuleRootNode module(Ast.Module tree, boolean echo) {
        ctx = new Ctx(scopes.scopeOf(tree), "", false);
        List<Stmt> body = new ArrayList<>(tree.body());
        JaxlExpressionNode last = null;
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof ExprStmt e) {
            body.remove(body.size() - 1);
            last = expr(e.value());
            last.addStatementTag();
        }
        BlockNode block = block(body);
        SourceSection section = source.createSection(0, source.getLength());
        return new ModuleRootNode(language, ctx.frame.build(), section, block, last, echo);
    }

    // ------------------------------------------------------------------ helpers

    private <T extends JaxlStatementNode> T at(T node, Ast.Node ast) {
        node.setSourceSection(ast.start(), Math.max(0, ast.end() - ast.start()));
        return node;
    }

    private <T extends JaxlExpressionNode> T atExpr(T node, Ast.Node ast) {
        at(node, ast);
        node.addExpressionTag();
        return node;
    }

    private <T extends JaxlStatementNode> T atStmt(T node, Ast.Node ast) {
        at(node, ast);
        node.addStatementTag();
        return node;
    }

    private BlockNode block(List<Stmt> stmts) {
        List<JaxlStatementNode> nodes = new ArrayList<>();
        for (Stmt s : stmts) {
            JaxlStatementNode n = stmt(s);
            if (n != null) {
                nodes.add(n);
            }
        }
        BlockNode b = new BlockNode(nodes.toArray(new JaxlStatementNode[0]));
        if (!stmts.isEmpty()) {
            b.setSourceSection(stmts.get(0).start(), stmts.get(stmts.size() - 1).end() - stmts.get(0).start());
        }
        return b;
    }

    private JaxlStatementNode optionalBlock(List<Stmt> stmts) {
        return stmts.isEmpty() ? null : block(stmts);
    }

    private int line(int offset) {
        return source.getLineNumber(Math.min(offset, Math.max(0, source.getLength() - 1)));
    }

    private static SyntaxErrorInfo error(String message, Ast.Node at) {
        return SyntaxErrorInfo.syntax(message, at.start(), Math.max(1, at.end() - at.start()));
    }

    // ------------------------------------------------------------------ names

    private String slotKey(Scope s, String name) {
        return s.kind == Scope.Kind.COMPREHENSION ? "<comp" + s.id + ">" + name : name;
    }

    private JaxlExpressionNode readGlobal(String name) {
        return new GlobalNodes.ReadGlobalNode(module.cell(name), builtins.cell(name));
    }

    private JaxlExpressionNode readName(Scope s, String name) {
        switch (s.kind) {
            case MODULE:
                return readGlobal(name);
            case CLASS: {
                JaxlExpressionNode fallback = s.freeVars.contains(name) && !s.globals.contains(name) ? new CellNodes.ReadFreeNode(s.freeVars.indexOf(name), name)
                                : readGlobal(name);
                if (s.locals.contains(name) && !s.globals.contains(name)) {
                    return new GlobalNodes.ReadClassNameNode(name, fallback);
                }
                return fallback;
            }
            case FUNCTION: {
                if (s.globals.contains(name)) {
                    return readGlobal(name);
                }
                if (s.nonlocals.contains(name) || !s.locals.contains(name) && s.freeVars.contains(name)) {
                    return new CellNodes.ReadFreeNode(s.freeVars.indexOf(name), name);
                }
                if (s.locals.contains(name)) {
                    return readLocal(s, name);
                }
                return readGlobal(name);
            }
            default: {
                if (s.locals.contains(name)) {
                    return readLocal(s, name);
                }
                if (s.parent.kind == Scope.Kind.CLASS) {
                    // Skips the class namespace: a free variable of the class body, or a global.
                    Scope c = s.parent;
                    return c.freeVars.contains(name) && !c.globals.contains(name) ? new CellNodes.ReadFreeNode(c.freeVars.indexOf(name), name) : readGlobal(name);
                }
                return readName(s.parent, name);
            }
        }
    }

    private JaxlExpressionNode readLocal(Scope s, String name) {
        int slot = ctx.slot(slotKey(s, name));
        if (s.cells.contains(name)) {
            return new CellNodes.ReadCellNode(slot, name);
        }
        return ReadLocalNodeGen.create(slot, name);
    }

    /** An assignment {@code name = value} in scope {@code s}, as an expression yielding the value. */
    private JaxlExpressionNode writeName(Scope s, String name, JaxlExpressionNode value) {
        switch (s.kind) {
            case MODULE:
                return new GlobalNodes.WriteGlobalNode(module.cell(name), value);
            case CLASS:
                if (s.globals.contains(name)) {
                    return new GlobalNodes.WriteGlobalNode(module.cell(name), value);
                }
                return new GlobalNodes.WriteClassNameNode(name, value);
            case FUNCTION:
                if (s.globals.contains(name)) {
                    return new GlobalNodes.WriteGlobalNode(module.cell(name), value);
                }
                if (s.nonlocals.contains(name)) {
                    return new CellNodes.WriteFreeNode(s.freeVars.indexOf(name), value);
                }
                return writeLocal(s, name, value);
            default:
                if (s.locals.contains(name)) {
                    return writeLocal(s, name, value);
                }
                return writeName(s.parent, name, value);
        }
    }

    private JaxlExpressionNode writeLocal(Scope s, String name, JaxlExpressionNode value) {
        int slot = ctx.slot(slotKey(s, name));
        if (s.cells.contains(name)) {
            return new CellNodes.WriteCellNode(slot, value);
        }
        return WriteLocalNodeGen.create(value, slot);
    }

    private JaxlStatementNode deleteName(Scope s, String name) {
        switch (s.kind) {
            case MODULE:
                return new DeleteNodes.DeleteGlobalNode(module.cell(name));
            case CLASS:
                return s.globals.contains(name) ? new DeleteNodes.DeleteGlobalNode(module.cell(name)) : new DeleteNodes.DeleteClassNameNode(name);
            case FUNCTION:
                if (s.globals.contains(name)) {
                    return new DeleteNodes.DeleteGlobalNode(module.cell(name));
                }
                return new DeleteNodes.DeleteLocalNode(ctx.slot(slotKey(s, name)), name, s.cells.contains(name));
            default:
                if (s.locals.contains(name)) {
                    return new DeleteNodes.DeleteLocalNode(ctx.slot(slotKey(s, name)), name, s.cells.contains(name));
                }
                return deleteName(s.parent, name);
        }
    }

    /** Where the cell for free variable {@code name} of a nested function comes from, seen from scope {@code s}. */
    private CellSourceNode cellSource(Scope s, String name) {
        switch (s.kind) {
            case FUNCTION:
                if (s.isLocal(name) && s.cells.contains(name)) {
                    return CellSourceNode.fromSlot(ctx.slot(slotKey(s, name)));
                }
                return CellSourceNode.fromClosure(s.freeVars.indexOf(name));
            case CLASS:
                return CellSourceNode.fromClosure(s.freeVars.indexOf(name));
            case COMPREHENSION:
                if (s.locals.contains(name)) {
                    return CellSourceNode.fromSlot(ctx.slot(slotKey(s, name)));
                }
                return cellSource(s.parent, name);
            default:
                throw new IllegalStateException("free variable " + name + " at module level");
        }
    }

    // ------------------------------------------------------------------ statements

    private JaxlStatementNode stmt(Stmt s) {
        switch (s) {
            case ExprStmt e:
                return atStmt(new ExpressionStatementNode(expr(e.value())), e);
            case Assign a:
                return assign(a);
            case AugAssign a:
                return augAssign(a);
            case AnnAssign a: {
                if (a.value() == null) {
                    return null;
                }
                return assign(new Assign(List.of(a.target()), a.value(), a.start(), a.end()));
            }
            case FunctionDef f: {
                JaxlExpressionNode fn = functionDef(f);
                return atStmt(new ExpressionStatementNode(writeName(ctx.current, f.name(), fn)), f);
            }
            case ClassDef c: {
                JaxlExpressionNode cls = classDef(c);
                return atStmt(new ExpressionStatementNode(writeName(ctx.current, c.name(), cls)), c);
            }
            case Return r: {
                if (!ctx.inFunction) {
                    throw error("'return' outside function", r);
                }
                return atStmt(new ReturnNode(r.value() == null ? null : expr(r.value())), r);
            }
            case Delete d: {
                List<JaxlStatementNode> nodes = new ArrayList<>();
                for (Expr t : d.targets()) {
                    nodes.add(delete(t));
                }
                return atStmt(new BlockNode(nodes.toArray(new JaxlStatementNode[0])), d);
            }
            case If i:
                return atStmt(new IfNode(truth(i.test()), block(i.body()), optionalBlock(i.orElse())), i);
            case While w: {
                TruthNode test = truth(w.test());
                ctx.loopDepth++;
                BlockNode body = block(w.body());
                ctx.loopDepth--;
                return atStmt(new WhileNode(test, body, optionalBlock(w.orElse())), w);
            }
            case For f: {
                JaxlExpressionNode iter = expr(f.iter());
                WriteTarget target = target(f.target());
                ctx.loopDepth++;
                BlockNode body = block(f.body());
                ctx.loopDepth--;
                return atStmt(new ForNode(iter, target, body, optionalBlock(f.orElse()), ctx.temp("iter")), f);
            }
            case Break b: {
                if (ctx.loopDepth == 0) {
                    throw error("'break' outside loop", b);
                }
                return atStmt(new BreakNode(), b);
            }
            case Continue c: {
                if (ctx.loopDepth == 0) {
                    throw error("'continue' not properly in loop", c);
                }
                return atStmt(new ContinueNode(), c);
            }
            case Pass p:
                return atStmt(new PassNode(), p);
            case Import i:
                return importStmt(i);
            case ImportFrom i:
                return importFrom(i);
            case Global g:
                return null;
            case Nonlocal n:
                return null;
            case Try t:
                return tryStmt(t);
            case Raise r:
                return atStmt(new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()), ctx.exceptionSlot), r);
            case Assert a:
                return atStmt(new AssertNode(truth(a.test()), a.msg() == null ? null : expr(a.msg())), a);
            case With w:
                return withStmt(w, 0);
        }
    }

    private JaxlStatementNode assign(Assign a) {
        JaxlExpressionNode value = expr(a.value());
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Name n) {
            JaxlExpressionNode write = writeName(ctx.current, n.id(), value);
            return atStmt(new ExpressionStatementNode(write), a);
        }
        WriteTarget[] targets = new WriteTarget[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        return atStmt(new AssignNodes.MultiAssignNode(value, targets), a);
    }

    private JaxlStatementNode augAssign(AugAssign a) {
        JaxlExpressionNode value = expr(a.value());
        BinaryNode op = binaryOperator(a.op(), null, null, a);
        switch (a.target()) {
            case Name n -> {
                JaxlExpressionNode read = readName(ctx.current, n.id());
                WriteTarget write = (WriteTarget) writeName(ctx.current, n.id(), null);
                return atStmt(new AssignNodes.AugAssignNode(read, value, op, a.op(), write), a);
            }
            case Attribute at -> {
                int objSlot = ctx.temp("aug");
                JaxlStatementNode storeObj = new AssignNodes.StoreNode(expr(at.value()), (WriteTarget) WriteLocalNodeGen.create(null, objSlot));
                JaxlExpressionNode read = atExpr(AccessNodesFactory.GetAttributeNodeGen.create(at.attr(), ReadLocalNodeGen.create(objSlot, "<aug>")), at);
                WriteTarget write = new SetAttributeNode(ReadLocalNodeGen.create(objSlot, "<aug>"), at.attr(), null);
                return atStmt(new BlockNode(new JaxlStatementNode[]{storeObj, new AssignNodes.AugAssignNode(read, value, op, a.op(), write)}), a);
            }
            case Subscript sub -> {
                int objSlot = ctx.temp("aug");
                int keySlot = ctx.temp("aug");
                JaxlStatementNode storeObj = new AssignNodes.StoreNode(expr(sub.value()), (WriteTarget) WriteLocalNodeGen.create(null, objSlot));
                JaxlStatementNode storeKey = new AssignNodes.StoreNode(subscriptKey(sub.slice()), (WriteTarget) WriteLocalNodeGen.create(null, keySlot));
                JaxlExpressionNode read = atExpr(AccessNodesFactory.GetItemNodeGen.create(ReadLocalNodeGen.create(objSlot, "<aug>"), ReadLocalNodeGen.create(keySlot, "<aug>")), sub);
                WriteTarget write = new SetItemNode(ReadLocalNodeGen.create(objSlot, "<aug>"), ReadLocalNodeGen.create(keySlot, "<aug>"), null);
                return atStmt(new BlockNode(new JaxlStatementNode[]{storeObj, storeKey, new AssignNodes.AugAssignNode(read, value, op, a.op(), write)}), a);
            }
            default -> throw error("illegal expression for augmented assignment", a.target());
        }
    }

    private JaxlStatementNode delete(Expr t) {
        switch (t) {
            case Name n:
                return at(deleteName(ctx.current, n.id()), t);
            case Attribute a:
                return at(new DeleteNodes.DeleteAttributeNode(expr(a.value()), a.attr()), t);
            case Subscript s:
                return at(new DeleteNodes.DeleteItemNode(expr(s.value()), subscriptKey(s.slice())), t);
            case Tuple tu: {
                List<JaxlStatementNode> nodes = new ArrayList<>();
                for (Expr e : tu.elts()) {
                    nodes.add(delete(e));
                }
                return new BlockNode(nodes.toArray(new JaxlStatementNode[0]));
            }
            case ListExpr l: {
                List<JaxlStatementNode> nodes = new ArrayList<>();
                for (Expr e : l.elts()) {
                    nodes.add(delete(e));
                }
                return new BlockNode(nodes.toArray(new JaxlStatementNode[0]));
            }
            default:
                throw error("cannot delete expression", t);
        }
    }

    /** A store target for assignment, {@code for}, {@code with … as}, comprehensions. */
    private WriteTarget target(Expr t) {
        switch (t) {
            case Name n:
                return (WriteTarget) writeName(ctx.current, n.id(), null);
            case Attribute a:
                return at(new SetAttributeNode(expr(a.value()), a.attr(), null), t);
            case Subscript s:
                return at(new SetItemNode(expr(s.value()), subscriptKey(s.slice()), null), t);
            case Tuple tu:
                return unpack(tu.elts(), t);
            case ListExpr l:
                return unpack(l.elts(), t);
            case Starred s:
                throw error("starred assignment target must be in a list or tuple", t);
            default:
                throw error("cannot assign to expression", t);
        }
    }

    private WriteTarget unpack(List<Expr> elts, Expr at) {
        WriteTarget[] targets = new WriteTarget[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred s) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", at);
                }
                star = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new AssignNodes.UnpackNode(targets, star);
    }

    private JaxlStatementNode importStmt(Import i) {
        List<JaxlStatementNode> nodes = new ArrayList<>();
        for (Alias a : i.names()) {
            String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
            WriteTarget target = (WriteTarget) writeName(ctx.current, bound, null);
            nodes.add(at(new ImportNodes.ImportNode(a.name(), a.asName() != null, target), a));
        }
        if (nodes.size() == 1) {
            nodes.get(0).addStatementTag();
            return nodes.get(0);
        }
        return atStmt(new BlockNode(nodes.toArray(new JaxlStatementNode[0])), i);
    }

    private JaxlStatementNode importFrom(ImportFrom i) {
        String moduleName = absoluteModule(i);
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            if (ctx.scope.kind != Scope.Kind.MODULE) {
                throw error("import * only allowed at module level", i);
            }
            return atStmt(new ImportNodes.ImportStarNode(moduleName, module), i);
        }
        String[] names = new String[i.names().size()];
        WriteTarget[] targets = new WriteTarget[names.length];
        for (int k = 0; k < names.length; k++) {
            Alias a = i.names().get(k);
            names[k] = a.name();
            targets[k] = (WriteTarget) writeName(ctx.current, a.asName() != null ? a.asName() : a.name(), null);
        }
        return atStmt(new ImportNodes.ImportFromNode(moduleName, names, targets), i);
    }

    private String absoluteModule(ImportFrom i) {
        if (i.level() == 0) {
            return i.module();
        }
        String name = module.getName();
        boolean isPackage = module.getFile() != null && module.getFile().endsWith("__init__.jaxl");
        String pkg = isPackage ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        for (int k = 1; k < i.level(); k++) {
            pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
        }
        if (pkg.isEmpty()) {
            throw error("attempted relative import with no known parent package", i);
        }
        return i.module().isEmpty() ? pkg : pkg + "." + i.module();
    }

    private JaxlStatementNode tryStmt(Try t) {
        BlockNode body = block(t.body());
        int slot = ctx.temp("exc");
        TryNode.HandlerNode[] handlers = new TryNode.HandlerNode[t.handlers().size()];
        int saved = ctx.exceptionSlot;
        for (int k = 0; k < handlers.length; k++) {
            ExceptHandler h = t.handlers().get(k);
            if (h.type() == null && k < handlers.length - 1) {
                throw error("default 'except:' must be last", h);
            }
            JaxlExpressionNode type = h.type() == null ? null : expr(h.type());
            WriteTarget name = null;
            JaxlStatementNode unbind = null;
            if (h.name() != null) {
                name = (WriteTarget) writeName(ctx.current, h.name(), null);
                unbind = new ExpressionStatementNode(writeName(ctx.current, h.name(), new LiteralNodes.ObjectLiteralNode(null)));
            }
            ctx.exceptionSlot = slot;
            BlockNode hbody = block(h.body());
            ctx.exceptionSlot = saved;
            handlers[k] = new TryNode.HandlerNode(type, name, unbind, hbody, slot);
        }
        return atStmt(new TryNode(body, handlers, optionalBlock(t.orElse()), optionalBlock(t.finalBody())), t);
    }

    private JaxlStatementNode withStmt(With w, int index) {
        WithItem item = w.items().get(index);
        JaxlExpressionNode manager = expr(item.contextExpr());
        WriteTarget target = item.optionalVars() == null ? null : target(item.optionalVars());
        JaxlStatementNode body = index == w.items().size() - 1 ? block(w.body()) : withStmt(w, index + 1);
        return atStmt(new WithNode(manager, target, body), w);
    }

    // ------------------------------------------------------------------ functions and classes

    private static Signature signature(Arguments args) {
        List<String> names = new ArrayList<>();
        args.posOnly().forEach(a -> names.add(a.name()));
        args.args().forEach(a -> names.add(a.name()));
        int positional = names.size();
        if (args.vararg() != null) {
            names.add(args.vararg().name());
        }
        args.kwOnly().forEach(a -> names.add(a.name()));
        if (args.kwarg() != null) {
            names.add(args.kwarg().name());
        }
        return new Signature(names.toArray(new String[0]), args.posOnly().size(), positional, args.vararg() != null, args.kwOnly().size(), args.kwarg() != null);
    }

    private JaxlExpressionNode functionDef(FunctionDef f) {
        int firstLine = line(f.decorators().isEmpty() ? f.start() : f.decorators().get(0).start() - 1);
        if (!f.decorators().isEmpty()) {
            firstLine = line(f.start());
        }
        MakeFunctionNode fn = function(scopes.scopeOf(f), f.name(), f.args(), f.body(), null, f, firstLine);
        if (f.decorators().isEmpty()) {
            return fn;
        }
        JaxlExpressionNode[] decorators = new JaxlExpressionNode[f.decorators().size()];
        for (int i = 0; i < decorators.length; i++) {
            decorators[i] = expr(f.decorators().get(i));
        }
        return atExpr(new DecoratedNode(decorators, fn), f);
    }

    /** Builds a function's root node and the node that creates the function object at run time. */
    private MakeFunctionNode function(Scope fs, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Ast.Node node, int firstLine) {
        JaxlExpressionNode[] defaults = new JaxlExpressionNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(args.defaults().get(i));
        }
        JaxlExpressionNode[] kwDefaults = new JaxlExpressionNode[args.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        CellSourceNode[] closure = new CellSourceNode[fs.freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = cellSource(ctx.current, fs.freeVars.get(i));
        }
        String qualname = ctx.qualPrefix + name;
        Ctx saved = ctx;
        ctx = new Ctx(fs, qualname + ".<locals>.", true);
        Signature sig = signature(args);
        List<JaxlStatementNode> prologue = new ArrayList<>();
        List<Integer> cellSlots = new ArrayList<>();
        List<Integer> cellArgs = new ArrayList<>();
        for (int i = 0; i < sig.size(); i++) {
            String p = sig.names()[i];
            if (fs.cells.contains(p)) {
                cellSlots.add(ctx.slot(p));
                cellArgs.add(i + 1);
            } else {
                prologue.add(new ExpressionStatementNode(WriteLocalNodeGen.create(new ReadArgumentNode(i), ctx.slot(p))));
            }
        }
        for (String c : fs.cells) {
            if (!fs.params.contains(c)) {
                cellSlots.add(ctx.slot(c));
                cellArgs.add(-1);
            }
        }
        if (!cellSlots.isEmpty()) {
            prologue.add(new CellNodes.InitCellsNode(cellSlots.stream().mapToInt(Integer::intValue).toArray(), cellArgs.stream().mapToInt(Integer::intValue).toArray()));
        }
        JaxlStatementNode bodyNode = null;
        JaxlExpressionNode result = null;
        if (lambdaBody != null) {
            result = expr(lambdaBody);
            result.addRootTag();
        } else {
            bodyNode = block(body);
            bodyNode.addRootTag();
            bodyNode.setSourceSection(node.start(), node.end() - node.start());
        }
        BlockNode prologueBlock = new BlockNode(prologue.toArray(new JaxlStatementNode[0]));
        SourceSection section = source.createSection(node.start(), node.end() - node.start());
        FunctionRootNode root = new FunctionRootNode(language, ctx.frame.build(), name, section, prologueBlock, bodyNode, result, false);
        ctx = saved;
        RootCallTarget target = root.getCallTarget();
        return atExpr(new MakeFunctionNode(name, qualname, target, sig, module, firstLine, defaults, kwDefaults, closure, body == null ? null : docstring(body)), node);
    }

    private JaxlExpressionNode classDef(ClassDef c) {
        Scope cs = scopes.scopeOf(c);
        JaxlExpressionNode[] bases = new JaxlExpressionNode[c.bases().size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = expr(c.bases().get(i));
        }
        CellSourceNode[] closure = new CellSourceNode[cs.freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = cellSource(ctx.current, cs.freeVars.get(i));
        }
        String qualname = ctx.qualPrefix + c.name();
        Ctx saved = ctx;
        ctx = new Ctx(cs, qualname + ".", false);
        BlockNode body = block(c.body());
        List<Integer> cellSlots = new ArrayList<>();
        for (String cell : cs.cells) {
            cellSlots.add(ctx.slot(cell));
        }
        JaxlStatementNode prologue = new CellNodes.InitCellsNode(cellSlots.stream().mapToInt(Integer::intValue).toArray(), cellSlots.stream().mapToInt(x -> -1).toArray());
        SourceSection section = source.createSection(c.start(), c.end() - c.start());
        FunctionRootNode root = new FunctionRootNode(language, ctx.frame.build(), c.name(), section, prologue, body, null, true);
        ctx = saved;
        Signature sig = Signature.positional("__namespace__");
        MakeFunctionNode bodyFn = new MakeFunctionNode(c.name(), qualname, root.getCallTarget(), sig, module, line(c.start()), new JaxlExpressionNode[0], new JaxlExpressionNode[0],
                        closure, null);
        JaxlExpressionNode cls = atExpr(new MakeClassNode(c.name(), qualname, module.getName(), bases, bodyFn, docstring(c.body())), c);
        if (c.decorators().isEmpty()) {
            return cls;
        }
        JaxlExpressionNode[] decorators = new JaxlExpressionNode[c.decorators().size()];
        for (int i = 0; i < decorators.length; i++) {
            decorators[i] = expr(c.decorators().get(i));
        }
        return atExpr(new DecoratedNode(decorators, cls), c);
    }

    /** The docstring of a function or class body: its first statement when that is a string literal. */
    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    private TruthNode truth(Expr e) {
        return at(TruthNodeGen.create(expr(e)), e);
    }

    private JaxlExpressionNode[] exprs(List<Expr> list) {
        JaxlExpressionNode[] out = new JaxlExpressionNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private JaxlExpressionNode expr(Expr e) {
        return atExpr(exprNode(e), e);
    }

    private JaxlExpressionNode exprNode(Expr e) {
        switch (e) {
            case Name n:
                return readName(ctx.current, n.id());
            case Constant c:
                return constant(c.value());
            case JoinedStr j: {
                JaxlExpressionNode[] parts = new JaxlExpressionNode[j.values().size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = expr(j.values().get(i));
                }
                return new FStringNodes.JoinNode(parts);
            }
            case FormattedValue f:
                return new FStringNodes.FormatNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
            case BinOp b:
                return binaryOperator(b.op(), expr(b.left()), expr(b.right()), b);
            case UnaryOp u: {
                JaxlExpressionNode operand = expr(u.operand());
                return switch (u.op()) {
                    case "-" -> UnaryNodesFactory.NegNodeGen.create(operand);
                    case "+" -> UnaryNodesFactory.PosNodeGen.create(operand);
                    case "~" -> UnaryNodesFactory.InvertNodeGen.create(operand);
                    default -> new LogicNodes.NotNode(at(TruthNodeGen.create(operand), u.operand()));
                };
            }
            case BoolOp b:
                return b.op().equals("and") ? new LogicNodes.AndNode(exprs(b.values())) : new LogicNodes.OrNode(exprs(b.values()));
            case Compare c:
                return compare(c);
            case IfExp i:
                return new LogicNodes.IfExpNode(truth(i.test()), expr(i.body()), expr(i.orElse()));
            case Lambda l:
                return function(scopes.scopeOf(l), "<lambda>", l.args(), null, l.body(), l, line(l.start()));
            case Call c:
                return call(c);
            case Attribute a:
                return AccessNodesFactory.GetAttributeNodeGen.create(a.attr(), expr(a.value()));
            case Subscript s:
                return AccessNodesFactory.GetItemNodeGen.create(expr(s.value()), subscriptKey(s.slice()));
            case Slice s:
                return new SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
            case Starred s:
                throw error("can't use starred expression here", s);
            case Tuple t:
                return new ContainerNodes.TupleNode(elements(t.elts()), starredFlags(t.elts()));
            case ListExpr l:
                return new ContainerNodes.ListNode(elements(l.elts()), starredFlags(l.elts()));
            case SetExpr s:
                return new ContainerNodes.SetNode(elements(s.elts()), starredFlags(s.elts()), s.elts().size() > 2 && s.elts().stream().allMatch(NodeBuilder::isConstant));
            case DictExpr d: {
                JaxlExpressionNode[] keys = new JaxlExpressionNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                return new ContainerNodes.DictNode(keys, exprs(d.values()));
            }
            case ListComp l:
                return comprehension(l, ComprehensionNodes.Kind.LIST, l.generators(), l.elt(), null);
            case SetComp s:
                return comprehension(s, ComprehensionNodes.Kind.SET, s.generators(), s.elt(), null);
            case GeneratorExp g:
                return comprehension(g, ComprehensionNodes.Kind.GENERATOR, g.generators(), g.elt(), null);
            case DictComp d:
                return comprehension(d, ComprehensionNodes.Kind.DICT, d.generators(), d.key(), d.value());
            case NamedExpr n: {
                Scope s = ctx.current;
                while (s.kind == Scope.Kind.COMPREHENSION) {
                    s = s.parent;
                }
                return writeName(s, n.target().id(), expr(n.value()));
            }
        }
    }

    /** Whether CPython's compiler folds {@code e} to a constant (literals, signed numbers, tuples of constants). */
    private static boolean isConstant(Expr e) {
        return switch (e) {
            case Constant c -> true;
            case UnaryOp u -> (u.op().equals("-") || u.op().equals("+") || u.op().equals("~")) && u.operand() instanceof Constant c && !(c.value() instanceof String);
            case Tuple t -> t.elts().stream().allMatch(NodeBuilder::isConstant);
            default -> false;
        };
    }

    private static JaxlExpressionNode constant(Object v) {
        if (v instanceof Long l) {
            return new LiteralNodes.LongLiteralNode(l);
        }
        if (v instanceof Double d) {
            return new LiteralNodes.DoubleLiteralNode(d);
        }
        if (v instanceof Boolean b) {
            return new LiteralNodes.BooleanLiteralNode(b);
        }
        if (v == Ast.NONE) {
            return new LiteralNodes.ObjectLiteralNode(PNone.NONE);
        }
        if (v == Ast.ELLIPSIS) {
            return new LiteralNodes.ObjectLiteralNode(PNone.ELLIPSIS);
        }
        if (v instanceof Ast.Imaginary im) {
            return new LiteralNodes.ObjectLiteralNode(new PComplex(0.0, im.value()));
        }
        if (v instanceof String || v instanceof BigInteger) {
            return new LiteralNodes.ObjectLiteralNode(v);
        }
        throw new IllegalArgumentException("constant " + v);
    }

    private JaxlExpressionNode[] elements(List<Expr> elts) {
        JaxlExpressionNode[] out = new JaxlExpressionNode[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = elts.get(i);
            out[i] = e instanceof Starred s ? expr(s.value()) : expr(e);
        }
        return out;
    }

    private static boolean[] starredFlags(List<Expr> elts) {
        boolean[] out = new boolean[elts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = elts.get(i) instanceof Starred;
        }
        return out;
    }

    /** A subscript's key: slices and tuples of slices become slice objects. */
    private JaxlExpressionNode subscriptKey(Expr slice) {
        return expr(slice);
    }

    private BinaryNode binaryOperator(String op, JaxlExpressionNode l, JaxlExpressionNode r, Ast.Node at) {
        BinaryNode n = switch (op) {
            case "+" -> ArithmeticNodesFactory.AddNodeGen.create(l, r);
            case "-" -> ArithmeticNodesFactory.SubNodeGen.create(l, r);
            case "*" -> ArithmeticNodesFactory.MulNodeGen.create(l, r);
            case "/" -> ArithmeticNodesFactory.TrueDivNodeGen.create(l, r);
            case "//" -> ArithmeticNodesFactory.FloorDivNodeGen.create(l, r);
            case "%" -> ArithmeticNodesFactory.ModNodeGen.create(l, r);
            case "**" -> ArithmeticNodesFactory.PowNodeGen.create(l, r);
            case "@" -> ArithmeticNodesFactory.MatMulNodeGen.create(l, r);
            case "<<" -> ArithmeticNodesFactory.LShiftNodeGen.create(l, r);
            case ">>" -> ArithmeticNodesFactory.RShiftNodeGen.create(l, r);
            case "&" -> ArithmeticNodesFactory.BitAndNodeGen.create(l, r);
            case "|" -> ArithmeticNodesFactory.BitOrNodeGen.create(l, r);
            case "^" -> ArithmeticNodesFactory.BitXorNodeGen.create(l, r);
            default -> throw error("unknown operator " + op, at);
        };
        return n;
    }

    private BinaryNode comparisonOperator(String op, JaxlExpressionNode l, JaxlExpressionNode r) {
        return switch (op) {
            case "==" -> CompareNodesFactory.EqNodeGen.create(l, r);
            case "!=" -> CompareNodesFactory.NeNodeGen.create(l, r);
            case "<" -> CompareNodesFactory.LtNodeGen.create(l, r);
            case "<=" -> CompareNodesFactory.LeNodeGen.create(l, r);
            case ">" -> CompareNodesFactory.GtNodeGen.create(l, r);
            case ">=" -> CompareNodesFactory.GeNodeGen.create(l, r);
            case "in" -> CompareNodesFactory.InNodeGen.create(false, l, r);
            case "not in" -> CompareNodesFactory.InNodeGen.create(true, l, r);
            case "is" -> CompareNodesFactory.IsNodeGen.create(false, l, r);
            case "is not" -> CompareNodesFactory.IsNodeGen.create(true, l, r);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private JaxlExpressionNode compare(Compare c) {
        if (c.ops().size() == 1) {
            return comparisonOperator(c.ops().get(0), expr(c.left()), expr(c.comparators().get(0)));
        }
        JaxlExpressionNode[] operands = new JaxlExpressionNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        BinaryNode[] comparisons = new BinaryNode[c.ops().size()];
        for (int i = 0; i < comparisons.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            comparisons[i] = comparisonOperator(c.ops().get(i), null, null);
        }
        return new ChainNode(operands, comparisons);
    }

    private JaxlExpressionNode call(Call c) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && readName(ctx.current, "super") instanceof GlobalNodes.ReadGlobalNode
                        && ctx.inFunction) {
            return new SuperNode();
        }
        JaxlExpressionNode callee = expr(c.func());
        JaxlExpressionNode[] args = elements(c.args());
        boolean[] starred = starredFlags(c.args());
        List<String> names = new ArrayList<>();
        List<JaxlExpressionNode> values = new ArrayList<>();
        List<JaxlExpressionNode> mappings = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                mappings.add(expr(k.value()));
            } else {
                if (names.contains(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k);
                }
                names.add(k.arg());
                values.add(expr(k.value()));
            }
        }
        return new CallNode(callee, args, starred, names.toArray(new String[0]), values.toArray(new JaxlExpressionNode[0]), mappings.toArray(new JaxlExpressionNode[0]));
    }

    private JaxlExpressionNode comprehension(Expr node, ComprehensionNodes.Kind kind, List<Comprehension> gens, Expr elt, Expr value) {
        JaxlExpressionNode firstIter = expr(gens.get(0).iter());
        Scope cs = scopes.scopeOf(node);
        Scope saved = ctx.current;
        ctx.current = cs;
        int resultSlot = ctx.temp("comp");
        JaxlStatementNode inner = new ComprehensionNodes.AppendNode(resultSlot, expr(elt), value == null ? null : expr(value));
        List<JaxlExpressionNode> iters = new ArrayList<>();
        List<WriteTarget> targets = new ArrayList<>();
        List<TruthNode[]> conditions = new ArrayList<>();
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            iters.add(i == 0 ? firstIter : expr(g.iter()));
            targets.add(target(g.target()));
            TruthNode[] conds = new TruthNode[g.ifs().size()];
            for (int k = 0; k < conds.length; k++) {
                conds[k] = truth(g.ifs().get(k));
            }
            conditions.add(conds);
        }
        for (int i = gens.size() - 1; i >= 0; i--) {
            inner = at(new ComprehensionNodes.ForClauseNode(iters.get(i), targets.get(i), conditions.get(i), inner), gens.get(i));
        }
        if (!cs.cells.isEmpty()) {
            int[] slots = cs.cells.stream().mapToInt(name -> ctx.slot(slotKey(cs, name))).toArray();
            int[] noArgs = new int[slots.length];
            java.util.Arrays.fill(noArgs, -1);
            inner = new BlockNode(new JaxlStatementNode[]{new CellNodes.InitCellsNode(slots, noArgs), inner});
        }
        ctx.current = saved;
        return new ComprehensionNodes.ComprehensionNode(kind, resultSlot, inner);
    }
}
