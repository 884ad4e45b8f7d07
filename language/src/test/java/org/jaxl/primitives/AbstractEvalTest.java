package org.jaxl.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.array.DType;
import org.jaxl.runtime.PException;
import org.jaxl.trace.ShapedArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Abstract evaluation of the lax primitives (shape, dtype and weak-type rules, and JAX's exact
 * error texts) from the table in abstract_eval_cases.txt.
 */
class AbstractEvalTest {
    @BeforeAll
    static void enter() {
        LaxTestSupport.enter(true);
    }

    @TestFactory
    List<DynamicTest> cases() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : LaxTestSupport.lines("abstract_eval_cases.txt")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String name = cols[0];
            Params params = LaxTestSupport.parseParams(cols[1]);
            ShapedArray[] avals = parseAvals(cols[2]);
            String expected = cols[3];
            tests.add(DynamicTest.dynamicTest(name + " " + cols[2] + " " + cols[1], () -> assertEquals(expected, evaluate(name, params, avals))));
        }
        return tests;
    }

    private static String evaluate(String name, Params params, ShapedArray[] avals) {
        try {
            ShapedArray[] out = LaxTestSupport.eval(name, params, avals);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < out.length; i++) {
                sb.append(i > 0 ? "," : "").append(out[i].weakType() ? "~" : "").append(out[i].strShort(true));
            }
            return sb.toString();
        } catch (PException e) {
            return e.getMessage();
        }
    }

    /** Avals written as jaxprs write types ({@code f32[2,3]}), {@code ~} marking weak types. */
    static ShapedArray[] parseAvals(String text) {
        if (text.equals("-")) {
            return new ShapedArray[0];
        }
        String[] parts = text.split(" ");
        ShapedArray[] out = new ShapedArray[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean weak = p.startsWith("~");
            if (weak) {
                p = p.substring(1);
            }
            int bracket = p.indexOf('[');
            String shortName = p.substring(0, bracket);
            DType dtype = null;
            for (DType d : DType.values()) {
                if (d.shortName().equals(shortName)) {
                    dtype = d;
                }
            }
            int[] shape = LaxTestSupport.parseInts(p.substring(bracket + 1, p.length() - 1), ",");
            out[i] = new ShapedArray(shape, dtype, weak);
        }
        return out;
    }
}
