package org.jaxl.parser;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.parser.Ast.*;
import org.jaxl.parser.Token.Kind;

/**
 * A recursive-descent parser for the Python subset Jaxl runs, following the structure of
 * CPython's grammar ({@code Grammar/python.gram}) and its error messages where Jaxl reports the
 * same mistake.
 */
public final class Parser {
    private final String src;
    private final List<Token> tokens;
    private int p;

    private Parser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    /** Parses a whole module; throws {@link SyntaxErrorInfo} on bad input. */
    public static Ast.Module parseModule(String src) {
        Parser parser = new Parser(src, Lexer.tokenize(src));
        List<Stmt> body = new ArrayList<>();
        while (!parser.peek().is(Kind.END)) {
            parser.statement(body);
        }
        return new Ast.Module(body);
    }

    /**
     * Parses a function signature written as Python source, e.g. {@code (x, /, *args, sep=' ')}:
     * used to declare the signatures of built-in functions.
     */
    public static FunctionDef parseSignature(String name, String signature) {
        Ast.Module m = parseModule("def " + name + signature + ": pass\n");
        return (FunctionDef) m.body().get(0);
    }

    // ------------------------------------------------------------------ token helpers

    private Token peek() {
        return tokens.get(p);
    }

    private Token peekAt(int k) {
        return tokens.get(Math.min(p + k, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(p++);
    }

    private int prevEnd() {
        return tokens.get(p - 1).end();
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String kw) {
        return peek().isKeyword(kw);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!atOp(op)) {
            if (op.equals(":")) {
                throw error("expected ':'", peek(), 1);
            }
            throw invalidSyntax();
        }
        return next();
    }

    private String expectName() {
        Token t = peek();
        if (!t.is(Kind.NAME) || isReservedWord(t.text())) {
            throw invalidSyntax();
        }
        p++;
        return t.text();
    }

    private static boolean isReservedWord(String s) {
        return switch (s) {
            case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield" ->
                true;
            default -> false;
        };
    }

    private SyntaxErrorInfo invalidSyntax() {
        Token t = peek();
        return error("invalid syntax", t, Math.max(1, t.end() - t.start()));
    }

    private SyntaxErrorInfo error(String message, Token at, int length) {
        boolean incomplete = at.is(Kind.END);
        int start = at.start();
        if (at.is(Kind.END) || at.is(Kind.DEDENT)) {
            start = Math.max(0, Math.min(start, src.length()) - (src.endsWith("\n") ? 1 : 0));
        }
        return new SyntaxErrorInfo("SyntaxError", message, start, length, incomplete);
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.is(Kind.INDENT)) {
            throw new SyntaxErrorInfo("IndentationError", "unexpected indent", t.end(), 0, false);
        }
        if (t.is(Kind.NAME)) {
            switch (t.text()) {
                case "if" -> {
                    out.add(ifStatement());
                    return;
                }
                case "while" -> {
                    out.add(whileStatement());
                    return;
                }
                case "for" -> {
                    out.add(forStatement());
                    return;
                }
                case "try" -> {
                    out.add(tryStatement());
                    return;
                }
                case "with" -> {
                    out.add(withStatement());
                    return;
                }
                case "def" -> {
                    out.add(functionDef(List.of(), t.start()));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t.start()));
                    return;
                }
                default -> {
                }
            }
        }
        if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(smallStatement());
            if (acceptOp(";")) {
                if (peek().is(Kind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!peek().is(Kind.NEWLINE)) {
            throw invalidSyntax();
        }
        p++;
    }

    private Stmt smallStatement() {
        Token t = peek();
        int start = t.start();
        if (t.is(Kind.NAME)) {
            switch (t.text()) {
                case "pass" -> {
                    p++;
                    return new Pass(start, prevEnd());
                }
                case "break" -> {
                    p++;
                    return new Break(start, prevEnd());
                }
                case "continue" -> {
                    p++;
                    return new Continue(start, prevEnd());
                }
                case "return" -> {
                    p++;
                    Expr value = atStatementEnd() ? null : starExpressions();
                    return new Return(value, start, prevEnd());
                }
                case "raise" -> {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (!atStatementEnd()) {
                        exc = expression();
                        if (acceptKeyword("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, start, prevEnd());
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (acceptOp(","));
                    return t.text().equals("global") ? new Global(names, start, prevEnd()) : new Nonlocal(names, start, prevEnd());
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Assert(test, msg, start, prevEnd());
                }
                case "del" -> {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atStatementEnd()) {
                            break;
                        }
                        targets.add(checkTarget(bitwiseOr(), "delete"));
                    } while (acceptOp(","));
                    return new Delete(targets, start, prevEnd());
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private boolean atStatementEnd() {
        return peek().is(Kind.NEWLINE) || atOp(";") || peek().is(Kind.END);
    }

    private Stmt expressionStatement() {
        int start = peek().start();
        Expr first = starExpressions();
        if (atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(checkTarget(first, "assign"));
            Expr value = null;
            while (acceptOp("=")) {
                value = starExpressions();
                if (atOp("=")) {
                    targets.add(checkTarget(value, "assign"));
                }
            }
            return new Assign(targets, value, start, prevEnd());
        }
        Token t = peek();
        if (t.is(Kind.OP) && t.text().length() >= 2 && t.text().endsWith("=") && !t.text().equals("==") && !t.text().equals("<=") && !t.text().equals(">=")
                        && !t.text().equals("!=")) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw SyntaxErrorInfo.syntax("'" + describe(first) + "' is an illegal expression for augmented assignment", first.start(), first.end() - first.start());
            }
            p++;
            Expr value = starExpressions();
            return new AugAssign(first, t.text().substring(0, t.text().length() - 1), value, start, prevEnd());
        }
        if (atOp(":")) {
            p++;
            expression();
            Expr value = acceptOp("=") ? starExpressions() : null;
            return new AnnAssign(checkTarget(first, "assign"), value, start, prevEnd());
        }
        return new ExprStmt(first, start, prevEnd());
    }

    /** Checks that {@code e} can be assigned to, with CPython's messages when it cannot. */
    private Expr checkTarget(Expr e, String what) {
        switch (e) {
            case Name n -> {
                return e;
            }
            case Attribute a -> {
                return e;
            }
            case Subscript s -> {
                return e;
            }
            case Tuple t -> {
                t.elts().forEach(x -> checkTarget(x, what));
                return e;
            }
            case ListExpr l -> {
                l.elts().forEach(x -> checkTarget(x, what));
                return e;
            }
            case Starred s -> {
                checkTarget(s.value(), what);
                return e;
            }
            default -> {
                String hint = what.equals("assign") ? " here. Maybe you meant '==' instead of '='?" : "";
                if (e instanceof Constant || e instanceof JoinedStr || e instanceof Compare || e instanceof BinOp || e instanceof Call) {
                    throw SyntaxErrorInfo.syntax("cannot " + what + " to " + describe(e) + hint, e.start(), e.end() - e.start());
                }
                throw SyntaxErrorInfo.syntax("cannot " + what + " to " + describe(e), e.start(), e.end() - e.start());
            }
        }
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Constant c -> c.value() == Ast.NONE ? "None" : c.value() instanceof Boolean b ? (b ? "True" : "False") : c.value() == Ast.ELLIPSIS ? "ellipsis" : "literal";
            case JoinedStr j -> "f-string expression";
            case Call c -> "function call";
            case Compare c -> "comparison";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case BoolOp b -> "expression";
            case Lambda l -> "lambda";
            case IfExp i -> "conditional expression";
            case ListComp l -> "list comprehension";
            case DictComp d -> "dict comprehension";
            case SetComp s -> "set comprehension";
            case GeneratorExp g -> "generator expression";
            case DictExpr d -> "dict literal";
            case SetExpr s -> "set display";
            case NamedExpr n -> "named expression";
            case Tuple t -> "tuple";
            case ListExpr l -> "list";
            default -> "expression";
        };
    }

    private Stmt importStatement() {
        int start = next().start();
        List<Alias> names = new ArrayList<>();
        do {
            int s = peek().start();
            String name = dottedName();
            String as = acceptKeyword("as") ? expectName() : null;
            names.add(new Alias(name, as, s, prevEnd()));
        } while (acceptOp(","));
        return new Import(names, start, prevEnd());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (acceptOp(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        int start = next().start();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += next().text().length();
        }
        String module = atKeyword("import") ? "" : dottedName();
        if (!acceptKeyword("import")) {
            throw invalidSyntax();
        }
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token t = next();
            names.add(new Alias("*", null, t.start(), t.end()));
        } else {
            boolean paren = acceptOp("(");
            do {
                if (paren && atOp(")")) {
                    break;
                }
                int s = peek().start();
                String name = expectName();
                String as = acceptKeyword("as") ? expectName() : null;
                names.add(new Alias(name, as, s, prevEnd()));
            } while (acceptOp(","));
            if (paren) {
                expectOp(")");
            }
        }
        return new ImportFrom(module, names, level, start, prevEnd());
    }

    /** The body after a block header's ':' — an indented block or statements on the same line. */
    private List<Stmt> block(String after, int headerLine) {
        expectOp(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().is(Kind.NEWLINE)) {
            p++;
            if (!peek().is(Kind.INDENT)) {
                Token t = peek();
                throw new SyntaxErrorInfo("IndentationError", "expected an indented block after " + after + " on line " + headerLine, t.start(), 1,
                                t.is(Kind.END));
            }
            p++;
            while (!peek().is(Kind.DEDENT) && !peek().is(Kind.END)) {
                statement(body);
            }
            if (peek().is(Kind.DEDENT)) {
                p++;
            }
        } else {
            simpleStatements(body);
        }
        return body;
    }

    private Stmt ifStatement() {
        Token kw = next();
        Expr test = namedExpression();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.line());
        List<Stmt> orElse = List.of();
        if (atKeyword("elif")) {
            orElse = List.of(ifStatement());
        } else if (atKeyword("else")) {
            Token e = next();
            orElse = block("'else' statement", e.line());
        }
        return new If(test, body, orElse, kw.start(), prevEnd());
    }

    private Stmt whileStatement() {
        Token kw = next();
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", kw.line());
        List<Stmt> orElse = List.of();
        if (atKeyword("else")) {
            Token e = next();
            orElse = block("'else' statement", e.line());
        }
        return new While(test, body, orElse, kw.start(), prevEnd());
    }

    private Stmt forStatement() {
        Token kw = next();
        Expr target = checkTarget(targetList(), "assign");
        if (!acceptKeyword("in")) {
            throw invalidSyntax();
        }
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", kw.line());
        List<Stmt> orElse = List.of();
        if (atKeyword("else")) {
            Token e = next();
            orElse = block("'else' statement", e.line());
        }
        return new For(target, iter, body, orElse, kw.start(), prevEnd());
    }

    /** Targets of {@code for} and comprehensions: {@code a, (b, c)} up to {@code in}. */
    private Expr targetList() {
        int start = peek().start();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        while (true) {
            elts.add(atOp("*") ? starred() : bitwiseOr());
            if (!atOp(",")) {
                break;
            }
            p++;
            comma = true;
            if (atKeyword("in")) {
                break;
            }
        }
        return comma ? new Tuple(elts, start, prevEnd()) : elts.get(0);
    }

    private Stmt tryStatement() {
        Token kw = next();
        List<Stmt> body = block("'try' statement", kw.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            Token e = next();
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    List<Expr> types = new ArrayList<>();
                    types.add(type);
                    while (acceptOp(",")) {
                        types.add(expression());
                    }
                    type = new Tuple(types, types.get(0).start(), prevEnd());
                }
                if (acceptKeyword("as")) {
                    name = expectName();
                }
            }
            List<Stmt> hbody = block("'except' statement", e.line());
            handlers.add(new ExceptHandler(type, name, hbody, e.start(), prevEnd()));
        }
        List<Stmt> orElse = List.of();
        List<Stmt> finalBody = List.of();
        if (atKeyword("else")) {
            Token e = next();
            orElse = block("'else' statement", e.line());
        }
        if (atKeyword("finally")) {
            Token f = next();
            finalBody = block("'finally' statement", f.line());
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", peek(), 1);
        }
        return new Try(body, handlers, orElse, finalBody, kw.start(), prevEnd());
    }

    private Stmt withStatement() {
        Token kw = next();
        List<WithItem> items = new ArrayList<>();
        boolean paren = atOp("(") && parenthesizedWithItems();
        if (paren) {
            p++;
        }
        do {
            if (paren && atOp(")")) {
                break;
            }
            int s = peek().start();
            Expr ctx = expression();
            Expr vars = null;
            if (acceptKeyword("as")) {
                vars = checkTarget(atOp("(") ? atom() : bitwiseOr(), "assign");
            }
            items.add(new WithItem(ctx, vars, s, prevEnd()));
        } while (acceptOp(","));
        if (paren) {
            expectOp(")");
        }
        List<Stmt> body = block("'with' statement", kw.line());
        return new With(items, body, kw.start(), prevEnd());
    }

    /** Distinguishes {@code with (a as b, c):} from {@code with (a, b) as c:} by looking for 'as' at depth 1. */
    private boolean parenthesizedWithItems() {
        int depth = 0;
        for (int i = p; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
                if (depth == 0) {
                    return tokens.get(i + 1).isOp(":") && containsAsAtDepthOne(p, i);
                }
            } else if (t.is(Kind.NEWLINE)) {
                return false;
            }
        }
        return false;
    }

    private boolean containsAsAtDepthOne(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 1 && t.isKeyword("as")) {
                return true;
            }
        }
        return false;
    }

    private Stmt decorated() {
        int start = peek().start();
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!peek().is(Kind.NEWLINE)) {
                throw invalidSyntax();
            }
            p++;
        }
        if (atKeyword("def")) {
            return functionDef(decorators, start);
        }
        if (atKeyword("class")) {
            return classDef(decorators, start);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, int start) {
        Token kw = next();
        String name = expectName();
        expectOp("(");
        Arguments args = parameters(")", true);
        expectOp(")");
        if (acceptOp("->")) {
            expression();
        }
        int headerEnd = prevEnd();
        List<Stmt> body = block("function definition", kw.line());
        return new FunctionDef(name, args, body, decorators, start, prevEnd(), headerEnd);
    }

    private Stmt classDef(List<Expr> decorators, int start) {
        Token kw = next();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (acceptOp("(")) {
            callArguments(bases, keywords);
            expectOp(")");
        }
        List<Stmt> body = block("class definition", kw.line());
        return new ClassDef(name, bases, keywords, body, decorators, start, prevEnd());
    }

    /** A parameter list up to {@code close} (')' for def, ':' for lambda). */
    private Arguments parameters(String close, boolean annotations) {
        int start = peek().start();
        List<Arg> posOnly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        while (!atOp(close)) {
            if (acceptOp("/")) {
                if (star || !posOnly.isEmpty() || args.isEmpty()) {
                    throw invalidSyntax();
                }
                posOnly.addAll(args);
                args.clear();
            } else if (atOp("**")) {
                p++;
                kwarg = param(annotations);
            } else if (atOp("*")) {
                p++;
                if (star) {
                    throw SyntaxErrorInfo.syntax("* argument may appear only once", tokens.get(p - 1).start(), 1);
                }
                star = true;
                if (!atOp(",") && !atOp(close)) {
                    vararg = param(annotations);
                }
            } else {
                Arg a = param(annotations);
                Expr def = null;
                if (acceptOp("=")) {
                    def = expression();
                }
                if (star) {
                    kwOnly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw SyntaxErrorInfo.syntax("non-default argument follows default argument", a.start(), a.end() - a.start());
                    }
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return new Arguments(posOnly, args, vararg, kwOnly, kwDefaults, kwarg, defaults, start, prevEnd());
    }

    private Arg param(boolean annotations) {
        Token t = peek();
        String name = expectName();
        if (annotations && acceptOp(":")) {
            expression();
        }
        return new Arg(name, t.start(), t.end());
    }

    // ------------------------------------------------------------------ expressions

    /** {@code star_expressions}: one expression, or a tuple when there are commas. */
    private Expr starExpressions() {
        int start = peek().start();
        Expr first = atOp("*") ? starred() : expression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atStatementEnd() || atOp("=") || atOp(")") || atOp(":") || isAugAssignOp(peek())) {
                break;
            }
            elts.add(atOp("*") ? starred() : expression());
        }
        return new Tuple(elts, start, prevEnd());
    }

    private static boolean isAugAssignOp(Token t) {
        return t.is(Kind.OP) && t.text().length() >= 2 && t.text().endsWith("=") && !t.text().equals("==") && !t.text().equals("<=") && !t.text().equals(">=")
                        && !t.text().equals("!=");
    }

    private Expr starred() {
        int start = next().start();
        Expr value = bitwiseOr();
        return new Starred(value, start, prevEnd());
    }

    /** An expression that may be a walrus {@code name := value}. */
    private Expr namedExpression() {
        if (peek().is(Kind.NAME) && peekAt(1).isOp(":=")) {
            Token name = next();
            p++;
            Expr value = expression();
            return new NamedExpr(new Name(name.text(), name.start(), name.end()), value, name.start(), prevEnd());
        }
        return expression();
    }

    private Expr expression() {
        if (atKeyword("lambda")) {
            return lambda();
        }
        int start = peek().start();
        Expr body = disjunction();
        if (atKeyword("if")) {
            p++;
            Expr test = disjunction();
            if (!acceptKeyword("else")) {
                throw error("expected 'else' after 'if' expression", peek(), 1);
            }
            Expr orElse = expression();
            return new IfExp(test, body, orElse, start, prevEnd());
        }
        return body;
    }

    private Expr lambda() {
        int start = next().start();
        Arguments args = parameters(":", false);
        expectOp(":");
        Expr body = expression();
        return new Lambda(args, body, start, prevEnd());
    }

    private Expr disjunction() {
        int start = peek().start();
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new BoolOp("or", values, start, prevEnd());
    }

    private Expr conjunction() {
        int start = peek().start();
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new BoolOp("and", values, start, prevEnd());
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            int start = next().start();
            Expr operand = inversion();
            return new UnaryOp("not", operand, start, prevEnd());
        }
        return comparison();
    }

    private Expr comparison() {
        int start = peek().start();
        Expr left = bitwiseOr();
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            String op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Compare(left, ops, comparators, start, prevEnd());
    }

    private String comparisonOperator() {
        Token t = peek();
        if (t.is(Kind.OP)) {
            switch (t.text()) {
                case "<", ">", "==", ">=", "<=", "!=" -> {
                    p++;
                    return t.text();
                }
                default -> {
                    return null;
                }
            }
        }
        if (t.isKeyword("in")) {
            p++;
            return "in";
        }
        if (t.isKeyword("not") && peekAt(1).isKeyword("in")) {
            p += 2;
            return "not in";
        }
        if (t.isKeyword("is")) {
            p++;
            if (acceptKeyword("not")) {
                return "is not";
            }
            return "is";
        }
        return null;
    }

    private Expr bitwiseOr() {
        int start = peek().start();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            p++;
            left = new BinOp(left, "|", bitwiseXor(), start, prevEnd());
        }
        return left;
    }

    private Expr bitwiseXor() {
        int start = peek().start();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            p++;
            left = new BinOp(left, "^", bitwiseAnd(), start, prevEnd());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        int start = peek().start();
        Expr left = shift();
        while (atOp("&")) {
            p++;
            left = new BinOp(left, "&", shift(), start, prevEnd());
        }
        return left;
    }

    private Expr shift() {
        int start = peek().start();
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            String op = next().text();
            left = new BinOp(left, op, sum(), start, prevEnd());
        }
        return left;
    }

    private Expr sum() {
        int start = peek().start();
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            String op = next().text();
            left = new BinOp(left, op, term(), start, prevEnd());
        }
        return left;
    }

    private Expr term() {
        int start = peek().start();
        Expr left = factor();
        while (atOp("*") || atOp("/") || atOp("//") || atOp("%") || atOp("@")) {
            String op = next().text();
            left = new BinOp(left, op, factor(), start, prevEnd());
        }
        return left;
    }

    private Expr factor() {
        if (atOp("-") || atOp("+") || atOp("~")) {
            Token t = next();
            Expr operand = factor();
            return new UnaryOp(t.text(), operand, t.start(), prevEnd());
        }
        return power();
    }

    private Expr power() {
        int start = peek().start();
        Expr base = primary();
        if (atOp("**")) {
            p++;
            Expr exp = factor();
            return new BinOp(base, "**", exp, start, prevEnd());
        }
        return base;
    }

    private Expr primary() {
        int start = peek().start();
        Expr e = atom();
        while (true) {
            if (atOp(".")) {
                p++;
                String attr = expectName();
                e = new Attribute(e, attr, start, prevEnd());
            } else if (atOp("(")) {
                p++;
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                callArguments(args, keywords);
                expectOp(")");
                e = new Call(e, args, keywords, start, prevEnd());
            } else if (atOp("[")) {
                p++;
                Expr slice = subscriptList();
                expectOp("]");
                e = new Subscript(e, slice, start, prevEnd());
            } else {
                return e;
            }
        }
    }

    /** Call arguments up to (not including) the closing ')'. */
    private void callArguments(List<Expr> args, List<Keyword> keywords) {
        while (!atOp(")")) {
            int start = peek().start();
            if (atOp("*")) {
                // In calls the grammar allows any expression after '*': f(*a if c else b).
                int starStart = next().start();
                Expr value = expression();
                args.add(new Starred(value, starStart, prevEnd()));
            } else if (atOp("**")) {
                p++;
                Expr value = expression();
                keywords.add(new Keyword(null, value, start, prevEnd()));
            } else if (peek().is(Kind.NAME) && peekAt(1).isOp("=")) {
                String name = next().text();
                p++;
                Expr value = expression();
                keywords.add(new Keyword(name, value, start, prevEnd()));
            } else {
                Expr value = namedExpression();
                if (atKeyword("for")) {
                    value = new GeneratorExp(value, comprehensionClauses(), start, prevEnd());
                } else if (!keywords.isEmpty()) {
                    boolean onlyStarStar = keywords.stream().allMatch(k -> k.arg() == null);
                    if (!onlyStarStar) {
                        throw SyntaxErrorInfo.syntax("positional argument follows keyword argument", value.start(), value.end() - value.start());
                    }
                    throw SyntaxErrorInfo.syntax("positional argument follows keyword argument unpacking", value.start(), value.end() - value.start());
                }
                args.add(value);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
    }

    private Expr subscriptList() {
        int start = peek().start();
        Expr first = sliceItem();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(sliceItem());
        }
        return new Tuple(elts, start, prevEnd());
    }

    private Expr sliceItem() {
        int start = peek().start();
        Expr lower = null;
        if (!atOp(":")) {
            if (atOp("*")) {
                return starred();
            }
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        p++;
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Slice(lower, upper, step, start, prevEnd());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return new Constant(Ast.NONE, t.start(), t.end());
                    }
                    case "True" -> {
                        p++;
                        return new Constant(Boolean.TRUE, t.start(), t.end());
                    }
                    case "False" -> {
                        p++;
                        return new Constant(Boolean.FALSE, t.start(), t.end());
                    }
                    default -> {
                        if (isReservedWord(t.text())) {
                            throw invalidSyntax();
                        }
                        p++;
                        return new Name(t.text(), t.start(), t.end());
                    }
                }
            }
            case NUMBER -> {
                p++;
                return new Constant(t.value(), t.start(), t.end());
            }
            case STRING, FSTRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return dictOrSetDisplay();
                    }
                    case "..." -> {
                        p++;
                        return new Constant(Ast.ELLIPSIS, t.start(), t.end());
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr strings() {
        int start = peek().start();
        List<Expr> parts = new ArrayList<>();
        boolean anyF = false;
        StringBuilder pending = new StringBuilder();
        int pendingStart = start;
        while (peek().is(Kind.STRING) || peek().is(Kind.FSTRING)) {
            Token t = next();
            if (t.is(Kind.STRING)) {
                if (pending.isEmpty()) {
                    pendingStart = t.start();
                }
                pending.append((String) t.value());
            } else {
                anyF = true;
                Token.FStringParts f = (Token.FStringParts) t.value();
                List<Expr> fparts = new ArrayList<>();
                for (Expr part : new FStringParser(src, f.body(), f.bodyStart(), f.raw()).parse()) {
                    if (part instanceof JoinedStr debug) {
                        fparts.addAll(debug.values());
                    } else {
                        fparts.add(part);
                    }
                }
                for (Expr part : fparts) {
                    if (part instanceof Constant c) {
                        if (pending.isEmpty()) {
                            pendingStart = c.start();
                        }
                        pending.append((String) c.value());
                    } else {
                        if (!pending.isEmpty()) {
                            parts.add(new Constant(pending.toString(), pendingStart, part.start()));
                            pending.setLength(0);
                        }
                        parts.add(part);
                    }
                }
            }
        }
        if (!anyF) {
            return new Constant(pending.toString(), start, prevEnd());
        }
        if (!pending.isEmpty()) {
            parts.add(new Constant(pending.toString(), pendingStart, prevEnd()));
        }
        return new JoinedStr(parts, start, prevEnd());
    }

    private Expr parenthesized() {
        int start = next().start();
        if (acceptOp(")")) {
            return new Tuple(List.of(), start, prevEnd());
        }
        Expr first = atOp("*") ? starred() : namedExpression();
        if (atKeyword("for")) {
            List<Comprehension> gens = comprehensionClauses();
            expectOp(")");
            return new GeneratorExp(first, gens, start, prevEnd());
        }
        if (acceptOp(")")) {
            if (first instanceof Starred) {
                throw SyntaxErrorInfo.syntax("cannot use starred expression here", first.start(), first.end() - first.start());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) {
                break;
            }
            elts.add(atOp("*") ? starred() : namedExpression());
        }
        expectOp(")");
        return new Tuple(elts, start, prevEnd());
    }

    private Expr listDisplay() {
        int start = next().start();
        List<Expr> elts = new ArrayList<>();
        if (acceptOp("]")) {
            return new ListExpr(elts, start, prevEnd());
        }
        Expr first = atOp("*") ? starred() : namedExpression();
        if (atKeyword("for")) {
            List<Comprehension> gens = comprehensionClauses();
            expectOp("]");
            return new ListComp(first, gens, start, prevEnd());
        }
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(atOp("*") ? starred() : namedExpression());
        }
        expectOp("]");
        return new ListExpr(elts, start, prevEnd());
    }

    private Expr dictOrSetDisplay() {
        int start = next().start();
        if (acceptOp("}")) {
            return new DictExpr(List.of(), List.of(), start, prevEnd());
        }
        if (atOp("**")) {
            return dictDisplayRest(start, null, null);
        }
        Expr first = atOp("*") ? starred() : namedExpression();
        if (acceptOp(":")) {
            Expr value = expression();
            if (atKeyword("for")) {
                List<Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new DictComp(first, value, gens, start, prevEnd());
            }
            return dictDisplayRest(start, first, value);
        }
        if (atKeyword("for")) {
            List<Comprehension> gens = comprehensionClauses();
            expectOp("}");
            return new SetComp(first, gens, start, prevEnd());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            elts.add(atOp("*") ? starred() : namedExpression());
        }
        expectOp("}");
        return new SetExpr(elts, start, prevEnd());
    }

    private Expr dictDisplayRest(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!acceptOp(",")) {
                expectOp("}");
                return new DictExpr(keys, values, start, prevEnd());
            }
        }
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expectOp(":");
                values.add(expression());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new DictExpr(keys, values, start, prevEnd());
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKeyword("for")) {
            int start = next().start();
            Expr target = checkTarget(targetList(), "assign");
            if (!acceptKeyword("in")) {
                throw invalidSyntax();
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                p++;
                ifs.add(disjunctionOrNamed());
            }
            gens.add(new Comprehension(target, iter, ifs, start, prevEnd()));
        }
        return gens;
    }

    private Expr disjunctionOrNamed() {
        if (peek().is(Kind.NAME) && peekAt(1).isOp(":=")) {
            return namedExpression();
        }
        return disjunction();
    }

    /** Parses one expression from {@code text}, which sits at {@code offset} in the whole source (f-string fields). */
    static Expr parseEmbeddedExpression(String wholeSource, String text, int offset) {
        List<Token> toks = Lexer.tokenize("(" + text + ")");
        List<Token> shifted = new ArrayList<>(toks.size());
        for (Token t : toks) {
            int s = Math.max(0, t.start() - 1) + offset;
            int e = Math.max(0, t.end() - 1) + offset;
            shifted.add(new Token(t.kind(), t.text(), t.value(), s, e, t.line()));
        }
        Parser parser = new Parser(wholeSource, shifted);
        parser.p = 1;
        Expr e = parser.starExpressions();
        if (!parser.atOp(")")) {
            throw parser.invalidSyntax();
        }
        return e;
    }
}
