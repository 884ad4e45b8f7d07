"""Generates structural_cases.txt: inputs and outputs of lax's shape, reduction, contraction,
slicing, gather/scatter, sorting and random-bits primitives, computed by real JAX on CPU
(JAX 0.10.2 + jaxlib; the public lax functions are called and the parameters are recorded in
the form JAX 0.4.30's primitives take them).

Run: PYTHONPATH=/work/ref/pyjax python3 gen_structural_cases.py

Same line format as elementwise_cases.txt (see gen_elementwise_cases.py), except that a
parameter value is written as Python source: ints, floats, None, True/False, tuples, dtype names,
GatherDimensionNumbers(...)/ScatterDimensionNumbers(...) with their three fields, and
GatherScatterMode.NAME.
"""
import os

import numpy as np
import jax
import jax.numpy as jnp
from jax import lax
from jax._src.random import prng
from jax._src.random.threefry2x32 import threefry2x32_p

from gen_elementwise_cases import fmt_array, values, arr, np_dtype, FLOATS, INTS, COMPLEX

jax.config.update("jax_enable_x64", True)
M = lax.GatherScatterMode
lines = []


def fmt_value(v):
    if isinstance(v, lax.GatherDimensionNumbers):
        return (f"GatherDimensionNumbers(offset_dims={fmt_value(tuple(v.offset_dims))}, "
                f"collapsed_slice_dims={fmt_value(tuple(v.collapsed_slice_dims))}, "
                f"start_index_map={fmt_value(tuple(v.start_index_map))})")
    if isinstance(v, lax.ScatterDimensionNumbers):
        return (f"ScatterDimensionNumbers(update_window_dims={fmt_value(tuple(v.update_window_dims))}, "
                f"inserted_window_dims={fmt_value(tuple(v.inserted_window_dims))}, "
                f"scatter_dims_to_operand_dims={fmt_value(tuple(v.scatter_dims_to_operand_dims))})")
    if isinstance(v, M):
        return f"GatherScatterMode.{v.name}"
    if isinstance(v, tuple):
        inner = ", ".join(fmt_value(x) for x in v)
        return f"({inner},)" if len(v) == 1 else f"({inner})"
    if isinstance(v, (np.dtype, type)) or hasattr(v, "dtype") and isinstance(v, type):
        return np.dtype(v).name
    if isinstance(v, float):
        return repr(v)
    return repr(v)


def record(name, params, exact, operands, outs):
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    text = ";".join(f"{k}={fmt_value(v)}" for k, v in params.items()) or "-"
    mode = ("exact" if exact else "approx") + (f"/{len(outs)}" if len(outs) > 1 else "")
    cols = [name, text, mode] + [fmt_array(np.asarray(o)) for o in operands] + [fmt_array(np.asarray(o)) for o in outs]
    lines.append("\t".join(cols))


def rng_array(dtype, shape, seed=0):
    r = np.random.RandomState(seed)
    name = np.dtype(np_dtype(dtype)).name
    if name == "bool":
        return np.asarray(r.rand(*shape) > 0.5)
    if name in INTS:
        info = np.iinfo(np_dtype(name))
        lo, hi = max(info.min, -50), min(info.max, 50)
        return np.asarray(r.randint(lo, hi + 1, size=shape)).astype(np_dtype(name))
    if name in COMPLEX:
        return np.asarray(r.randn(*shape) + 1j * r.randn(*shape)).astype(np_dtype(name))
    return np.asarray(np.round(r.randn(*shape) * 4, 2)).astype(np_dtype(name))


DTYPES = ["bool", "int8", "uint8", "int32", "uint32", "int64", "uint64", "float16", "bfloat16", "float32", "float64", "complex64"]

