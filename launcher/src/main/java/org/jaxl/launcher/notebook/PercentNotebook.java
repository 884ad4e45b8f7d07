package org.jaxl.launcher.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notebook in Jupytext's "percent" format: a script whose cells start at {@code # %%} lines. A
 * marker may carry a title and a cell type ({@code # %% Title [markdown]}); markdown and raw cells
 * are text, not code. Lines before the first marker form a cell too. Within a code cell, IPython
 * line magics ({@code %timeit stmt}) stand on lines of their own at column 0 and split the cell
 * into segments that run in order.
 */
public final class PercentNotebook {

    private static final Pattern CELL_MARKER = Pattern.compile("^# ?%%(?:\\s(.*))?$");
    private static final Pattern TEXT_CELL_TYPE = Pattern.compile("\\[(?:markdown|md|raw)]");
    private static final Pattern MAGIC = Pattern.compile("^(%%?[A-Za-z_][A-Za-z0-9_]*)\\s*(.*)$");

    /** One code cell: its code segments and magic lines, in order. */
    public record Cell(List<Segment> segments) {
    }

    /** A part of a code cell that runs as one unit. */
    public sealed interface Segment permits Code, Magic {
    }

    /**
     * Consecutive lines of code.
     *
     * @param firstLine the 1-based line of the notebook file that {@code text} starts on
     */
    public record Code(int firstLine, String text) implements Segment {
    }

    /**
     * A magic line such as {@code %timeit f(x)}.
     *
     * @param line the 1-based line of the notebook file
     * @param command the magic as written, with its percent signs: {@code %timeit}, {@code %%time}
     * @param argument the rest of the line, trimmed
     */
    public record Magic(int line, String command, String argument) implements Segment {
    }

    private PercentNotebook() {
    }

    /** Splits a notebook's text into its code cells, leaving out text cells and empty cells. */
    public static List<Cell> codeCells(String notebook) {
        List<Cell> cells = new ArrayList<>();
        CellBuilder current = new CellBuilder(true);
        String[] lines = notebook.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            Matcher marker = CELL_MARKER.matcher(line);
            if (marker.matches()) {
                current.addTo(cells);
                String header = marker.group(1);
                current = new CellBuilder(header == null || !TEXT_CELL_TYPE.matcher(header).find());
            } else {
                current.add(index + 1, line);
            }
        }
        current.addTo(cells);
        return cells;
    }

    /** Gathers one cell's lines into segments as they are read. */
    private static final class CellBuilder {
        private final boolean isCode;
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder code = new StringBuilder();
        private int codeFirstLine;

        CellBuilder(boolean isCode) {
            this.isCode = isCode;
        }

        void add(int lineNumber, String line) {
            if (!isCode) {
                return;
            }
            Matcher magic = MAGIC.matcher(line);
            if (magic.matches()) {
                endCode();
                segments.add(new Magic(lineNumber, magic.group(1), magic.group(2).strip()));
            } else {
                if (code.isEmpty()) {
                    codeFirstLine = lineNumber;
                }
                code.append(line).append('\n');
            }
        }

        /** Closes the current run of code lines; a run of blank lines is no segment. */
        private void endCode() {
            if (!code.toString().isBlank()) {
                segments.add(new Code(codeFirstLine, code.toString()));
            }
            code.setLength(0);
        }

        void addTo(List<Cell> cells) {
            endCode();
            if (!segments.isEmpty()) {
                cells.add(new Cell(List.copyOf(segments)));
            }
        }
    }
}
