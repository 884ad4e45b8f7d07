package org.jaxl.trace;

import static org.jaxl.trace.PrettyPrinter.brk;
import static org.jaxl.trace.PrettyPrinter.concat;
import static org.jaxl.trace.PrettyPrinter.group;
import static org.jaxl.trace.PrettyPrinter.nest;
import static org.jaxl.trace.PrettyPrinter.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.jaxl.array.DType;
import org.jaxl.array.NDArray;
import org.jaxl.primitives.Params;
import org.jaxl.primitives.Primitive;
import org.jaxl.primitives.PrimitiveRegistry;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.nodes.Node;

/**
 * {@link JaxprPrinter} and {@link PrettyPrinter} against texts JAX 0.4.30 prints. Each jaxpr is
 * built here as JAX builds it for the cited doc or test, variables in the order JAX creates them.
 * Expected texts either are published with JAX 0.4.30 (cited at each test) or were printed by
 * JAX 0.4.30's own printing code (pretty_printer.py and core.py's printing section, run by
 * {@code src/test/resources/org/jaxl/trace/gen_jaxpr_printer_expected.py}, which also checks that
 * it reproduces the published texts); those tests say "generated".
 */
class JaxprPrinterTest {
    /** Parameter values print with Python's {@code str}, which for dtypes needs a Jaxl context. */
    private static Context context;

    @BeforeAll
    static void enterContext() {
        context = Context.create("jaxl");
        context.initialize("jaxl");
        context.enter();
    }

    @AfterAll
    static void closeContext() {
        context.leave();
        context.close();
    }

    // ---- published texts ---------------------------------------------------------------------