# broadcast_in_dim / reshape / squeeze / transpose / rev / pad / concatenate / iota / copy
for dt in DTYPES:
    x = rng_array(dt, (2, 3))
    for shape, dims in [((2, 3), (0, 1)), ((4, 2, 3), (1, 2)), ((2, 5, 3), (0, 2))]:
        record("broadcast_in_dim", {"shape": shape, "broadcast_dimensions": dims}, True, [x], lax.broadcast_in_dim(x, shape, dims))
    s = rng_array(dt, ())
    record("broadcast_in_dim", {"shape": (2, 2), "broadcast_dimensions": ()}, True, [s], lax.broadcast_in_dim(s, (2, 2), ()))
    x1 = rng_array(dt, (2, 1), 1)
    record("broadcast_in_dim", {"shape": (3, 2, 4), "broadcast_dimensions": (1, 2)}, True, [x1], lax.broadcast_in_dim(x1, (3, 2, 4), (1, 2)))
    y = rng_array(dt, (2, 3, 4), 2)
    record("reshape", {"new_sizes": (6, 4), "dimensions": None}, True, [y], lax.reshape(y, (6, 4)))
    record("reshape", {"new_sizes": (4, 6), "dimensions": (2, 0, 1)}, True, [y], lax.reshape(y, (4, 6), (2, 0, 1)))
    z = rng_array(dt, (1, 3, 1), 3)
    record("squeeze", {"dimensions": (0, 2)}, True, [z], lax.squeeze(z, (0, 2)))
    for perm in [(1, 0, 2), (2, 1, 0), (0, 2, 1)]:
        record("transpose", {"permutation": perm}, True, [y], lax.transpose(y, perm))
    for dims in [(0,), (1, 2), ()]:
        record("rev", {"dimensions": dims}, True, [y], lax.rev(y, dims))
    pv = rng_array(dt, (), 4)
    for cfg in [((1, 2, 0), (0, 1, 1)), ((-1, 0, 0), (2, -1, 2)), ((0, 0, 0), (0, 0, 0))]:
        record("pad", {"padding_config": cfg}, True, [x, pv], lax.pad(x, pv, cfg))
    a = rng_array(dt, (2, 1, 4), 5)
    b = rng_array(dt, (2, 3, 4), 6)
    record("concatenate", {"dimension": 1}, True, [a, b, a], lax.concatenate([a, b, a], 1))
    record("copy", {}, True, [y], lax.copy_p.bind(y))
for dt in ["int8", "uint32", "int64", "float16", "bfloat16", "float32", "float64", "complex64"]:
    for shape, dim in [((5,), 0), ((2, 3), 1), ((3, 2, 2), 0)]:
        record("iota", {"dtype": np_dtype(dt), "shape": shape, "dimension": dim}, True, [], lax.broadcasted_iota(np_dtype(dt), shape, dim))

# reductions
RED = {"reduce_sum": lax.reduce_sum, "reduce_prod": lax.reduce_prod, "reduce_max": lax.reduce_max,
       "reduce_min": lax.reduce_min, "reduce_and": lax.reduce_and, "reduce_or": lax.reduce_or, "reduce_xor": lax.reduce_xor}
for name, fn in RED.items():
    for dt in DTYPES:
        if name in ("reduce_and", "reduce_or", "reduce_xor") and not (dt == "bool" or dt in INTS):
            continue
        if name in ("reduce_sum", "reduce_prod") and dt == "bool":
            continue
        if name in ("reduce_max", "reduce_min") and dt in COMPLEX:
            continue
        x = rng_array(dt, (3, 4, 5), 7)
        if name == "reduce_prod" and dt not in INTS:
            x = (x / 4).astype(x.dtype) if dt not in ("bool",) else x
        for axes in [(0,), (1,), (2,), (0, 2), (0, 1, 2), (), (1, 2)]:
            if dt in ("float16", "bfloat16") and name in ("reduce_sum", "reduce_prod") and len(axes) == 3:
                continue  # XLA's summation order over many 16-bit elements is not reproducible
            exact = dt not in FLOATS + COMPLEX or name in ("reduce_max", "reduce_min")
            record(name, {"axes": axes}, exact, [x], fn(x, axes))
        e = np.zeros((0, 3), np_dtype(dt))
        record(name, {"axes": (0,)}, True, [e], fn(e, (0,)))
