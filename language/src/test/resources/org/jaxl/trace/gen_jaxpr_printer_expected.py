"""Expected texts for JaxprPrinterTest, printed by JAX 0.4.30's own printing code.

Runs the jaxpr printer of JAX 0.4.30 itself -- jax/_src/pretty_printer.py whole, and from
jax/_src/core.py the section "Jaxpr printed representation" (pp_toplevel_jaxpr, JaxprPpContext,
pp_eqn, pp_jaxpr_skeleton...), plus the two custom pp rules 0.4.30 registers for lax-level
primitives (pjit.py _pjit_pp_rule, lax/lax.py _dot_general_pp_rule) -- on small stand-in classes
for Var, Literal, Jaxpr..., so no jaxlib is needed. Each case below builds the same jaxpr as the
Java test of the same name.

    python3 gen_jaxpr_printer_expected.py [/path/to/jax-0.4.30-source]

The published cases (docs, tests) are printed too and checked against their published text, which
checks this harness.
"""
from __future__ import annotations

import ast
import collections
import importlib.util
import itertools
import sys
import types
from collections import Counter, defaultdict, deque
from collections.abc import Iterator, MutableMapping, MutableSet, Sequence
from typing import Any, Callable, NamedTuple

import numpy as np

JAX = sys.argv[1] if len(sys.argv) > 1 else "/work/ref/jax"

# --- jax._src.pretty_printer, with stand-ins for the two modules it imports -------------------
config = types.ModuleType("jax._src.config")
config.DEFINE_bool = lambda name, default, help: types.SimpleNamespace(value=False)
config.bool_env = lambda name, default: False
util = types.ModuleType("jax._src.util")
util.StrictABC = object
jax_pkg = types.ModuleType("jax")
jax_src = types.ModuleType("jax._src")
jax_src.config, jax_src.util = config, util
sys.modules.update({"jax": jax_pkg, "jax._src": jax_src, "jax._src.config": config, "jax._src.util": util})
spec = importlib.util.spec_from_file_location("jax._src.pretty_printer", f"{JAX}/jax/_src/pretty_printer.py")
pp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pp)


# --- stand-ins for core's data structures (same fields as 0.4.30's) ---------------------------
def _short_dtype_name(dtype):
    return (dtype.name.replace('float', 'f').replace('uint', 'u')
            .replace('int', 'i').replace('complex', 'c'))


class ShapedArray:
    def __init__(self, shape, dtype):
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)

    def str_short(self, short_dtypes=False):
        dt_str = _short_dtype_name(self.dtype) if short_dtypes else self.dtype.name
        return f'{dt_str}[{",".join(map(str, self.shape))}]'


class DShapedArray:  # never instantiated: only static shapes here
    pass


class Var:
    def __init__(self, suffix, aval):
        self.suffix, self.aval = suffix, aval


class DropVar(Var):
    def __init__(self, aval):
        super().__init__('', aval)

    def __repr__(self):
        return '_'


class Literal:
    def __init__(self, val, aval):
        self.val, self.aval, self.hash = val, aval, None

    def __repr__(self):
        return f'{self.val}'


class Jaxpr:
    def __init__(self, constvars, invars, outvars, eqns):
        self.constvars, self.invars, self.outvars, self.eqns = constvars, invars, outvars, eqns


class ClosedJaxpr:
    def __init__(self, jaxpr, consts=()):
        self.jaxpr, self.consts = jaxpr, list(consts)


class Primitive:
    def __init__(self, name):
        self.name = name


class JaxprEqn(NamedTuple):
    invars: list
    outvars: list
    primitive: Primitive
    params: dict
    effects: Any = None
    source_info: Any = None
    ctx: Any = None

    def replace(self, **kw):
        return self._replace(**kw)


def jaxprs_in_params(params):  # core.py, verbatim
    for val in params.values():
        vals = val if isinstance(val, tuple) else (val,)
        for v in vals:
            if isinstance(v, Jaxpr):
                yield v
            elif isinstance(v, ClosedJaxpr):
                yield v.jaxpr


