package org.jaxl.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The Wadler–Lindig pretty printer JAX formats jaxprs with: a port of JAX 0.4.30's
 * {@code jax/_src/pretty_printer.py}. A {@link Doc} is text, breaks, groups and nesting; a group
 * prints flat (its breaks as their text) when it fits in the remaining width, otherwise its breaks
 * become newlines indented by the enclosing nesting.
 *
 * <p>Ported as far as jaxprs printed by {@code str()} need: colours ({@link #keyword},
 * {@link #typeAnnotation}) keep the structure of JAX's documents but print nothing, because JAX
 * emits them only to a terminal with {@code colorama} installed; annotations and source maps
 * (JAX's {@code source_info} and {@code name_stack} printing options) are left out.
 */
public final class PrettyPrinter {
    /** JAX's default line width ({@code Doc.format(width=80)}). */
    public static final int DEFAULT_WIDTH = 80;

    private PrettyPrinter() {
    }

    /** A document: what to print and where it may break. */
    public sealed interface Doc permits Nil, Text, Concat, Break, Group, Nest {
    }

    private enum Nil implements Doc {
        INSTANCE
    }

    private record Text(String text) implements Doc {
    }

    private record Concat(List<Doc> children) implements Doc {
    }

    private record Break(String text) implements Doc {
    }

    private record Group(Doc child) implements Doc {
    }

    private record Nest(int indent, Doc child) implements Doc {
    }

    private enum Mode {
        FLAT,
        BREAK
    }

    /** A document still to lay out, with the indentation and break mode it is laid out in. */
    private record Pending(int indent, Mode mode, Doc doc) {
    }

    /** The empty document. */
    public static Doc nil() {
        return Nil.INSTANCE;
    }

    /** Literal text. */
    public static Doc text(String text) {
        return new Text(text);
    }

    /** The documents one after the other (a single document is returned as it is, as in JAX). */
    public static Doc concat(List<Doc> docs) {
        return docs.size() == 1 ? docs.get(0) : new Concat(List.copyOf(docs));
    }

    public static Doc concat(Doc... docs) {
        return concat(List.of(docs));
    }

    /** A break printed as one space or as a newline, as the enclosing group decides. */
    public static Doc brk() {
        return brk(" ");
    }

    /** A break printed as {@code text} or as a newline, as the enclosing group decides. */
    public static Doc brk(String text) {
        return new Break(text);
    }

    /** Prints {@code doc} flat if all of it fits on the current line, else with its breaks as newlines. */
    public static Doc group(Doc doc) {
        return new Group(doc);
    }

    /** Indents the lines that breaks in {@code doc} start by {@code indent} more columns. */
    public static Doc nest(int indent, Doc doc) {
        return new Nest(indent, doc);
    }

    /** The documents separated by {@code separator}. */
    public static Doc join(Doc separator, List<Doc> docs) {
        if (docs.isEmpty()) {
            return nil();
        }
        List<Doc> parts = new ArrayList<>(2 * docs.size() - 1);
        parts.add(docs.get(0));
        for (Doc doc : docs.subList(1, docs.size())) {
            parts.add(separator);
            parts.add(doc);
        }
        return concat(parts);
    }

    /** JAX colours keywords ({@code lambda}, {@code let}, {@code in}); colour is never printed here. */
    public static Doc keyword(Doc doc) {
        return doc;
    }

    /** JAX colours type annotations ({@code :f32[3]}); colour is never printed here. */
    public static Doc typeAnnotation(Doc doc) {
        return doc;
    }

    /** {@code str(doc)}: the document laid out in {@link #DEFAULT_WIDTH} columns. */
    public static String format(Doc doc) {
        return format(doc, DEFAULT_WIDTH);
    }

    /**
     * The document laid out in {@code width} columns ({@code _format}): a group is printed flat
     * when its own content fits in what is left of the line; what follows the group is not
     * considered (JAX deliberately departs from Lindig's paper there).
     */
    public static String format(Doc doc, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        Deque<Pending> agenda = new ArrayDeque<>();
        agenda.push(new Pending(0, Mode.BREAK, doc));
        while (!agenda.isEmpty()) {
            Pending p = agenda.pop();
            switch (p.doc()) {
                case Nil nil -> {
                }
                case Text t -> {
                    out.append(t.text());
                    column += length(t.text());
                }
                case Concat c -> pushChildren(agenda, p.indent(), p.mode(), c);
                case Break b -> {
                    if (p.mode() == Mode.BREAK) {
                        out.append('\n').append(" ".repeat(p.indent()));
                        column = p.indent();
                    } else {
                        out.append(b.text());
                        column += length(b.text());
                    }
                }
                case Nest n -> agenda.push(new Pending(p.indent() + n.indent(), p.mode(), n.child()));
                case Group g -> {
                    Mode mode = fits(new Pending(p.indent(), Mode.FLAT, g.child()), width - column) ? Mode.FLAT : Mode.BREAK;
                    agenda.push(new Pending(p.indent(), mode, g.child()));
                }
            }
        }
        return out.toString();
    }

    /** {@code _fits}: whether {@code start} laid out flat takes at most {@code width} columns before its first hard break. */
    private static boolean fits(Pending start, int width) {
        int remaining = width;
        Deque<Pending> agenda = new ArrayDeque<>();
        agenda.push(start);
        while (remaining >= 0 && !agenda.isEmpty()) {
            Pending p = agenda.pop();
            switch (p.doc()) {
                case Nil nil -> {
                }
                case Text t -> remaining -= length(t.text());
                case Concat c -> pushChildren(agenda, p.indent(), p.mode(), c);
                case Break b -> {
                    if (p.mode() == Mode.BREAK) {
                        return true;
                    }
                    remaining -= length(b.text());
                }
                case Nest n -> agenda.push(new Pending(p.indent() + n.indent(), p.mode(), n.child()));
                case Group g -> agenda.push(new Pending(p.indent(), Mode.FLAT, g.child()));
            }
        }
        return remaining >= 0;
    }

    private static void pushChildren(Deque<Pending> agenda, int indent, Mode mode, Concat c) {
        for (int i = c.children().size() - 1; i >= 0; i--) {
            agenda.push(new Pending(indent, mode, c.children().get(i)));
        }
    }

    /** Python's {@code len}: code points, not UTF-16 units. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