    /** jax/_src/api.py, make_jaxpr docstring: a short jaxpr on one line, equations separated by "; ". */
    @Test
    void shortJaxprOnOneLine() {
        Var a = var("f32[]");
        Var b = var("f32[]");
        Var c = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(c), eqn(b, "cos", a), eqn(c, "sin", b));
        assertEquals("{ lambda ; a:f32[]. let b:f32[] = cos a; c:f32[] = sin b in (c,) }", JaxprPrinter.print(jaxpr));
    }

    /** jax/_src/api.py, make_jaxpr docstring (jax.grad(f)): several lines, a dropped output, a literal operand. */
    @Test
    void multiLineJaxprWithDropVar() {
        Var a = var("f32[]");
        Var b = var("f32[]");
        Var c = var("f32[]");
        Var d = var("f32[]");
        Var e = var("f32[]");
        Var f = var("f32[]");
        Var g = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(g),
                        eqn(b, "cos", a), eqn(c, "sin", a), eqn(Var.drop(aval("f32[]")), "sin", b), eqn(d, "cos", b),
                        eqn(e, "mul", lit(1.0), d), eqn(f, "neg", e), eqn(g, "mul", f, c));
        assertEquals("""
                        { lambda ; a:f32[]. let
                            b:f32[] = cos a
                            c:f32[] = sin a
                            _:f32[] = sin b
                            d:f32[] = cos b
                            e:f32[] = mul 1.0 d
                            f:f32[] = neg e
                            g:f32[] = mul f c
                          in (g,) }""", JaxprPrinter.print(jaxpr));
    }

    /** The seed's jit-compilation.md (log2), with the real log and div primitives. */
    @Test
    void seedLog2() {
        Var a = var("f32[]");
        Var b = var("f32[]");
        Var c = var("f32[]");
        Var d = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(d), eqn(b, "log", a), eqn(c, "log", lit(2.0)), eqn(d, "div", b, c));
        assertEquals("""
                        { lambda ; a:f32[]. let
                            b:f32[] = log a
                            c:f32[] = log 2.0
                            d:f32[] = div b c
                          in (d,) }""", JaxprPrinter.print(jaxpr));
    }

    /** The seed's jit-compilation.md (log2_if_rank_2): no equations print as "let  in". */
    @Test
    void emptyBody() {
        Var a = var("i32[3]");
        assertEquals("{ lambda ; a:i32[3]. let  in (a,) }", JaxprPrinter.print(jaxpr(List.of(), List.of(a), List.of(a))));
    }

    /** tests/api_test.py, JaxprTest.test_const: constvars before ";", literal and constvar outputs. */
    @Test
    void constvarsAndLiteralOutputs() {
        Var a = var("f32[1]");
        Var b = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(a), List.of(b), List.of(b, lit(1.0), a));
        assertEquals("{ lambda a:f32[1]; b:f32[]. let  in (b, 1.0, a) }", JaxprPrinter.print(jaxpr));
        assertEquals("{ lambda a:f32[1]; b:f32[]. let  in (b, 1.0, a) }", new ClosedJaxpr(jaxpr, List.of(NDArray.scalar(DType.FLOAT32, 0.0, false))).toString());
    }

    /** docs/jaxpr.rst, func1: a tuple parameter. */
    @Test
    void tupleParameter() {
        Var a = var("f32[8]");
        Var b = var("f32[8]");
        Var c = var("f32[8]");
        Var d = var("f32[8]");
        Var e = var("f32[8]");
        Var f = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a, b), List.of(f), eqn(c, "sin", b), eqn(d, "mul", c, lit(3.0)), eqn(e, "add", a, d),
                        eqn(f, "reduce_sum", List.of(e), "axes", Params.tuple(0)));
        assertEquals("""
                        { lambda ; a:f32[8] b:f32[8]. let
                            c:f32[8] = sin b
                            d:f32[8] = mul c 3.0
                            e:f32[8] = add a d
                            f:f32[] = reduce_sum[axes=(0,)] e
                          in (f,) }""", JaxprPrinter.print(jaxpr));
    }

    /**
     * docs/notebooks/thinking_in_jax.ipynb (jnp.dot): parameters that break one a line, and
     * dot_general's pp rule (dimension numbers as lists, precision=None hidden).
     */
    @Test
    void dotGeneralParamsBreak() {
        Var a = var("f32[3,4]");
        Var b = var("f32[4]");
        Var c = var("f32[3,4]");
        Var d = var("f32[4]");
        Var e = var("f32[3]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a, b), List.of(e), eqn(c, "add", a, lit(1.0)), eqn(d, "add", b, lit(1.0)),
                        eqn(e, "dot_general", List.of(c, d), "dimension_numbers", dimensionNumbers(1, 0), "precision", PNone.NONE,
                                        "preferred_element_type", DType.FLOAT32));
        assertEquals("""
                        { lambda ; a:f32[3,4] b:f32[4]. let
                            c:f32[3,4] = add a 1.0
                            d:f32[4] = add b 1.0
                            e:f32[3] = dot_general[
                              dimension_numbers=(([1], [0]), ([], []))
                              preferred_element_type=float32
                            ] c d
                          in (e,) }""", JaxprPrinter.print(jaxpr));
    }

    /** docs/jaxpr.rst, one_of_three (lax.switch): cond branches, each on its own line. */
    @Test
    void condBranchesOneALine() {
        Var a = var("i32[]");
        Var b = var("f32[]");
        Var c = var("i32[]");
        Var d = var("i32[]");
        Var e = var("f32[]");
        Var f = var("f32[]");
        Var g = var("f32[]");
        Var h = var("f32[]");
        Var i = var("f32[]");
        Var j = var("f32[]");
        Var k = var("f32[]");
        PTuple branches = PTuple.of(closed(jaxpr(List.of(), List.of(f), List.of(g), eqn(g, "add", f, lit(1.0)))),
                        closed(jaxpr(List.of(), List.of(h), List.of(i), eqn(i, "sub", h, lit(2.0)))),
                        closed(jaxpr(List.of(), List.of(j), List.of(k), eqn(k, "add", j, lit(3.0)))));
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a, b), List.of(e), convert(c, a, DType.INT32),
                        eqn(d, "clamp", lit(0L, "i32[]"), c, lit(2L, "i32[]")),
                        eqn(e, "cond", List.of(d, b), "branches", branches, "linear", PTuple.of(false)));
        assertEquals("""
                        { lambda ; a:i32[] b:f32[]. let
                            c:i32[] = convert_element_type[new_dtype=int32 weak_type=False] a
                            d:i32[] = clamp 0 c 2
                            e:f32[] = cond[
                              branches=(
                                { lambda ; f:f32[]. let g:f32[] = add f 1.0 in (g,) }
                                { lambda ; h:f32[]. let i:f32[] = sub h 2.0 in (i,) }
                                { lambda ; j:f32[]. let k:f32[] = add j 3.0 in (k,) }
                              )
                              linear=(False,)
                            ] d b
                          in (e,) }""", JaxprPrinter.print(jaxpr));
    }

    /** docs/jaxpr.rst, func8: a constvar, a branch binder with a "_" suffix, a branch with no equations. */
    @Test
    void condWithConstvarSuffixAndEmptyBranch() {
        Var a = var("i32[1]");
        Var b = var("f32[]");
        Var c = var("f32[1]");
        Var d = var("f32[]");
        Var e = var("bool[]");
        Var f = var("i32[]");
        Var g = var("f32[1]");
        Var h = var("i32[1]");
        Var i = var("f32[1]");
        Var j = var("f32[]");
        Var k = var("f32[1]");
        Var l = var("f32[1]");
        Var m = Var.withSuffix(aval("i32[1]"), "_");
        Var n = var("f32[1]");
        Var o = var("f32[]");
        PTuple branches = PTuple.of(
                        closed(jaxpr(List.of(), List.of(h, i, j), List.of(l), convert(k, h, DType.FLOAT32, true), eqn(l, "add", k, j))),
                        closed(jaxpr(List.of(), List.of(m, n, o), List.of(n))));
        Jaxpr jaxpr = jaxpr(List.of(a), List.of(b, c, d), List.of(g), eqn(e, "ge", b, lit(0.0)), convert(f, e, DType.INT32),
                        eqn(g, "cond", List.of(f, a, c, d), "branches", branches, "linear", PTuple.of(false, false, false)));
        assertEquals("""
                        { lambda a:i32[1]; b:f32[] c:f32[1] d:f32[]. let
                            e:bool[] = ge b 0.0
                            f:i32[] = convert_element_type[new_dtype=int32 weak_type=False] e
                            g:f32[1] = cond[
                              branches=(
                                { lambda ; h:i32[1] i:f32[1] j:f32[]. let
                                    k:f32[1] = convert_element_type[new_dtype=float32 weak_type=True] h
                                    l:f32[1] = add k j
                                  in (l,) }
                                { lambda ; m_:i32[1] n:f32[1] o:f32[]. let  in (n,) }
                              )
                              linear=(False, False, False)
                            ] f a c d
                          in (g,) }""", JaxprPrinter.print(jaxpr));
    }

    /** tests/api_test.py, JaxprTest.test_cond: nested jaxprs that break, suffixed binders in both branches. */
    @Test
    void condBranchesThatBreak() {
        Var a = var("f32[]");
        Var b = var("bool[]");
        Var c = var("f32[]");
        Var d = var("f32[]");
        Var e = var("i32[]");
        Var f = var("f32[]");
        Var g = Var.withSuffix(aval("f32[]"), "_");
        Var h = var("f32[]");
        Var i = var("f32[]");
        Var j = var("f32[]");
        Var k = var("f32[]");
        Var l = var("f32[]");
        Var m = Var.withSuffix(aval("f32[]"), "_");
        Var n = var("f32[]");
        Var o = var("f32[]");
        Var p = var("f32[]");
        PTuple branches = PTuple.of(closed(jaxpr(List.of(), List.of(g, h, i, j), List.of(k), eqn(k, "sub", j, h))),
                        closed(jaxpr(List.of(), List.of(l, m, n, o), List.of(p), eqn(p, "add", n, l))));
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(f), eqn(b, "ge", a, lit(0.0)), eqn(c, "add", a, lit(1.0)), eqn(d, "add", a, lit(2.0)),
                        convert(e, b, DType.INT32),
                        eqn(f, "cond", List.of(e, a, a, c, d), "branches", branches, "linear", PTuple.of(false, false, false, false)));
        assertEquals("""
                        { lambda ; a:f32[]. let
                            b:bool[] = ge a 0.0
                            c:f32[] = add a 1.0
                            d:f32[] = add a 2.0
                            e:i32[] = convert_element_type[new_dtype=int32 weak_type=False] b
                            f:f32[] = cond[
                              branches=(
                                { lambda ; g_:f32[] h:f32[] i:f32[] j:f32[]. let
                                    k:f32[] = sub j h
                                  in (k,) }
                                { lambda ; l:f32[] m_:f32[] n:f32[] o:f32[]. let
                                    p:f32[] = add n l
                                  in (p,) }
                              )
                              linear=(False, False, False, False)
                            ] e a a c d
                          in (f,) }""", JaxprPrinter.print(jaxpr));
    }

    /** docs/jaxpr.rst, func10 (fori_loop): dropped outputs, two nested jaxprs among other parameters. */
    @Test
    void whileWithDropVars() {
        Var a = var("f32[16]");
        Var b = var("i32[]");
        Var c = var("f32[16]");
        Var d = var("f32[16]");
        Var f = var("f32[16]");
        Var g = var("f32[16]");
        Var h = var("i32[]");
        Var i = var("i32[]");
        Var j = var("f32[16]");
        Var k = var("i32[]");
        Var l = var("f32[16]");
        Var m = var("f32[16]");
        Var n = var("f32[16]");
        ClosedJaxpr body = closed(jaxpr(List.of(), List.of(f, g, h, i, j), List.of(k, i, n), eqn(k, "add", h, lit(1L, "i32[]")),
                        eqn(l, "mul", f, lit(3.0)), eqn(m, "add", j, l), eqn(n, "add", m, g)));
        Var o = var("i32[]");
        Var p = var("i32[]");
        Var q = var("f32[16]");
        Var r = var("bool[]");
        ClosedJaxpr cond = closed(jaxpr(List.of(), List.of(o, p, q), List.of(r), eqn(r, "lt", o, p)));
        Var e = var("f32[16]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a, b), List.of(e),
                        eqn(c, "broadcast_in_dim", List.of(lit(1.0)), "broadcast_dimensions", PTuple.EMPTY, "shape", Params.tuple(16)),
                        eqn(d, "add", a, c),
                        new JaxprEqn(List.of(c, a, lit(0L, "i32[]"), b, d), List.of(Var.drop(aval("i32[]")), Var.drop(aval("i32[]")), e), prim("while"),
                                        Params.of("cond_nconsts", 0L, "cond_jaxpr", cond, "body_nconsts", 2L, "body_jaxpr", body)));
        assertEquals("""
                        { lambda ; a:f32[16] b:i32[]. let
                            c:f32[16] = broadcast_in_dim[broadcast_dimensions=() shape=(16,)] 1.0
                            d:f32[16] = add a c
                            _:i32[] _:i32[] e:f32[16] = while[
                              body_jaxpr={ lambda ; f:f32[16] g:f32[16] h:i32[] i:i32[] j:f32[16]. let
                                  k:i32[] = add h 1
                                  l:f32[16] = mul f 3.0
                                  m:f32[16] = add j l
                                  n:f32[16] = add m g
                                in (k, i, n) }
                              body_nconsts=2
                              cond_jaxpr={ lambda ; o:i32[] p:i32[] q:f32[16]. let
                                  r:bool[] = lt o p
                                in (r,) }
                              cond_nconsts=0
                            ] c a 0 b d
                          in (e,) }""", JaxprPrinter.print(jaxpr));
    }

    /** docs/jaxpr.rst, func12: a nested jit prints as pjit with only name (first) and jaxpr. */
    @Test
    void nestedPjit() {
        Var d = var("f32[]");
        Var e = var("f32[]");
        Var f = var("f32[1]");
        Var g = var("f32[]");
        Var h = var("f32[1]");
        Var i = var("f32[]");
        Var j = var("f32[1]");
        ClosedJaxpr inner = closed(jaxpr(List.of(), List.of(d, e), List.of(j),
                        eqn(f, "broadcast_in_dim", List.of(lit(1.0)), "broadcast_dimensions", PTuple.EMPTY, "shape", Params.tuple(1)),
                        convert(g, d, DType.FLOAT32), eqn(h, "mul", g, f), convert(i, e, DType.FLOAT32), eqn(j, "add", i, h)));
        Var a = var("f32[]");
        Var b = var("f32[]");
        Var c = var("f32[1]");
        Var k = var("f32[]");
        Var l = var("f32[1]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(l), eqn(b, "sub", a, lit(2.0)), pjit(List.of(c), List.of(a, b), inner, "inner"),
                        convert(k, a, DType.FLOAT32), eqn(l, "add", k, c));
        assertEquals("""
                        { lambda ; a:f32[]. let
                            b:f32[] = sub a 2.0
                            c:f32[1] = pjit[
                              name=inner
                              jaxpr={ lambda ; d:f32[] e:f32[]. let
                                  f:f32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] 1.0
                                  g:f32[] = convert_element_type[new_dtype=float32 weak_type=False] d
                                  h:f32[1] = mul g f
                                  i:f32[] = convert_element_type[new_dtype=float32 weak_type=False] e
                                  j:f32[1] = add i h
                                in (j,) }
                            ] a b
                            k:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a
                            l:f32[1] = add k c
                          in (l,) }""", JaxprPrinter.print(jaxpr));
    }

    /** tests/pjit_test.py, test_pretty_print: a jaxpr used twice is hoisted under its function's name, "<lambda>" → "lambda". */
    @Test
    void hoistedJaxprNamedAfterLambda() {
        Var a = var("f32[1]");
        Var b = var("f32[1]");
        ClosedJaxpr square = closed(jaxpr(List.of(), List.of(a), List.of(b), eqn(b, "integer_pow", List.of(a), "y", 2L)));
        Var e = var("f32[1]");
        Var f = var("f32[1]");
        Var g = var("f32[1]");
        Var h = var("f32[1]");
        ClosedJaxpr sum = closed(jaxpr(List.of(), List.of(e), List.of(h), pjit(List.of(f), List.of(e), square, "<lambda>"),
                        pjit(List.of(g), List.of(e), square, "<lambda>"), eqn(h, "add", f, g)));
        Var c = var("f32[1]");
        Var d = var("f32[1]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(c), List.of(d), pjit(List.of(d), List.of(c), sum, "<lambda>"));
        assertEquals("""
                        let lambda = { lambda ; a:f32[1]. let b:f32[1] = integer_pow[y=2] a in (b,) } in
                        { lambda ; c:f32[1]. let
                            d:f32[1] = pjit[
                              name=<lambda>
                              jaxpr={ lambda ; e:f32[1]. let
                                  f:f32[1] = pjit[name=<lambda> jaxpr=lambda] e
                                  g:f32[1] = pjit[name=<lambda> jaxpr=lambda] e
                                  h:f32[1] = add f g
                                in (h,) }
                            ] c
                          in (d,) }""", JaxprPrinter.print(jaxpr));
    }

    /** tests/pjit_test.py, test_pretty_print_with_closure: variable names skip the hoisted jaxpr's name ("f"). */
    @Test
    void hoistedNameIsNotAVariableName() {
        Var a = var("f32[1]");
        Var b = var("f32[1]");
        Var c = var("f32[1]");
        ClosedJaxpr f = closed(jaxpr(List.of(), List.of(a, b), List.of(c), eqn(c, "mul", b, a)));
        Var h = var("f32[1]");
        Var i = var("f32[1]");
        Var j = var("f32[1]");
        Var k = var("f32[1]");
        Var l = var("f32[1]");
        ClosedJaxpr g = closed(jaxpr(List.of(), List.of(h, i), List.of(l), pjit(List.of(j), List.of(i, h), f, "f"),
                        pjit(List.of(k), List.of(i, i), f, "f"), eqn(l, "add", j, k)));
        Var d = var("f32[1]");
        Var e = var("f32[1]");
        Var out = var("f32[1]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(d, e), List.of(out), pjit(List.of(out), List.of(d, e), g, "g"));
        assertEquals("""
                        let f = { lambda ; a:f32[1] b:f32[1]. let c:f32[1] = mul b a in (c,) } in
                        { lambda ; d:f32[1] e:f32[1]. let
                            g:f32[1] = pjit[
                              name=g
                              jaxpr={ lambda ; h:f32[1] i:f32[1]. let
                                  j:f32[1] = pjit[name=f jaxpr=f] i h
                                  k:f32[1] = pjit[name=f jaxpr=f] i i
                                  l:f32[1] = add j k
                                in (l,) }
                            ] d e
                          in (g,) }""", JaxprPrinter.print(jaxpr));
    }

    /** tests/pjit_test.py, test_pretty_print_with_name_clash: two hoisted jaxprs named f get f and f1; equations with no outputs. */
    @Test
    void hoistedNamesMadeUnique() {
        ClosedJaxpr f1 = closed(jaxpr(List.of(), List.of(var("f32[1]")), List.of()));
        ClosedJaxpr f2 = closed(jaxpr(List.of(), List.of(var("f32[2]")), List.of()));
        Var g = var("f32[1]");
        Var h = var("f32[2]");
        Var i = var("f32[1]");
        Var j = var("f32[2]");
        Var k = var("f32[2]");
        ClosedJaxpr gJaxpr = closed(jaxpr(List.of(), List.of(g, h), List.of(k), pjit(List.of(), List.of(g), f1, "f"),
                        pjit(List.of(), List.of(g), f1, "f"), eqn(i, "mul", g, g), pjit(List.of(), List.of(h), f2, "f"),
                        pjit(List.of(), List.of(h), f2, "f"), eqn(j, "mul", h, h), eqn(k, "add", i, j)));
        Var c = var("f32[1]");
        Var d = var("f32[2]");
        Var e = var("f32[2]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(c, d), List.of(e), pjit(List.of(e), List.of(c, d), gJaxpr, "g"));
        assertEquals("""
                        let f = { lambda ; a:f32[1]. let  in () } in
                        let f1 = { lambda ; b:f32[2]. let  in () } in
                        { lambda ; c:f32[1] d:f32[2]. let
                            e:f32[2] = pjit[
                              name=g
                              jaxpr={ lambda ; g:f32[1] h:f32[2]. let
                                  pjit[name=f jaxpr=f] g
                                  pjit[name=f jaxpr=f] g
                                  i:f32[1] = mul g g
                                  pjit[name=f jaxpr=f1] h
                                  pjit[name=f jaxpr=f1] h
                                  j:f32[2] = mul h h
                                  k:f32[2] = add i j
                                in (k,) }
                            ] c d
                          in (e,) }""", JaxprPrinter.print(jaxpr));
    }

    /** docs/notebooks/Common_Gotchas_in_JAX.ipynb (permissive_sum): binders that wrap, names past z (ba, bb…), many operands. */
    @Test
    void bindersWrapAndNamesPastZ() {
        List<Var> ins = vars(10, "i32[]");
        List<Var> converted = vars(10, "i32[]");
        List<Var> broadcast = vars(10, "i32[1]");
        Var concatenated = var("i32[10]");
        Var total = var("i32[]");
        List<JaxprEqn> eqns = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            eqns.add(convert(converted.get(n), ins.get(n), DType.INT32));
        }
        for (int n = 0; n < 10; n++) {
            eqns.add(eqn(broadcast.get(n), "broadcast_in_dim", List.of(converted.get(n)), "broadcast_dimensions", PTuple.EMPTY, "shape", Params.tuple(1)));
        }
        eqns.add(eqn(concatenated, "concatenate", List.copyOf(broadcast), "dimension", 0L));
        eqns.add(eqn(total, "reduce_sum", List.of(concatenated), "axes", Params.tuple(0)));
        Jaxpr jaxpr = new Jaxpr(List.of(), ins, List.of(total), eqns);
        assertEquals("""
                        { lambda ; a:i32[] b:i32[] c:i32[] d:i32[] e:i32[] f:i32[] g:i32[] h:i32[] i:i32[]
                            j:i32[]. let
                            k:i32[] = convert_element_type[new_dtype=int32 weak_type=False] a
                            l:i32[] = convert_element_type[new_dtype=int32 weak_type=False] b
                            m:i32[] = convert_element_type[new_dtype=int32 weak_type=False] c
                            n:i32[] = convert_element_type[new_dtype=int32 weak_type=False] d
                            o:i32[] = convert_element_type[new_dtype=int32 weak_type=False] e
                            p:i32[] = convert_element_type[new_dtype=int32 weak_type=False] f
                            q:i32[] = convert_element_type[new_dtype=int32 weak_type=False] g
                            r:i32[] = convert_element_type[new_dtype=int32 weak_type=False] h
                            s:i32[] = convert_element_type[new_dtype=int32 weak_type=False] i
                            t:i32[] = convert_element_type[new_dtype=int32 weak_type=False] j
                            u:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] k
                            v:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] l
                            w:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] m
                            x:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] n
                            y:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] o
                            z:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] p
                            ba:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] q
                            bb:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] r
                            bc:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] s
                            bd:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] t
                            be:i32[10] = concatenate[dimension=0] u v w x y z ba bb bc bd
                            bf:i32[] = reduce_sum[axes=(0,)] be
                          in (bf,) }""", JaxprPrinter.print(jaxpr));
    }

    /**
     * docs/notebooks/thinking_in_jax.ipynb (the ConcretizationTypeError of jnp.ones(x.shape-like)):
     * an equation on its own, named afresh from a, as error messages show it.
     */
    @Test
    void equationInErrorMessage() {
        Var b = var("f32[2]");
        Var a = var("i32[2]");
        assertEquals("a:i32[2] = convert_element_type[new_dtype=int32 weak_type=False] b", JaxprPrinter.printEqn(convert(a, b, DType.INT32)));
    }

    // ---- texts printed by JAX 0.4.30's printing code (generated) --------------------------------

    /** Generated (manyVariables): constvars named first; names run on past z through ba… and ca. */
    @Test
    void manyVariablesWithConstvars() {
        List<Var> consts = vars(3, "f32[]");
        List<Var> invars = vars(24, "f32[]");
        List<JaxprEqn> eqns = new ArrayList<>();
        Var previous = invars.get(0);
        List<Var> operands = new ArrayList<>(invars.subList(1, invars.size()));
        operands.addAll(consts);
        for (Var x : operands) {
            Var sum = var("f32[]");
            eqns.add(eqn(sum, "add", previous, x));
            previous = sum;
        }
        String expected = """
                        { lambda a:f32[] b:f32[] c:f32[]; d:f32[] e:f32[] f:f32[] g:f32[] h:f32[] i:f32[]
                            j:f32[] k:f32[] l:f32[] m:f32[] n:f32[] o:f32[] p:f32[] q:f32[] r:f32[] s:f32[]
                            t:f32[] u:f32[] v:f32[] w:f32[] x:f32[] y:f32[] z:f32[] ba:f32[]. let
                            bb:f32[] = add d e
                            bc:f32[] = add bb f
                            bd:f32[] = add bc g
                            be:f32[] = add bd h
                            bf:f32[] = add be i
                            bg:f32[] = add bf j
                            bh:f32[] = add bg k
                            bi:f32[] = add bh l
                            bj:f32[] = add bi m
                            bk:f32[] = add bj n
                            bl:f32[] = add bk o
                            bm:f32[] = add bl p
                            bn:f32[] = add bm q
                            bo:f32[] = add bn r
                            bp:f32[] = add bo s
                            bq:f32[] = add bp t
                            br:f32[] = add bq u
                            bs:f32[] = add br v
                            bt:f32[] = add bs w
                            bu:f32[] = add bt x
                            bv:f32[] = add bu y
                            bw:f32[] = add bv z
                            bx:f32[] = add bw ba
                            by:f32[] = add bx a
                            bz:f32[] = add by b
                            ca:f32[] = add bz c
                          in (ca,) }""";
        assertEquals(expected, JaxprPrinter.print(new Jaxpr(consts, invars, List.of(previous), eqns)));
    }

    /**
     * Generated (literals): Python scalars print as {@code str}; NumPy 0-d values as
     * {@code f'{value}'}, which widens float32 to a Python float (0.1 → 0.10000000149011612).
     */
    @Test
    void literals() {
        Var a = var("f32[]");
        Var b = var("f32[]");
        Var c = var("f32[]");
        Var d = var("f32[]");
        Var e = var("bool[]");
        Var f = var("i32[]");
        NDArray numpyPointOne = NDArray.scalar(DType.FLOAT32, 0.1, false).asNumpy();
        NDArray numpyTwo = NDArray.scalar(DType.FLOAT32, 2.0, false).asNumpy();
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a), List.of(b, c, d, e, f, lit(true, "bool[]")), eqn(b, "max", a, lit(Double.NEGATIVE_INFINITY)),
                        eqn(c, "add", b, lit(numpyPointOne, "f32[]")), eqn(d, "mul", c, lit(Double.NaN)), eqn(e, "ne", d, lit(numpyTwo, "f32[]")),
                        new JaxprEqn(List.of(lit(7L, "i32[]")), List.of(f), prim("convert_element_type"),
                                        Params.of("new_dtype", DType.INT32, "weak_type", false)));
        assertEquals("""
                        { lambda ; a:f32[]. let
                            b:f32[] = max a -inf
                            c:f32[] = add b 0.10000000149011612
                            d:f32[] = mul c nan
                            e:bool[] = ne d 2.0
                            f:i32[] = convert_element_type[new_dtype=int32 weak_type=False] 7
                          in (b, c, d, e, f, True) }""", JaxprPrinter.print(jaxpr));
    }

    /** Generated (sharedBranches): branch jaxprs used by two conds are hoisted under the default name "jaxpr". */
    @Test
    void sharedBranchesHoisted() {
        Var x = var("f32[]");
        Var p = var("i32[]");
        Var tIn = var("f32[]");
        Var tOut = var("f32[]");
        Jaxpr trueBranch = jaxpr(List.of(), List.of(tIn), List.of(tOut), eqn(tOut, "sin", tIn));
        Var fIn = var("f32[]");
        Var fOut = var("f32[]");
        Jaxpr falseBranch = jaxpr(List.of(), List.of(fIn), List.of(fOut), eqn(fOut, "cos", fIn));
        PTuple branches = PTuple.of(closed(falseBranch), closed(trueBranch));
        Var r1 = var("f32[]");
        Var r2 = var("f32[]");
        Var r3 = var("f32[]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(p, x), List.of(r3),
                        eqn(r1, "cond", List.of(p, x), "branches", branches, "linear", PTuple.of(false)),
                        eqn(r2, "cond", List.of(p, r1), "branches", branches, "linear", PTuple.of(false)), eqn(r3, "add", r1, r2));
        assertEquals("""
                        let jaxpr = { lambda ; a:f32[]. let b:f32[] = cos a in (b,) } in
                        let jaxpr1 = { lambda ; c:f32[]. let d:f32[] = sin c in (d,) } in
                        { lambda ; e:i32[] f:f32[]. let
                            g:f32[] = cond[branches=(jaxpr jaxpr1) linear=(False,)] e f
                            h:f32[] = cond[branches=(jaxpr jaxpr1) linear=(False,)] e g
                            i:f32[] = add g h
                          in (i,) }""", JaxprPrinter.print(jaxpr));
    }

    /** Generated (eqnNoInputsInError, eqnNoInputsRepr): with no operands the error-message form keeps a trailing space, repr drops it. */
    @Test
    void equationWithoutOperands() {
        Var a = var("i32[4]");
        JaxprEqn iota = new JaxprEqn(List.of(), List.of(a), prim("iota"),
                        Params.of("dimension", 0L, "dtype", DType.INT32, "shape", Params.tuple(4), "sharding", PNone.NONE));
        assertEquals("a:i32[4] = iota[dimension=0 dtype=int32 shape=(4,) sharding=None] ", JaxprPrinter.printEqn(iota));
        assertEquals("a:i32[4] = iota[dimension=0 dtype=int32 shape=(4,) sharding=None]", JaxprPrinter.reprEqn(iota));
    }

    /** Generated (pjitEqnRepr): an equation too long for a line breaks its parameters, at indentation 0. */
    @Test
    void pjitEquationRepr() {
        Var in = var("f32[]");
        Var out = var("f32[]");
        ClosedJaxpr inner = closed(jaxpr(List.of(), List.of(in), List.of(out), eqn(out, "exp", in)));
        Var po = var("f32[]");
        Var pi = var("f32[]");
        assertEquals("""
                        a:f32[] = pjit[
                          name=my_function_with_a_long_name
                          jaxpr={ lambda ; b:f32[]. let c:f32[] = exp b in (c,) }
                        ] d""", JaxprPrinter.reprEqn(pjit(List.of(po), List.of(pi), inner, "my_function_with_a_long_name")));
    }

    /** Generated (dotGeneralInPjit): parameters breaking inside a nested jaxpr indent with it. */
    @Test
    void dotGeneralInsidePjit() {
        Var l = var("f32[3,4]");
        Var r = var("f32[4,5]");
        Var o = var("f32[3,5]");
        ClosedJaxpr inner = closed(jaxpr(List.of(), List.of(l, r), List.of(o), eqn(o, "dot_general", List.of(l, r), "dimension_numbers",
                        dimensionNumbers(1, 0), "precision", PNone.NONE, "preferred_element_type", DType.FLOAT32)));
        Var a = var("f32[3,4]");
        Var b = var("f32[4,5]");
        Var c = var("f32[3,5]");
        Jaxpr jaxpr = jaxpr(List.of(), List.of(a, b), List.of(c), pjit(List.of(c), List.of(a, b), inner, "matmul"));
        assertEquals("""
                        { lambda ; a:f32[3,4] b:f32[4,5]. let
                            c:f32[3,5] = pjit[
                              name=matmul
                              jaxpr={ lambda ; d:f32[3,4] e:f32[4,5]. let
                                  f:f32[3,5] = dot_general[
                                    dimension_numbers=(([1], [0]), ([], []))
                                    preferred_element_type=float32
                                  ] d e
                                in (f,) }
                            ] a b
                          in (c,) }""", JaxprPrinter.print(jaxpr));
    }

    /** Generated (docFillsWidth, docOneColumnOver): a group is flat when it alone fits the 80 columns. */
    @Test
    void groupFitsOnlyItsOwnContent() {
        String flat = "f".repeat(74) + "(x, y) tail";
        assertEquals(flat, PrettyPrinter.format(call("f".repeat(74))));
        assertEquals("f".repeat(75) + "(\n  x,\n  y) tail", PrettyPrinter.format(call("f".repeat(75))));
    }

    private static PrettyPrinter.Doc call(String name) {
        return concat(group(concat(nest(2, concat(text(name + "("), brk(""), text("x,"), brk(), text("y"))), text(")"))), text(" tail"));
    }

    // ---- building jaxprs ------------------------------------------------------------------------

    /** Stands in for primitives Jaxl does not have yet: the printer needs only the name. */
    private static final class NamedPrimitive extends Primitive {
        NamedPrimitive(String name) {
            super(name, false);
        }

        @Override
        public ShapedArray[] abstractEval(ShapedArray[] avals, Params params, Node node) {
            throw new UnsupportedOperationException(name());
        }

        @Override
        public NDArray[] impl(NDArray[] args, Params params, Node node) {
            throw new UnsupportedOperationException(name());
        }
    }

    private static final Map<String, DType> SHORT_DTYPES = Map.of("f32", DType.FLOAT32, "i32", DType.INT32, "bool", DType.BOOL);

    private static Primitive prim(String name) {
        Primitive p = PrimitiveRegistry.get(name);
        return p != null ? p : new NamedPrimitive(name);
    }

    /** {@code f32[3,4]} → its aval. */
    private static ShapedArray aval(String type) {
        int bracket = type.indexOf('[');
        String dims = type.substring(bracket + 1, type.length() - 1);
        int[] shape = dims.isEmpty() ? new int[0] : Arrays.stream(dims.split(",")).mapToInt(Integer::parseInt).toArray();
        return new ShapedArray(shape, SHORT_DTYPES.get(type.substring(0, bracket)), false);
    }

    private static Var var(String type) {
        return new Var(aval(type));
    }

    private static List<Var> vars(int count, String type) {
        List<Var> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(var(type));
        }
        return out;
    }

    private static Literal lit(Object value) {
        return lit(value, "f32[]");
    }

    private static Literal lit(Object value, String type) {
        return new Literal(value, aval(type));
    }

    private static JaxprEqn eqn(Var out, String primitive, Atom... operands) {
        return new JaxprEqn(List.of(operands), List.of(out), prim(primitive), Params.EMPTY);
    }

    private static JaxprEqn eqn(Var out, String primitive, List<Atom> operands, Object... params) {
        return new JaxprEqn(operands, List.of(out), prim(primitive), Params.of(params));
    }

    private static JaxprEqn convert(Var out, Atom operand, DType dtype) {
        return convert(out, operand, dtype, false);
    }

    private static JaxprEqn convert(Var out, Atom operand, DType dtype, boolean weakType) {
        return eqn(out, "convert_element_type", List.of(operand), "new_dtype", dtype, "weak_type", weakType);
    }

    /** A pjit equation with the params Jaxl's jit records (JitFunction.bindPjit). */
    private static JaxprEqn pjit(List<Var> outs, List<Atom> operands, ClosedJaxpr jaxpr, String name) {
        Object[] donated = new Object[operands.size()];
        Arrays.fill(donated, Boolean.FALSE);
        return new JaxprEqn(operands, outs, prim("pjit"),
                        Params.of("jaxpr", jaxpr, "name", name, "donated_invars", PTuple.of(donated), "inline", false, "keep_unused", false));
    }

    /** dot_general's {@code ((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch))} with one contracting dimension a side. */
    private static PTuple dimensionNumbers(int lhsContracting, int rhsContracting) {
        return PTuple.of(PTuple.of(Params.tuple(lhsContracting), Params.tuple(rhsContracting)), PTuple.of(PTuple.EMPTY, PTuple.EMPTY));
    }

    private static Jaxpr jaxpr(List<Var> constvars, List<Var> invars, List<? extends Atom> outvars, JaxprEqn... eqns) {
        return new Jaxpr(constvars, invars, List.copyOf(outvars), List.of(eqns));
    }

    private static ClosedJaxpr closed(Jaxpr jaxpr) {
        return new ClosedJaxpr(jaxpr, List.of());
    }
}