source_info_util = types.SimpleNamespace(user_frame=lambda s: None, summarize=lambda s: "")


# --- the printing section of core.py, and the custom pp rules, taken from the source ----------
def _source_between(path, start, end):
    text = open(path).read()
    return text[text.index(start):text.index(end)]


def _functions(path, names):
    tree = ast.parse(open(path).read())
    src = open(path).read()
    return "\n\n".join(ast.get_source_segment(src, n) for n in tree.body
                       if isinstance(n, ast.FunctionDef) and n.name in names)


namespace = dict(globals())
namespace.update(it=itertools, effects=None)
exec("from __future__ import annotations\n" + _source_between(
    f"{JAX}/jax/_src/core.py", "# ------------------- Jaxpr printed representation",
    "# ------------------- Jaxpr util"), namespace)
core = types.SimpleNamespace(**namespace)


class _Unspecified:
    pass


UNSPECIFIED = _Unspecified()
rules_ns = dict(core=core, is_unspecified=lambda s: s is UNSPECIFIED, pp=pp)
exec(_functions(f"{JAX}/jax/_src/pjit.py", {"_pjit_pp_rule"}), rules_ns)
exec(_functions(f"{JAX}/jax/_src/lax/lax.py", {"_dot_general_pp_rule"}), rules_ns)

pjit_p, dot_general_p = Primitive("pjit"), Primitive("dot_general")
namespace["pp_eqn_rules"][pjit_p] = rules_ns["_pjit_pp_rule"]
namespace["pp_eqn_rules"][dot_general_p] = rules_ns["_dot_general_pp_rule"]


def to_str(jaxpr):
    """str(jaxpr): Jaxpr.__str__ with colour off (no terminal)."""
    return core.pp_toplevel_jaxpr(jaxpr).format(use_color=False)


def eqn_in_error(eqn):
    """What partial_eval's _origin_msg puts after '  operation '."""
    return core.pp_eqn(eqn, core.JaxprPpContext(), core.JaxprPpSettings(print_shapes=True)).format(use_color=False)


def eqn_repr(eqn):
    """repr(eqn): JaxprEqn.__repr__."""
    return str(core.pp_eqn(eqn, core.JaxprPpContext(), core.JaxprPpSettings()).format(use_color=False)).rstrip()


# --- helpers to build jaxprs as the Java test does ---------------------------------------------
PRIMS = {}


def prim(name):
    if name == "pjit":
        return pjit_p
    if name == "dot_general":
        return dot_general_p
    return PRIMS.setdefault(name, Primitive(name))


def v(spec, suffix=''):
    """A var from 'f32[3,4]'."""
    dt, shape = spec[:-1].split('[')
    dtype = {'f32': 'float32', 'i32': 'int32', 'bool': 'bool', 'f64': 'float64'}[dt]
    return Var(suffix, ShapedArray(tuple(int(d) for d in shape.split(',')) if shape else (), dtype))


def drop(spec):
    return DropVar(v(spec).aval)


def lit(val, spec='f32[]'):
    return Literal(val, v(spec).aval)


def eqn(outs, prim_name, ins, **params):
    return JaxprEqn(list(ins), list(outs), prim(prim_name), params)


def pjit_eqn(outs, ins, jaxpr, name):
    n = len(ins)
    return eqn(outs, "pjit", ins, jaxpr=jaxpr, in_shardings=(UNSPECIFIED,) * n,
               out_shardings=(UNSPECIFIED,) * len(outs), in_layouts=(None,) * n,
               out_layouts=(None,) * len(outs), resource_env=None, donated_invars=(False,) * n,
               name=name, keep_unused=False, inline=False)


F32 = np.dtype('float32')
I32 = np.dtype('int32')