for dt in FLOATS:
    x = np.array([[1.0, np.nan, 3.0], [np.nan, -np.inf, 2.0], [0.0, -0.0, -1.0]], np_dtype(dt))
    for name in ("reduce_max", "reduce_min"):
        for axes in [(0,), (1,), (0, 1)]:
            record(name, {"axes": axes}, True, [x], RED[name](x, axes))

for dt in ["bool", "int8", "uint8", "int32", "uint64", "float16", "bfloat16", "float32", "float64"]:
    x = rng_array(dt, (4, 5), 8)
    for axis in (0, 1):
        for idt in ("int32", "int64", "uint8"):
            record("argmax", {"axes": (axis,), "index_dtype": np_dtype(idt)}, True, [x], lax.argmax(x, axis, np_dtype(idt)))
            record("argmin", {"axes": (axis,), "index_dtype": np_dtype(idt)}, True, [x], lax.argmin(x, axis, np_dtype(idt)))
for dt in FLOATS:
    x = np.array([[1.0, np.nan, 3.0, np.nan], [2.0, 2.0, -1.0, -1.0], [-0.0, 0.0, 0.0, -0.0]], np_dtype(dt))
    for axis in (0, 1):
        record("argmax", {"axes": (axis,), "index_dtype": np_dtype("int32")}, True, [x], lax.argmax(x, axis, np.int32))
        record("argmin", {"axes": (axis,), "index_dtype": np_dtype("int32")}, True, [x], lax.argmin(x, axis, np.int32))

CUM = {"cumsum": lax.cumsum, "cumprod": lax.cumprod, "cummax": lax.cummax, "cummin": lax.cummin, "cumlogsumexp": lax.cumlogsumexp}
for name, fn in CUM.items():
    for dt in ["int8", "uint8", "int32", "uint32", "int64", "float16", "bfloat16", "float32", "float64", "complex64"]:
        if name in ("cummax", "cummin", "cumlogsumexp") and dt in COMPLEX:
            continue
        if name == "cumlogsumexp" and dt in INTS:
            continue
        x = rng_array(dt, (3, 4), 9)
        if name == "cumprod" and dt in FLOATS:
            x = (x / 4).astype(x.dtype)
        for axis in (0, 1):
            for rev in (False, True):
                record(name, {"axis": axis, "reverse": rev}, dt in INTS or name in ("cummax", "cummin"), [x], fn(x, axis, rev))

# dot_general
DOTS = [
    ((3, 4), (4, 5), (((1,), (0,)), ((), ()))),
    ((4,), (4,), (((0,), (0,)), ((), ()))),
    ((2, 3, 4), (2, 4, 5), (((2,), (1,)), ((0,), (0,)))),
    ((3, 4, 2), (2, 5, 4), (((1, 2), (2, 0)), ((), ()))),
    ((2, 3, 4), (4, 2, 6), (((2,), (0,)), ((0,), (1,)))),
    ((3, 4), (5, 4), (((1,), (1,)), ((), ()))),
    ((9, 13), (13, 7), (((1,), (0,)), ((), ()))),
]
for dt in ["bool", "int8", "int32", "uint32", "int64", "float16", "bfloat16", "float32", "float64", "complex64", "complex128"]:
    for ls, rs, dn in DOTS:
        a = rng_array(dt, ls, 10)
        b = rng_array(dt, rs, 11)
        exact = dt in ("bool",) + tuple(INTS)
        record("dot_general", {"dimension_numbers": dn, "precision": None, "preferred_element_type": None}, exact, [a, b],
               lax.dot_general(a, b, dn))
for ldt, rdt, pref in [("int8", "int8", "int32"), ("float32", "bfloat16", None), ("bfloat16", "bfloat16", "float32"),
                       ("int32", "int32", "float32"), ("float16", "float32", None), ("uint8", "uint8", "uint32")]:
    a = rng_array(ldt, (3, 4), 12)
    b = rng_array(rdt, (4, 2), 13)
    dn = (((1,), (0,)), ((), ()))
    p = np_dtype(pref) if pref else None
    record("dot_general", {"dimension_numbers": dn, "precision": None, "preferred_element_type": p}, ldt.startswith(("int", "uint")), [a, b],
           lax.dot_general(a, b, dn, preferred_element_type=p))

