package org.jaxl.parser;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jaxl.parser.Ast.*;

/**
 * Python's symbol-table pass: finds the scopes of a module, the names each binds and uses, and
 * then which locals must live in cells because nested functions capture them (CPython's
 * {@code symtable.c}, cut down).
 */
final class ScopeAnalyzer {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    private int nextId;

    static ScopeAnalyzer analyze(Ast.Module module) {
        ScopeAnalyzer a = new ScopeAnalyzer();
        a.current = new Scope(Scope.Kind.MODULE, null, "<module>", a.nextId++);
        a.scopes.put(module, a.current);
        for (Stmt s : module.body()) {
            a.stmt(s);
        }
        a.resolve(a.current);
        return a;
    }

    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    // ------------------------------------------------------------------ collection

    private Scope enter(Scope.Kind kind, Object node, String name) {
        Scope s = new Scope(kind, current, name, nextId++);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void bind(String name) {
        current.locals.add(name);
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case ExprStmt e -> expr(e.value());
            case Assign a -> {
                expr(a.value());
                a.targets().forEach(this::target);
            }
            case AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Name n) {
                    current.used.add(n.id());
                }
                target(a.target());
            }
            case AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    target(a.target());
                } else if (!(a.target() instanceof Name)) {
                    expr(a.target());
                }
            }
            case FunctionDef f -> {
                f.decorators().forEach(this::expr);
                defaults(f.args());
                bind(f.name());
                Scope saved = current;
                Scope fs = enter(Scope.Kind.FUNCTION, f, f.name());
                params(fs, f.args());
                stmts(f.body());
                current = saved;
            }
            case ClassDef c -> {
                c.decorators().forEach(this::expr);
                c.bases().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
                bind(c.name());
                Scope saved = current;
                enter(Scope.Kind.CLASS, c, c.name());
                stmts(c.body());
                current = saved;
            }
            case Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Delete d -> d.targets().forEach(this::target);
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orElse());
            }
            case While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orElse());
            }
            case For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orElse());
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (!a.name().equals("*")) {
                        bind(a.asName() != null ? a.asName() : a.name());
                    }
                }
            }
            case Global g -> current.globals.addAll(g.names());
            case Nonlocal n -> {
                if (current.kind == Scope.Kind.MODULE) {
                    throw SyntaxErrorInfo.syntax("nonlocal declaration not allowed at module level", n.start(), n.end() - n.start());
                }
                current.nonlocals.addAll(n.names());
            }
            case Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    stmts(h.body());
                }
                stmts(t.orElse());
                stmts(t.finalBody());
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
        }
    }

    private void defaults(Arguments args) {
        args.defaults().forEach(this::expr);
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private static void params(Scope fs, Arguments args) {
        for (Arg a : args.posOnly()) {
            fs.params.add(a.name());
        }
        for (Arg a : args.args()) {
            fs.params.add(a.name());
        }
        if (args.vararg() != null) {
            fs.params.add(args.vararg().name());
        }
        for (Arg a : args.kwOnly()) {
            fs.params.add(a.name());
        }
        if (args.kwarg() != null) {
            fs.params.add(args.kwarg().name());
        }
        fs.locals.addAll(fs.params);
    }

    private void target(Expr t) {
        switch (t) {
            case Name n -> bind(n.id());
            case Tuple tu -> tu.elts().forEach(this::target);
            case ListExpr l -> l.elts().forEach(this::target);
            case Starred s -> target(s.value());
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Name n -> current.used.add(n.id());
            case Constant c -> {
            }
            case JoinedStr j -> j.values().forEach(this::expr);
            case FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case BoolOp b -> b.values().forEach(this::expr);
            case Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orElse());
            }
            case Lambda l -> {
                defaults(l.args());
                Scope saved = current;
                Scope fs = enter(Scope.Kind.FUNCTION, l, "<lambda>");
                params(fs, l.args());
                expr(l.body());
                current = saved;
            }
            case Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
            }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Starred s -> expr(s.value());
            case Tuple t -> t.elts().forEach(this::expr);
            case ListExpr l -> l.elts().forEach(this::expr);
            case SetExpr s -> s.elts().forEach(this::expr);
            case DictExpr d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i));
                    }
                    expr(d.values().get(i));
                }
            }
            case ListComp l -> comprehension(l, l.generators(), l.elt(), null);
            case SetComp s -> comprehension(s, s.generators(), s.elt(), null);
            case GeneratorExp g -> comprehension(g, g.generators(), g.elt(), null);
            case DictComp d -> comprehension(d, d.generators(), d.key(), d.value());
            case NamedExpr n -> {
                expr(n.value());
                Scope target = current;
                while (target.kind == Scope.Kind.COMPREHENSION) {
                    target = target.parent;
                }
                target.locals.add(n.target().id());
            }
        }
    }

    private void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value) {
        expr(gens.get(0).iter());
        Scope saved = current;
        enter(Scope.Kind.COMPREHENSION, node, "<comprehension>");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        current = saved;
    }

    // ------------------------------------------------------------------ resolution

    /** Computes cells and free variables, children first so comprehension uses reach their host. */
    private void resolve(Scope s) {
        for (Scope c : s.children) {
            resolve(c);
        }
        for (String name : s.nonlocals) {
            if (!requireFree(s, name)) {
                throw SyntaxErrorInfo.syntax("no binding for nonlocal '" + name + "' found", 0, 0);
            }
        }
        for (String name : new java.util.ArrayList<>(s.used)) {
            switch (s.kind) {
                case FUNCTION -> {
                    if (!s.locals.contains(name) && !s.globals.contains(name)) {
                        requireFree(s, name);
                    }
                }
                case CLASS -> {
                    if (!s.locals.contains(name) && !s.globals.contains(name)) {
                        requireFree(s, name);
                    }
                }
                case COMPREHENSION -> {
                    if (!s.locals.contains(name)) {
                        if (s.parent.kind == Scope.Kind.CLASS) {
                            // A class body's names are invisible to comprehensions in it, as to its methods.
                            requireFree(s, name);
                        } else {
                            s.parent.used.add(name);
                        }
                    }
                }
                case MODULE -> {
                }
            }
        }
    }

    /**
     * Finds {@code name} in an enclosing function: marks it a cell there and a free variable of
     * every function or class body on the way. Returns false when it is a global.
     */
    private static boolean requireFree(Scope s, String name) {
        java.util.List<Scope> path = new java.util.ArrayList<>();
        path.add(s);
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) {
                return false;
            }
            if (p.kind != Scope.Kind.CLASS) {
                if (p.globals.contains(name)) {
                    return false;
                }
                if (p.locals.contains(name) && !p.nonlocals.contains(name)) {
                    p.cells.add(name);
                    for (Scope q : path) {
                        if (q.kind != Scope.Kind.COMPREHENSION) {
                            q.addFree(name);
                        }
                    }
                    return true;
                }
            }
            path.add(p);
        }
        return false;
    }
}