def cases():
    """name -> (text, published text or None)."""
    out = {}

    # 26+ variables: names run a..z then ba, bb... (constvars are named first).
    consts = [v('f32[]') for _ in range(3)]
    invars = [v('f32[]') for _ in range(24)]
    eqns, prev = [], invars[0]
    for x in invars[1:] + consts:
        o = v('f32[]')
        eqns.append(eqn([o], "add", [prev, x]))
        prev = o
    out["manyVariables"] = to_str(Jaxpr(consts, invars, [prev], eqns))

    # Literals: Python floats/ints/bools and NumPy scalars print as str() of the value.
    a = v('f32[]')
    b, c, d, e, f = v('f32[]'), v('f32[]'), v('f32[]'), v('bool[]'), v('i32[]')
    out["literals"] = to_str(Jaxpr([], [a], [b, c, d, e, f, lit(True, 'bool[]')], [
        eqn([b], "max", [a, lit(float('-inf'))]),
        eqn([c], "add", [b, lit(np.array(0.1, dtype=np.float32))]),
        eqn([d], "mul", [c, lit(float('nan'))]),
        eqn([e], "ne", [d, lit(np.float32(2.0))]),
        eqn([f], "convert_element_type", [lit(7, 'i32[]')], new_dtype=I32, weak_type=False),
    ]))

    # Two cond equations sharing their branch jaxprs: each branch is hoisted ('jaxpr', 'jaxpr1').
    x, p = v('f32[]'), v('i32[]')
    t_in, t_out = v('f32[]'), v('f32[]')
    true_branch = Jaxpr([], [t_in], [t_out], [eqn([t_out], "sin", [t_in])])
    f_in, f_out = v('f32[]'), v('f32[]')
    false_branch = Jaxpr([], [f_in], [f_out], [eqn([f_out], "cos", [f_in])])
    branches = (ClosedJaxpr(false_branch), ClosedJaxpr(true_branch))
    r1, r2, r3 = v('f32[]'), v('f32[]'), v('f32[]')
    out["sharedBranches"] = to_str(Jaxpr([], [p, x], [r3], [
        eqn([r1], "cond", [p, x], branches=branches, linear=(False,)),
        eqn([r2], "cond", [p, r1], branches=branches, linear=(False,)),
        eqn([r3], "add", [r1, r2]),
    ]))

    # Equations on their own (fresh names from 'a'): error-message form and repr.
    a, b = v('i32[2]'), v('f32[2]')
    conv = eqn([a], "convert_element_type", [b], new_dtype=I32, weak_type=False)
    out["eqnInError"] = eqn_in_error(conv)
    io = v('i32[4]')
    iota = eqn([io], "iota", [], dimension=0, dtype=I32, shape=(4,), sharding=None)
    out["eqnNoInputsInError"] = eqn_in_error(iota)
    out["eqnNoInputsRepr"] = eqn_repr(iota)
    inner_in, inner_out = v('f32[]'), v('f32[]')
    inner = ClosedJaxpr(Jaxpr([], [inner_in], [inner_out], [eqn([inner_out], "exp", [inner_in])]))
    po, pi = v('f32[]'), v('f32[]')
    out["pjitEqnRepr"] = eqn_repr(pjit_eqn([po], [pi], inner, "my_function_with_a_long_name"))

    # A long parameter list that breaks, inside a nested jaxpr.
    l, r, o = v('f32[3,4]'), v('f32[4,5]'), v('f32[3,5]')
    dot = eqn([o], "dot_general", [l, r], dimension_numbers=(((1,), (0,)), ((), ())),
              precision=None, preferred_element_type=F32)
    inner = ClosedJaxpr(Jaxpr([], [l, r], [o], [dot]))
    ol, orr, oo = v('f32[3,4]'), v('f32[4,5]'), v('f32[3,5]')
    out["dotGeneralInPjit"] = to_str(Jaxpr([], [ol, orr], [oo], [pjit_eqn([oo], [ol, orr], inner, "matmul")]))
    # Documents: a group that fills the 80 columns exactly stays flat; one column more breaks it,
    # and only the group itself is measured, not what follows it on the line.
    def nested_call(width_of_name):
        return pp.concat([pp.group(pp.nest(2, pp.concat([
            pp.text("f" * width_of_name + "("), pp.brk(""), pp.text("x,"), pp.brk(), pp.text("y")]))
            + pp.text(")")), pp.text(" tail")])
    out["docFillsWidth"] = nested_call(74).format(use_color=False)
    out["docOneColumnOver"] = nested_call(75).format(use_color=False)
    return out