# slicing
for dt in ["int32", "float32", "complex64", "bool", "uint8"]:
    x = rng_array(dt, (5, 6), 14)
    for start, limit, strides in [((1, 2), (4, 6), None), ((0, 0), (5, 6), (2, 3)), ((4, 1), (5, 5), (1, 2)), ((2, 2), (2, 5), None)]:
        record("slice", {"start_indices": start, "limit_indices": limit, "strides": strides}, True, [x], lax.slice(x, start, limit, strides))
    for starts, sizes in [((1, 2), (2, 3)), ((4, 5), (3, 3)), ((-2, 0), (2, 2)), ((0, 9), (5, 1))]:
        idx = [np.int32(s) for s in starts]
        out = lax.dynamic_slice_p.bind(jnp.asarray(x), *[jnp.asarray(i) for i in idx], slice_sizes=sizes)
        record("dynamic_slice", {"slice_sizes": sizes}, True, [x] + idx, out)
        upd = rng_array(dt, sizes, 15)
        out = lax.dynamic_update_slice_p.bind(jnp.asarray(x), jnp.asarray(upd), *[jnp.asarray(i) for i in idx])
        record("dynamic_update_slice", {}, True, [x, upd] + idx, out)

GATHERS = [
    # x[idx] along axis 0 of a (5, 6)
    ((5, 6), np.array([[1], [4], [0], [9], [-2]]), lax.GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,)), (1, 6)),
    # x[:, idx]
    ((5, 6), np.array([[5], [2], [7]]), lax.GatherDimensionNumbers(offset_dims=(0,), collapsed_slice_dims=(1,), start_index_map=(1,)), (5, 1)),
    # point gather x[i, j]
    ((5, 6), np.array([[1, 2], [4, 5], [0, 0], [6, 1]]), lax.GatherDimensionNumbers(offset_dims=(), collapsed_slice_dims=(0, 1), start_index_map=(0, 1)), (1, 1)),
    # windows of size 2x3
    ((5, 6), np.array([[[1, 2]], [[4, 4]]]), lax.GatherDimensionNumbers(offset_dims=(2, 3), collapsed_slice_dims=(), start_index_map=(0, 1)), (2, 3)),
]
for dt in ["float32", "int32", "complex64", "bool", "int8", "float64", "uint64"]:
    for shape, idx, dn, sizes in GATHERS:
        x = rng_array(dt, shape, 16)
        for mode in (M.PROMISE_IN_BOUNDS, M.CLIP, M.FILL_OR_DROP):
            out = lax.gather(x, idx.astype(np.int32), dn, sizes, mode=mode)
            fill = None
            if mode == M.FILL_OR_DROP:
                d = np.dtype(np_dtype(dt))
                fill = (float("nan") if d.kind in "fc" else int(np.iinfo(d).min) if d.kind == "i" else int(np.iinfo(d).max) if d.kind == "u" else True)
            params = {"dimension_numbers": dn, "slice_sizes": sizes, "indices_are_sorted": False, "unique_indices": False, "mode": mode, "fill_value": fill}
            record("gather", params, True, [x, idx.astype(np.int32)], out)
    x = rng_array(dt, (5, 6), 17)
    idx = np.array([[1], [4], [9], [-1]], np.int64)
    dn = lax.GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,))
    fv = 7 if dt not in ("bool",) else False
    out = lax.gather(x, idx, dn, (1, 6), mode=M.FILL_OR_DROP, fill_value=fv)
    record("gather", {"dimension_numbers": dn, "slice_sizes": (1, 6), "indices_are_sorted": False, "unique_indices": False, "mode": M.FILL_OR_DROP,
                      "fill_value": fv}, True, [x, idx], out)

