package org.jaxl.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Traceback and syntax-error texts against what CPython 3.11 prints for the same programs. */
class TracebackTest {

    /**
     * CPython 3.11 for a file x.py: {@code def f(x):\n    if x:\n        raise ValueError("bad")\n\n\n\nf(1)\n}
     * (its file name, absolute there, is written here as given).
     */
    @Test
    void tracebackListsTheOutermostCallFirst() {
        String text = Traceback.format(List.of(
                        new Traceback.Frame("x.jaxl", 7, "<module>", "f(1)"),
                        new Traceback.Frame("x.jaxl", 3, "f", "        raise ValueError(\"bad\")")),
                        "ValueError: bad");
        assertEquals("""
                        Traceback (most recent call last):
                          File "x.jaxl", line 7, in <module>
                            f(1)
                          File "x.jaxl", line 3, in f
                            raise ValueError("bad")
                        ValueError: bad
                        """, text);
    }

    @Test
    void framesWithoutSourceTextHaveNoSourceLine() {
        assertEquals("""
                        Traceback (most recent call last):
                          File "<string>", line 2, in <module>
                        KeyError: 1
                        """, Traceback.format(List.of(new Traceback.Frame("<string>", 2, "<module>", null)), "KeyError: 1"));
    }

    /** CPython 3.11: {@code x = = 1}. */
    @Test
    void syntaxErrorHasACaretUnderTheColumn() {
        assertEquals("""
                          File "x.jaxl", line 1
                            x = = 1
                                ^
                        SyntaxError: invalid syntax
                        """, Traceback.formatSyntaxError("x.jaxl", 1, "x = = 1", 5, 5, "SyntaxError: invalid syntax"));
    }

    /** CPython 3.11: {@code def f():\n    return f(a b)\n}; the caret spans {@code a b} and the indent is stripped. */
    @Test
    void syntaxErrorCaretsSpanTheRangeAfterTheStrippedIndent() {
        assertEquals("""
                          File "x.jaxl", line 2
                            return f(a b)
                                     ^^^
                        SyntaxError: invalid syntax. Perhaps you forgot a comma?
                        """, Traceback.formatSyntaxError("x.jaxl", 2, "    return f(a b)", 14, 17,
                        "SyntaxError: invalid syntax. Perhaps you forgot a comma?"));
    }

    /** CPython 3.11: {@code if True:\n\tx = (1 +\n}; tabs before the caret are kept. */
    @Test
    void syntaxErrorKeepsTabsForAlignment() {
        assertEquals("  File \"x.jaxl\", line 2\n    \tx = (1 +\n    \t    ^\nSyntaxError: '(' was never closed\n",
                        Traceback.formatSyntaxError("x.jaxl", 2, "\tx = (1 +", 6, 6, "SyntaxError: '(' was never closed"));
    }

    /** CPython 3.11: {@code x = 1 +}; the caret may stand just past the line's end. */
    @Test
    void syntaxErrorCaretPastTheEndOfTheLine() {
        assertEquals("""
                          File "x.jaxl", line 1
                            x = 1 +
                                   ^
                        SyntaxError: invalid syntax
                        """, Traceback.formatSyntaxError("x.jaxl", 1, "x = 1 +", 8, 8, "SyntaxError: invalid syntax"));
    }
}