def published():
    """name -> (text printed by this harness, text published with JAX 0.4.30)."""
    out = {}

    # docs/jaxpr.rst, func12: nested jit, printed by _pjit_pp_rule.
    d, e = v('f32[]'), v('f32[]')
    f, g, h, i, j = v('f32[1]'), v('f32[]'), v('f32[1]'), v('f32[]'), v('f32[1]')
    inner = ClosedJaxpr(Jaxpr([], [d, e], [j], [
        eqn([f], "broadcast_in_dim", [lit(1.0)], broadcast_dimensions=(), shape=(1,)),
        eqn([g], "convert_element_type", [d], new_dtype=F32, weak_type=False),
        eqn([h], "mul", [g, f]),
        eqn([i], "convert_element_type", [e], new_dtype=F32, weak_type=False),
        eqn([j], "add", [i, h])]))
    a, b, c, k, l = v('f32[]'), v('f32[]'), v('f32[1]'), v('f32[]'), v('f32[1]')
    out["func12"] = (to_str(Jaxpr([], [a], [l], [
        eqn([b], "sub", [a, lit(2.0)]),
        pjit_eqn([c], [a, b], inner, "inner"),
        eqn([k], "convert_element_type", [a], new_dtype=F32, weak_type=False),
        eqn([l], "add", [k, c])])), """\
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
  in (l,) }""")

    # tests/pjit_test.py, test_pretty_print_with_name_clash: hoisting, f and f1, no outputs.
    fa, fb = v('f32[1]'), v('f32[2]')
    f1 = ClosedJaxpr(Jaxpr([], [fa], [], []))
    f2 = ClosedJaxpr(Jaxpr([], [fb], [], []))
    g, h, i, j, k = v('f32[1]'), v('f32[2]'), v('f32[1]'), v('f32[2]'), v('f32[2]')
    g_jaxpr = ClosedJaxpr(Jaxpr([], [g, h], [k], [
        pjit_eqn([], [g], f1, "f"), pjit_eqn([], [g], f1, "f"), eqn([i], "mul", [g, g]),
        pjit_eqn([], [h], f2, "f"), pjit_eqn([], [h], f2, "f"), eqn([j], "mul", [h, h]),
        eqn([k], "add", [i, j])]))
    c, d, e = v('f32[1]'), v('f32[2]'), v('f32[2]')
    out["nameClash"] = (to_str(Jaxpr([], [c, d], [e], [pjit_eqn([e], [c, d], g_jaxpr, "g")])), """\
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
  in (e,) }""")

    # tests/api_test.py, JaxprTest.test_cond: branches breaking, binders with a '_' suffix.
    a, b, c, d, e, f = v('f32[]'), v('bool[]'), v('f32[]'), v('f32[]'), v('i32[]'), v('f32[]')
    g, h, i, j, kk = v('f32[]', '_'), v('f32[]'), v('f32[]'), v('f32[]'), v('f32[]')
    l, m, n, o, p = v('f32[]'), v('f32[]', '_'), v('f32[]'), v('f32[]'), v('f32[]')
    branches = (ClosedJaxpr(Jaxpr([], [g, h, i, j], [kk], [eqn([kk], "sub", [j, h])])),
                ClosedJaxpr(Jaxpr([], [l, m, n, o], [p], [eqn([p], "add", [n, l])])))
    out["apiTestCond"] = (to_str(Jaxpr([], [a], [f], [
        eqn([b], "ge", [a, lit(0.0)]), eqn([c], "add", [a, lit(1.0)]), eqn([d], "add", [a, lit(2.0)]),
        eqn([e], "convert_element_type", [b], new_dtype=I32, weak_type=False),
        eqn([f], "cond", [e, a, a, c, d], branches=branches, linear=(False,) * 4)])), """\
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
  in (f,) }""")

    # docs/jaxpr.rst, func10: while with dropped outputs and nested jaxprs.
    a, b, c, d = v('f32[16]'), v('i32[]'), v('f32[16]'), v('f32[16]')
    f, g, h, i, j = v('f32[16]'), v('f32[16]'), v('i32[]'), v('i32[]'), v('f32[16]')
    k, l, m, n = v('i32[]'), v('f32[16]'), v('f32[16]'), v('f32[16]')
    body = ClosedJaxpr(Jaxpr([], [f, g, h, i, j], [k, i, n], [
        eqn([k], "add", [h, lit(1, 'i32[]')]), eqn([l], "mul", [f, lit(3.0)]),
        eqn([m], "add", [j, l]), eqn([n], "add", [m, g])]))
    o, p, q, r = v('i32[]'), v('i32[]'), v('f32[16]'), v('bool[]')
    cond = ClosedJaxpr(Jaxpr([], [o, p, q], [r], [eqn([r], "lt", [o, p])]))
    e = v('f32[16]')
    out["func10"] = (to_str(Jaxpr([], [a, b], [e], [
        eqn([c], "broadcast_in_dim", [lit(1.0)], broadcast_dimensions=(), shape=(16,)),
        eqn([d], "add", [a, c]),
        eqn([drop('i32[]'), drop('i32[]'), e], "while", [c, a, lit(0, 'i32[]'), b, d],
            body_jaxpr=body, body_nconsts=2, cond_jaxpr=cond, cond_nconsts=0)])), """\
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
  in (e,) }""")

    # docs/notebooks/Common_Gotchas_in_JAX.ipynb, permissive_sum: binders breaking, names past z.
    ins = [v('i32[]') for _ in range(10)]
    convs = [v('i32[]') for _ in range(10)]
    bcasts = [v('i32[1]') for _ in range(10)]
    cat, total = v('i32[10]'), v('i32[]')
    eqns = ([eqn([o], "convert_element_type", [x], new_dtype=I32, weak_type=False) for x, o in zip(ins, convs)]
            + [eqn([o], "broadcast_in_dim", [x], broadcast_dimensions=(), shape=(1,)) for x, o in zip(convs, bcasts)]
            + [eqn([cat], "concatenate", bcasts, dimension=0), eqn([total], "reduce_sum", [cat], axes=(0,))])
    lines = ["{ lambda ; a:i32[] b:i32[] c:i32[] d:i32[] e:i32[] f:i32[] g:i32[] h:i32[] i:i32[]",
             "    j:i32[]. let"]
    lines += [f"    {o}:i32[] = convert_element_type[new_dtype=int32 weak_type=False] {x}"
              for x, o in zip("abcdefghij", "klmnopqrst")]
    lines += [f"    {o}:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] {x}"
              for x, o in zip("klmnopqrst", "u v w x y z ba bb bc bd".split())]
    lines += ["    be:i32[10] = concatenate[dimension=0] u v w x y z ba bb bc bd",
              "    bf:i32[] = reduce_sum[axes=(0,)] be", "  in (bf,) }"]
    out["permissiveSum"] = (to_str(Jaxpr([], ins, [total], eqns)), "\n".join(lines))
    return out


if __name__ == "__main__":
    for name, (text, expected) in published().items():
        assert text == expected, f"{name}: the harness does not reproduce the published text:\n{text}"
    for name, text in cases().items():
        print(f"=== {name}")
        print(text)