SCATTERS = [
    ((6,), np.array([[1], [7], [-1], [1], [5]]), (5,), lax.ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,))),
    ((6,), np.array([[0], [4], [5], [-1]]), (4, 2), lax.ScatterDimensionNumbers(update_window_dims=(1,), inserted_window_dims=(), scatter_dims_to_operand_dims=(0,))),
    ((4, 3), np.array([[2], [0], [2]]), (3, 3), lax.ScatterDimensionNumbers(update_window_dims=(1,), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,))),
    ((4, 3), np.array([[1, 2], [3, 0], [1, 2]]), (3,), lax.ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0, 1), scatter_dims_to_operand_dims=(0, 1))),
]
SC = {"scatter": lax.scatter, "scatter-add": lax.scatter_add, "scatter-mul": lax.scatter_mul, "scatter-min": lax.scatter_min, "scatter-max": lax.scatter_max}
for name, fn in SC.items():
    for dt in ["float32", "int32", "uint32", "int8", "float64", "complex64", "bfloat16", "bool"]:
        if dt == "bool" and name != "scatter":
            continue
        if dt in COMPLEX and name in ("scatter-min", "scatter-max"):
            continue
        for shape, idx, ushape, dn in SCATTERS:
            x = rng_array(dt, shape, 18)
            u = rng_array(dt, ushape, 19)
            for mode in (M.PROMISE_IN_BOUNDS, M.CLIP, M.FILL_OR_DROP):
                out = fn(x, idx.astype(np.int32), u, dn, mode=mode)
                params = {"dimension_numbers": dn, "indices_are_sorted": False, "unique_indices": False, "mode": mode, "update_jaxpr": None, "update_consts": ()}
                # XLA's float16/complex products may fuse multiply-adds: compare those with a tolerance
                exact = name == "scatter" or not (dt == "bfloat16" or dt in COMPLEX and name == "scatter-mul")
                record(name, params, exact, [x, idx.astype(np.int32), u], out)

# sort / top_k
for dt in ["int8", "uint8", "int32", "uint32", "int64", "uint64", "float16", "bfloat16", "float32", "float64", "bool", "complex64"]:
    x = rng_array(dt, (3, 7), 20)
    if dt in FLOATS:
        x = x.copy()
        x[0, 1] = np.nan
        x[0, 3] = -0.0
        x[0, 4] = 0.0
        x[1, 2] = np.inf
        x[1, 5] = -np.inf
        x[2, :] = x[2, 0]
    for dim in (0, 1):
        record("sort", {"dimension": dim, "is_stable": True, "num_keys": 1}, True, [x], lax.sort(x, dimension=dim, is_stable=True))
    payload = np.arange(21, dtype=np.int32).reshape(3, 7)
    outs = lax.sort((x, payload), dimension=1, is_stable=True, num_keys=1)
    record("sort", {"dimension": 1, "is_stable": True, "num_keys": 1}, True, [x, payload], outs)
    if dt not in COMPLEX:
        for k in (1, 3, 7):
            outs = lax.top_k(x, k)
            record("top_k", {"k": k}, True, [x], outs)
k1 = np.array([3, 1, 3, 2, 1, 2], np.int32)
k2 = np.array([2.0, 1.0, 1.0, 0.5, 1.0, np.nan], np.float32)
v = np.arange(6, dtype=np.int32)
record("sort", {"dimension": 0, "is_stable": True, "num_keys": 2}, True, [k1, k2, v], lax.sort((k1, k2, v), dimension=0, is_stable=True, num_keys=2))

# threefry / iota_2x32_shape
keys = np.array([0, 42, 0xFFFFFFFF, 12345], np.uint32)
cnt1 = np.array([0, 1, 2, 3, 1000, 0xFFFFFFFF], np.uint32)
cnt2 = np.array([5, 0, 7, 0xDEADBEEF, 3, 9], np.uint32)
for a, b in [(0, 1), (2, 3), (1, 1)]:
    out = threefry2x32_p.bind(jnp.uint32(keys[a]), jnp.uint32(keys[b]), jnp.asarray(cnt1), jnp.asarray(cnt2))
    record("threefry2x32", {}, True, [np.uint32(keys[a]), np.uint32(keys[b]), cnt1, cnt2], out)
for shape in [(3, 4), (5,), (2, 1, 3)]:
    record("iota_2x32_shape", {"shape": shape}, True, [], prng.iota_2x32_shape_p.bind(shape=shape))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "structural_cases.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "cases")
