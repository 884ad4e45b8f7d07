package org.jaxl.parser;

import java.util.List;

/**
 * The immutable syntax tree the parser produces: Python's {@code ast} module, cut down to what
 * Jaxl runs. Every node records the character range it was parsed from ({@code start} inclusive,
 * {@code end} exclusive) so that Truffle nodes get exact source sections.
 */
public final class Ast {
    private Ast() {
    }

    /** A node with a source range. */
    public sealed interface Node permits Expr, Stmt, Arg, Keyword, Comprehension, ExceptHandler, WithItem, Alias, Arguments {
        int start();

        int end();
    }

    // ---------------------------------------------------------------- expressions

    /** An expression. */
    public sealed interface Expr extends Node {
    }

    public record Name(String id, int start, int end) implements Expr {
    }

    /**
     * A literal: {@code Long}, {@code BigInteger}, {@code Double}, {@code String}, {@code Boolean},
     * {@link #NONE}, {@link #ELLIPSIS} or an {@link Imaginary}.
     */
    public record Constant(Object value, int start, int end) implements Expr {
    }

    /** The literal {@code None} inside a {@link Constant}. */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };
    /** The literal {@code ...} inside a {@link Constant}. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };

    /** An imaginary literal such as {@code 2j}. */
    public record Imaginary(double value) {
    }

    /** An f-string: literal {@link Constant} parts and {@link FormattedValue}s. */
    public record JoinedStr(List<Expr> values, int start, int end) implements Expr {
    }

    /** {@code {value!conversion:spec}} in an f-string; conversion is 0, 's', 'r' or 'a'. */
    public record FormattedValue(Expr value, char conversion, Expr formatSpec, int start, int end) implements Expr {
    }

    public record BinOp(Expr left, String op, Expr right, int start, int end) implements Expr {
    }

    /** Unary {@code -}, {@code +}, {@code ~} or {@code not}. */
    public record UnaryOp(String op, Expr operand, int start, int end) implements Expr {
    }

    /** {@code and} / {@code or} over two or more values. */
    public record BoolOp(String op, List<Expr> values, int start, int end) implements Expr {
    }

    /** A chained comparison {@code a < b <= c}; ops include {@code in}, {@code not in}, {@code is}, {@code is not}. */
    public record Compare(Expr left, List<String> ops, List<Expr> comparators, int start, int end) implements Expr {
    }

    public record IfExp(Expr test, Expr body, Expr orElse, int start, int end) implements Expr {
    }

    public record Lambda(Arguments args, Expr body, int start, int end) implements Expr {
    }

    /** A call; {@code args} may contain {@link Starred}, a keyword with null name is {@code **value}. */
    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, int start, int end) implements Expr {
    }

    public record Attribute(Expr value, String attr, int start, int end) implements Expr {
    }

    public record Subscript(Expr value, Expr slice, int start, int end) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    public record Slice(Expr lower, Expr upper, Expr step, int start, int end) implements Expr {
    }

    public record Starred(Expr value, int start, int end) implements Expr {
    }

    public record Tuple(List<Expr> elts, int start, int end) implements Expr {
    }

    public record ListExpr(List<Expr> elts, int start, int end) implements Expr {
    }

    /** A dict display; a null key means {@code **value}. */
    public record DictExpr(List<Expr> keys, List<Expr> values, int start, int end) implements Expr {
    }

    public record SetExpr(List<Expr> elts, int start, int end) implements Expr {
    }

    public record ListComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    public record SetComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    public record DictComp(Expr key, Expr value, List<Comprehension> generators, int start, int end) implements Expr {
    }

    public record GeneratorExp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    /** The walrus {@code target := value}. */
    public record NamedExpr(Name target, Expr value, int start, int end) implements Expr {
    }

    // ---------------------------------------------------------------- helpers

    /** {@code for target in iter if cond…} inside a comprehension. */
    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int start, int end) implements Node {
    }

    /** A keyword argument; {@code arg} is null for {@code **value}. */
    public record Keyword(String arg, Expr value, int start, int end) implements Node {
    }

    /** One parameter of a function. */
    public record Arg(String name, int start, int end) implements Node {
    }

    /**
     * A parameter list: positional-only, positional-or-keyword, {@code *vararg}, keyword-only and
     * {@code **kwarg}. {@code defaults} belong to the last positional parameters;
     * {@code kwDefaults} has one entry (possibly null) per keyword-only parameter.
     */
    public record Arguments(List<Arg> posOnly, List<Arg> args, Arg vararg, List<Arg> kwOnly, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults,
                    int start, int end) implements Node {
    }

    public record ExceptHandler(Expr type, String name, List<Stmt> body, int start, int end) implements Node {
    }

    public record WithItem(Expr contextExpr, Expr optionalVars, int start, int end) implements Node {
    }

    /** {@code name as asname} in an import. */
    public record Alias(String name, String asName, int start, int end) implements Node {
    }

    // ---------------------------------------------------------------- statements

    /** A statement. */
    public sealed interface Stmt extends Node {
    }

    public record ExprStmt(Expr value, int start, int end) implements Stmt {
    }

    /** {@code t1 = t2 = value}. */
    public record Assign(List<Expr> targets, Expr value, int start, int end) implements Stmt {
    }

    public record AugAssign(Expr target, String op, Expr value, int start, int end) implements Stmt {
    }

    /** {@code target: annotation [= value]}; the annotation is parsed and ignored. */
    public record AnnAssign(Expr target, Expr value, int start, int end) implements Stmt {
    }

    public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, int start, int end, int headerEnd) implements Stmt {
    }

    public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators, int start, int end) implements Stmt {
    }

    public record Return(Expr value, int start, int end) implements Stmt {
    }

    public record Delete(List<Expr> targets, int start, int end) implements Stmt {
    }

    public record If(Expr test, List<Stmt> body, List<Stmt> orElse, int start, int end) implements Stmt {
    }

    public record While(Expr test, List<Stmt> body, List<Stmt> orElse, int start, int end) implements Stmt {
    }

    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, int start, int end) implements Stmt {
    }

    public record Break(int start, int end) implements Stmt {
    }

    public record Continue(int start, int end) implements Stmt {
    }

    public record Pass(int start, int end) implements Stmt {
    }

    public record Import(List<Alias> names, int start, int end) implements Stmt {
    }

    /** {@code from module import names}; a single alias named {@code *} imports everything. */
    public record ImportFrom(String module, List<Alias> names, int level, int start, int end) implements Stmt {
    }

    public record Global(List<String> names, int start, int end) implements Stmt {
    }

    public record Nonlocal(List<String> names, int start, int end) implements Stmt {
    }

    public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, int start, int end) implements Stmt {
    }

    public record Raise(Expr exc, Expr cause, int start, int end) implements Stmt {
    }

    public record Assert(Expr test, Expr msg, int start, int end) implements Stmt {
    }

    public record With(List<WithItem> items, List<Stmt> body, int start, int end) implements Stmt {
    }

    /** A whole module. */
    public record Module(List<Stmt> body) {
    }
}
