"""Generates elementwise_cases.txt: inputs and outputs of lax's elementwise primitives for every
dtype, computed by real JAX on CPU (JAX 0.10.2 + jaxlib, whose XLA CPU kernels have the same
semantics as 0.4.30's for these operations).

Run: PYTHONPATH=/work/ref/pyjax python3 gen_elementwise_cases.py

Line format (tab-separated):
  primitive  params  exact|approx[/N]  operand...  result...   (N results, default 1)
params: ';'-separated key=value (ints, dtype names, True/False) or '-' for none.
Arrays: dtype:shape:values with shape as d0,d1 (empty for scalars) and values ','-separated:
ints in decimal (uint64 unsigned), bool as 0/1, floats as float.hex() of the value widened to
float64 (or nan/inf/-inf), complex as re/im of those. 'approx' results are compared with a
tolerance (transcendental functions, whose XLA implementations are approximations).
"""
import math
import os

import numpy as np
import jax
import jax.numpy as jnp
from jax import lax

jax.config.update("jax_enable_x64", True)

BOOL = ["bool"]
SIGNED = ["int8", "int16", "int32", "int64"]
UNSIGNED = ["uint8", "uint16", "uint32", "uint64"]
INTS = SIGNED + UNSIGNED
FLOATS = ["float16", "bfloat16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]
NUM = INTS + FLOATS + COMPLEX
ANY = BOOL + NUM


def np_dtype(name):
    return jnp.dtype(name)


def int_values(name):
    info = np.iinfo(np_dtype(name))
    vals = [0, 1, 2, 3, 7, 100, info.max, info.max - 1]
    if info.min < 0:
        vals += [-1, -2, -7, -100, info.min, info.min + 1]
    else:
        vals += [info.max // 2, info.max // 2 + 1]
    return sorted(set(vals))


def float_values(name):
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 0.1, 1e-3, 10.0, -10.0,
            100.25, float("inf"), float("-inf"), float("nan")]
    if name in ("float32", "float64", "bfloat16"):
        vals += [1e30, -1e30]
    if name == "float64":
        vals += [1e300, 1e-300]
    return vals


def complex_values(name):
    return [0j, 1 + 0j, -1 + 0j, 1j, 0.5 + 0.25j, -1.5 + 2j, 2 - 3j, -0.3 - 0.7j, 3 + 4j]


def values(name):
    if name == "bool":
        return [False, True]
    if name in INTS:
        return int_values(name)
    if name in FLOATS:
        return float_values(name)
    return complex_values(name)


def fmt_float(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v.hex()


def fmt_array(a):
    a = np.asarray(a)
    name = a.dtype.name
    shape = ",".join(str(d) for d in a.shape)
    flat = a.reshape(-1)
    if name == "bool":
        vals = ["1" if x else "0" for x in flat]
    elif name in INTS:
        vals = [str(int(x)) for x in flat]
    elif name in COMPLEX:
        vals = [fmt_float(x.real) + "/" + fmt_float(x.imag) for x in flat]
    else:
        vals = [fmt_float(x) for x in flat]
    return f"{name}:{shape}:{','.join(vals)}"


def fmt_params(params):
    if not params:
        return "-"
    out = []
    for k, v in params.items():
        if isinstance(v, (tuple, list)):
            v = "(" + ",".join(str(x) for x in v) + ")"
        elif isinstance(v, np.dtype):
            v = v.name
        out.append(f"{k}={v}")
    return ";".join(out)


lines = []


def case(prim, params, exact, operands):
    try:
        out = prim.bind(*[jnp.asarray(o) for o in operands], **params)
    except Exception:
        return
    outs = out if isinstance(out, (list, tuple)) else [out]
    params_text = fmt_params({k: v for k, v in params.items()})
    mode = ("exact" if exact else "approx") + (f"/{len(outs)}" if len(outs) > 1 else "")
    cols = [prim.name, params_text, mode]
    cols += [fmt_array(o) for o in operands] + [fmt_array(np.asarray(o)) for o in outs]
    lines.append("\t".join(cols))


def arr(name, vals):
    return np.array(vals, dtype=np_dtype(name))


def main():
    EXACT_UNARY = {
        "neg": NUM, "sign": NUM, "floor": FLOATS, "ceil": FLOATS, "is_finite": FLOATS,
        "not": BOOL + INTS, "population_count": INTS, "clz": INTS, "abs": SIGNED + FLOATS,
        "real": COMPLEX, "imag": COMPLEX, "conj": ["float32", "float64"] + COMPLEX,
    }
    APPROX_UNARY = {
        name: FLOATS for name in ["exp", "exp2", "log", "expm1", "log1p", "tanh", "logistic", "sin", "cos",
                                  "tan", "asin", "acos", "atan", "sinh", "cosh", "asinh", "acosh",
                                  "atanh", "sqrt", "rsqrt", "cbrt", "erf", "erfc", "erf_inv", "lgamma",
                                  "digamma", "bessel_i0e", "bessel_i1e"]
    }
    COMPLEX_UNARY = ["exp", "log", "expm1", "log1p", "tanh", "sin", "cos", "tan", "sinh", "cosh",
                     "sqrt", "rsqrt", "asin", "acos", "atan", "asinh", "acosh", "atanh", "sign", "abs",
                     "logistic"]

    PRIMS = {
        "neg": lax.neg_p, "sign": lax.sign_p, "floor": lax.floor_p, "ceil": lax.ceil_p,
        "is_finite": lax.is_finite_p, "not": lax.not_p, "population_count": lax.population_count_p,
        "clz": lax.clz_p, "abs": lax.abs_p, "real": lax.real_p, "imag": lax.imag_p, "conj": lax.conj_p,
    }
    for name in APPROX_UNARY:
        PRIMS[name] = getattr(lax, name + "_p")

    for name, dtypes in EXACT_UNARY.items():
        for dt in dtypes:
            params = {"input_dtype": np_dtype(dt)} if name == "conj" else {}
            case(PRIMS[name], params, not (name == "sign" and dt in COMPLEX), [arr(dt, values(dt))])
    for name, dtypes in APPROX_UNARY.items():
        for dt in dtypes:
            vals = values(dt)
            if name in ("lgamma", "digamma"):
                vals = vals + [-0.5, -1.5, -2.25, 0.25, 3.0, 4.5, 20.5, -7.5]
            case(PRIMS[name], {}, name in ("sqrt",) and dt == "float64", [arr(dt, vals)])
    for name in COMPLEX_UNARY:
        for dt in COMPLEX:
            case(PRIMS[name] if name in PRIMS else getattr(lax, name + "_p"), {}, False, [arr(dt, values(dt))])

    for dt in FLOATS:
        for rm in (0, 1):
            case(lax.round_p, {"rounding_method": lax.RoundingMethod(rm)}, True, [arr(dt, values(dt) + [0.49999997, -0.49999997, 4.5, 5.5, -4.5])])

    for dt in NUM:
        for y in (0, 1, 2, 3, 5, 7, -1, -2, -3):
            if y < 0 and dt in INTS:
                continue
            vals = values(dt)
            case(lax.integer_pow_p, {"y": y}, dt not in COMPLEX, [arr(dt, vals)])


    def pairs(name, limit=None):
        vals = values(name)
        if limit:
            vals = vals[:limit]
        xs, ys = [], []
        for x in vals:
            for y in vals:
                xs.append(x)
                ys.append(y)
        return xs, ys


    EXACT_BINARY = {
        "add": NUM, "sub": NUM, "mul": NUM, "div": NUM, "rem": INTS + FLOATS, "max": ANY, "min": ANY,
        "nextafter": FLOATS, "and": BOOL + INTS, "or": BOOL + INTS, "xor": BOOL + INTS,
        "shift_left": INTS, "shift_right_arithmetic": INTS, "shift_right_logical": INTS,
        "eq": ANY, "ne": ANY, "ge": BOOL + INTS + FLOATS, "gt": BOOL + INTS + FLOATS,
        "le": BOOL + INTS + FLOATS, "lt": BOOL + INTS + FLOATS,
    }
    APPROX_BINARY = {"pow": FLOATS + COMPLEX, "atan2": FLOATS}
    for name, dtypes in EXACT_BINARY.items():
        prim = getattr(lax, name + "_p")
        for dt in dtypes:
            xs, ys = pairs(dt)
            if name.startswith("shift"):
                bits = np.iinfo(np_dtype(dt)).bits
                ys = [y % (2 * bits + 3) if dt in UNSIGNED else y for y in ys]
                ys = [max(min(y, np.iinfo(np_dtype(dt)).max), np.iinfo(np_dtype(dt)).min) for y in ys]
            exact = not (dt in COMPLEX and name in ("mul", "div"))
            case(prim, {}, exact, [arr(dt, xs), arr(dt, ys)])
    for name, dtypes in APPROX_BINARY.items():
        prim = getattr(lax, name + "_p")
        for dt in dtypes:
            xs, ys = pairs(dt, 12 if dt in FLOATS else None)
            case(prim, {}, False, [arr(dt, xs), arr(dt, ys)])
    for dt in ["float32", "float64", "complex64"]:
        for it in ["int32", "int8"]:
            xs, _ = pairs(dt, 12)
            ys = [(-3 + (i % 7)) for i in range(len(xs))]
            case(lax.pow_p, {}, False, [arr(dt, xs), arr(it, ys)])
    for dt in ["float32", "float64"]:
        xs, ys = pairs(dt, 8)
        case(lax.complex_p, {}, True, [arr(dt, xs), arr(dt, ys)])
    for dt in FLOATS:
        a = [0.5, 1.0, 2.0, 3.5, 10.0, 0.1, 5.0, 20.0]
        x = [0.25, 1.0, 3.0, 0.5, 12.0, 2.0, 0.0, 25.0]
        case(lax.igamma_p, {}, False, [arr(dt, a), arr(dt, x)])
        case(lax.igammac_p, {}, False, [arr(dt, a), arr(dt, x)])
        case(lax.zeta_p, {}, False, [arr(dt, [2.0, 3.0, 1.5, 4.0, 2.5, 6.0]), arr(dt, [1.0, 2.0, 0.5, 10.0, 3.25, 1.5])])
        case(lax.polygamma_p, {}, False, [arr(dt, [0.0, 1.0, 2.0, 3.0, 1.0, 0.0]), arr(dt, [1.0, 2.0, 0.5, 10.0, 3.25, -1.5])])

    TOTAL = {"eq_to": lax.eq_to_p, "le_to": lax.le_to_p, "lt_to": lax.lt_to_p}
    for name, prim in TOTAL.items():
        for dt in FLOATS + ["int32", "uint32"]:
            xs, ys = pairs(dt, 10)
            case(prim, {}, True, [arr(dt, xs), arr(dt, ys)])

    for dt in ["float32", "int32", "uint8", "bool", "complex64"]:
        vals = values(dt)
        pred = np.array([i % 2 == 0 for i in range(len(vals))])
        other = list(reversed(vals))
        case(lax.select_n_p, {}, True, [pred, arr(dt, vals), arr(dt, other)])
        which = np.array([i % 3 for i in range(len(vals))], np.int32)
        case(lax.select_n_p, {}, True, [which, arr(dt, vals), arr(dt, other), arr(dt, vals[::2] + vals[1::2])])
    for dt in ["float32", "int32", "uint32", "float16", "int8"]:
        vals = values(dt)
        lo = arr(dt, [vals[1]] * len(vals))
        hi = arr(dt, [vals[-3]] * len(vals))
        case(lax.clamp_p, {}, True, [lo, arr(dt, vals), hi])
        case(lax.clamp_p, {}, True, [np.asarray(vals[2], np_dtype(dt)), arr(dt, vals), np.asarray(vals[-2], np_dtype(dt))])

    # every conversion between dtypes
    for src in ANY:
        for dst in ANY:
            if src == dst:
                continue
            vals = values(src)
            if src in FLOATS:
                vals = vals + [300.7, -300.7, 70000.5, -70000.5, 3e9, -3e9, 1e19]
                if src == "float16":
                    vals = [v for v in vals if abs(v) < 65504 or math.isinf(v) or math.isnan(v)]
            case(lax.convert_element_type_p, {"new_dtype": np_dtype(dst), "weak_type": False}, True, [arr(src, vals)])

    for dt in FLOATS:
        for e, m in [(8, 7), (5, 10), (2, 0), (8, 0), (4, 3), (11, 52), (8, 23)]:
            vals = values(dt) + [1.00390625, 1.01171875, 65504.0, 6e-5, 3e-5, 1.9999999]
            case(lax.reduce_precision_p, {"exponent_bits": e, "mantissa_bits": m}, True, [arr(dt, vals)])

    for src, dst in [("float32", "uint32"), ("float32", "int32"), ("uint32", "float32"), ("float64", "int64"),
                     ("float16", "int16"), ("bfloat16", "uint16"), ("int8", "uint8"), ("float32", "uint8"),
                     ("float64", "int16"), ("float64", "float32"), ("int16", "float16")]:
        vals = values(src) if src not in ("float32", "float64") else [1.0, -2.5, 3.7, 0.1]
        a = arr(src, vals)
        s = np.dtype(np_dtype(src)).itemsize
        d = np.dtype(np_dtype(dst)).itemsize
        if s < d:
            k = d // s
            a = arr(src, (vals * k)[: (len(vals) // k) * k * 1]).reshape(-1, k) if len(vals) >= k else None
            if a is None:
                continue
        case(lax.bitcast_convert_type_p, {"new_dtype": np_dtype(dst)}, True, [a])

    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "elementwise_cases.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "cases")


if __name__ == "__main__":
    main()
