"""Replays abstract_eval_cases.txt against real JAX (0.10.2 at /work/ref/pyjax) and reports the
cases whose result or error text differs. JAX 0.4.30 is the spec: texts that changed since then
(weak types printed with '~', new parameters, relaxed checks) are expected to differ and are
listed for a human to judge. A development aid; the Java tests never run it.

Run: PYTHONPATH=/work/ref/pyjax python3 verify_abstract_eval_cases.py
"""
import os
import re

import numpy as np
import jax
from jax import lax
from jax._src import core
from jax._src.lax import lax as lax_internal, slicing, special
from jax._src.lax.control_flow import loops
from jax._src.random import prng
from jax._src.random.threefry2x32 import threefry2x32_p

jax.config.update("jax_enable_x64", True)

SHORT = {"f16": "float16", "bf16": "bfloat16", "f32": "float32", "f64": "float64", "c64": "complex64", "c128": "complex128",
         "bool": "bool", "i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64", "u8": "uint8", "u16": "uint16",
         "u32": "uint32", "u64": "uint64"}
MODULES = [lax_internal, slicing, special, loops, prng]


def prim(name):
    if name == "threefry2x32":
        return threefry2x32_p
    attr = name.replace("-", "_") + "_p"
    for m in MODULES:
        if hasattr(m, attr):
            return getattr(m, attr)
    raise KeyError(name)


def aval(text):
    weak = text.startswith("~")
    m = re.match(r"~?(\w+)\[([\d,]*)\]", text)
    shape = tuple(int(d) for d in m.group(2).split(",") if d)
    return core.ShapedArray(shape, np.dtype(jax.numpy.dtype(SHORT[m.group(1)])), weak_type=weak)


def fmt(a):
    return ("~" if a.weak_type else "") + a.str_short(short_dtypes=True)


def params(text):
    if text == "-":
        return {}
    env = {"GatherDimensionNumbers": lax.GatherDimensionNumbers, "ScatterDimensionNumbers": lax.ScatterDimensionNumbers,
           "GatherScatterMode": lax.GatherScatterMode, "None": None, "True": True, "False": False}
    out = {}
    for item in text.split(";"):
        k, v = item.split("=", 1)
        out[k] = np.dtype(jax.numpy.dtype(v)) if v in SHORT.values() else eval(v, env)
    return out


same = differ = 0
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "abstract_eval_cases.txt")
for line in open(path):
    if line.startswith("#") or not line.strip():
        continue
    name, ptext, atext, expected = line.rstrip("\n").split("\t")
    avals = [] if atext == "-" else [aval(a) for a in atext.split(" ")]
    kw = params(ptext)
    for extra in ({}, {"sharding": None}, {"out_sharding": None}):
        try:
            out = prim(name).abstract_eval(*avals, **kw, **extra)
            outs = out[0] if isinstance(out, tuple) and isinstance(out[1], (set, frozenset)) or type(out).__name__ == "tuple" and len(out) == 2 and not isinstance(out[0], core.ShapedArray) else out
            outs = outs if isinstance(outs, (list, tuple)) else [outs]
            got = ",".join(fmt(a) for a in outs)
            break
        except TypeError as e:
            got = f"TypeError: {e}"
            if "unexpected keyword" in str(e) or "missing" in str(e) and "argument" in str(e):
                continue
            break
        except Exception as e:
            got = f"{type(e).__name__}: {e}"
            break
    if got == expected:
        same += 1
    else:
        differ += 1
        print(f"{name} {atext} {ptext}\n  0.4.30: {expected}\n  0.10.2: {got}")
print(f"{same} agree, {differ} differ")
