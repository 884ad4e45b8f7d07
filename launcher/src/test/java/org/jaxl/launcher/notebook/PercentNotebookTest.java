package org.jaxl.launcher.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jaxl.launcher.notebook.PercentNotebook.Cell;
import org.jaxl.launcher.notebook.PercentNotebook.Code;
import org.jaxl.launcher.notebook.PercentNotebook.Magic;
import org.junit.jupiter.api.Test;

/** Splitting Jupytext percent-format notebooks into code cells and segments. */
class PercentNotebookTest {

    @Test
    void codeBeforeTheFirstMarkerIsACell() {
        String notebook = """
                        import jax
                        # %%
                        x = 1
                        """;
        assertEquals(List.of(
                        new Cell(List.of(new Code(1, "import jax\n"))),
                        new Cell(List.of(new Code(3, "x = 1\n\n")))),
                        PercentNotebook.codeCells(notebook));
    }

    @Test
    void textCellsAreLeftOut() {
        String notebook = """
                        # %% [markdown]
                        # # A title
                        # %% Setup
                        a = 1
                        # %% Notes [md]
                        # words
                        # %% [raw]
                        not code
                        #%%
                        b = 2""";
        assertEquals(List.of(
                        new Cell(List.of(new Code(4, "a = 1\n"))),
                        new Cell(List.of(new Code(10, "b = 2\n")))),
                        PercentNotebook.codeCells(notebook));
    }

    @Test
    void magicLinesSplitACellIntoSegments() {
        String notebook = """
                        # %%
                        def f(x):
                          return x

                        %timeit f(1)
                        y = f(2)
                        %time   f(3)  \n\
                        """;
        assertEquals(List.of(new Cell(List.of(
                        new Code(2, "def f(x):\n  return x\n\n"),
                        new Magic(5, "%timeit", "f(1)"),
                        new Code(6, "y = f(2)\n"),
                        new Magic(7, "%time", "f(3)")))),
                        PercentNotebook.codeCells(notebook));
    }

    @Test
    void cellMagicsAndUnknownMagicsAreKeptAsWritten() {
        assertEquals(List.of(new Cell(List.of(new Magic(1, "%%timeit", "-n 3"), new Magic(2, "%matplotlib", "inline")))),
                        PercentNotebook.codeCells("%%timeit -n 3\n%matplotlib inline\n"));
    }

    @Test
    void emptyCellsAndBlankSegmentsAreDropped() {
        String notebook = """
                        # %%

                        # %%
                        %time f()

                        """;
        assertEquals(List.of(new Cell(List.of(new Magic(4, "%time", "f()")))), PercentNotebook.codeCells(notebook));
    }

    @Test
    void onlyAMarkerFollowedByItsEndOrASpaceStartsACell() {
        String notebook = """
                        # %%timeit is not a marker
                        x = 1 # %% nor is this
                        """;
        assertEquals(List.of(new Cell(List.of(new Code(1, notebook + "\n")))), PercentNotebook.codeCells(notebook));
    }
}
