package org.jaxl.primitives;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.array.NDArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The elementwise, comparison, selection and conversion primitives on every dtype against
 * JAX's own results (elementwise_cases.txt, written by gen_elementwise_cases.py beside it).
 */
class ElementwiseCasesTest {
    @BeforeAll
    static void enter() {
        LaxTestSupport.enter(true);
    }

    @TestFactory
    List<DynamicTest> casesFromJax() {
        return cases("elementwise_cases.txt");
    }

    /** One dynamic test per line of a generated case file. */
    static List<DynamicTest> cases(String resource) {
        List<DynamicTest> tests = new ArrayList<>();
        int lineNo = 0;
        for (String line : LaxTestSupport.lines(resource)) {
            lineNo++;
            String[] cols = line.split("\t");
            String name = cols[0];
            Params params = LaxTestSupport.parseParams(cols[1]);
            String[] mode = cols[2].split("/");
            boolean exact = mode[0].equals("exact");
            int outputs = mode.length > 1 ? Integer.parseInt(mode[1]) : 1;
            int nIn = cols.length - 3 - outputs;
            NDArray[] args = new NDArray[nIn];
            for (int i = 0; i < nIn; i++) {
                args[i] = LaxTestSupport.parseArray(cols[3 + i]);
            }
            String label = lineNo + ": " + name + "[" + cols[1] + "] " + (nIn > 0 ? cols[3].substring(0, cols[3].indexOf(':')) : "");
            int firstOut = 3 + nIn;
            tests.add(DynamicTest.dynamicTest(label, () -> {
                NDArray[] out = LaxTestSupport.run(name, params, args);
                for (int k = 0; k < outputs; k++) {
                    LaxTestSupport.assertArray(LaxTestSupport.parseArray(cols[firstOut + k]), out[k], exact, label + " output " + k);
                }
            }));
        }
        return tests;
    }
}
