package org.jaxl.primitives;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape, reduction, dot_general, slicing, gather/scatter, sort/top_k and random-bits
 * primitives on many dtypes against JAX's own results (structural_cases.txt, written by
 * gen_structural_cases.py beside it).
 */
class StructuralCasesTest {
    @BeforeAll
    static void enter() {
        LaxTestSupport.enter(true);
    }

    @TestFactory
    List<DynamicTest> casesFromJax() {
        return ElementwiseCasesTest.cases("structural_cases.txt");
    }
}
