#!/usr/bin/env python3
"""Writes the expected output of the jax.numpy / jax.lax golden programs in this directory by
running each with real JAX.

The programs are written in the common subset of Python and Jaxl, so the same file runs under
both. Expected outputs come from JAX 0.10.2 (unpacked at /work/ref/pyjax, CPU), which is NOT the
spec version (0.4.30): only behaviour that did not change between the two is tested here —
values, result dtypes, weak types, Array reprs and str, and error texts that are the same in
both. Jaxpr texts (which changed: `jit` for `pjit`, typed literals) are not generated here.

Each program runs in a fresh python3 process, in its own directory, as __main__, with stdout and
stderr merged. An uncaught exception prints only the last line of CPython's traceback (e.g.
``TypeError: bad``), which is what the JUnit runner (org.jaxl.golden.GoldenRunner) appends for
an uncaught Jaxl exception. Files whose name starts with ``_`` are modules, not programs.

Usage: python3 gen_jax_expected.py [SUBSTRING]   (only programs whose name contains SUBSTRING)
"""
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
PYJAX = "/work/ref/pyjax"

# Runs one program: argv[1] is its path. APIs that JAX removed after 0.4.30 are put back first,
# with their 0.4.30 definitions (jax/_src/numpy/lax_numpy.py, jax/_src/lax/lax.py).
BOOTSTRAP = r"""
import importlib._bootstrap_external as b, importlib.machinery as m, runpy, sys, traceback
import warnings
warnings.simplefilter("ignore")
import jax, jax.numpy as jnp
from jax import lax
jnp.fix = jax.jit(lambda x: jnp.where(x >= 0, jnp.floor(x), jnp.ceil(x)))
jnp.round_ = jnp.round
lax.tie_in = lambda x, y: y
lax.zeros_like_array = lambda x: lax.full_like(x, 0)
sys.dont_write_bytecode = True
loaders = [(m.SourceFileLoader, [".jaxl"])] + b._get_supported_file_loaders()
sys.path_hooks.insert(0, m.FileFinder.path_hook(*loaders))
sys.path_importer_cache.clear()
path = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = "."
try:
    runpy.run_path(path, run_name="__main__")
except SystemExit:
    raise
except BaseException as e:
    sys.stdout.flush()
    print(traceback.format_exception_only(type(e), e)[-1], end="", file=sys.stderr)
"""


# Lines where JAX 0.4.30 (the spec) prints something else than 0.10.2, each with the 0.4.30
# source it comes from: {program: [(line printed by 0.10.2, line printed by 0.4.30)]}.
SPEC_LINES = {
    # 0.4.30 array_methods._unimplemented_setitem formats type(self) into its message.
    "array_setitem_error": [(
        "TypeError: JAX arrays are immutable and do not support in-place item assignment. Instead of "
        "x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: "
        "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html",
        "TypeError: '<class 'jaxlib.xla_extension.ArrayImpl'>' object does not support item assignment. "
        "JAX arrays are immutable. Instead of ``x[idx] = y``, use ``x = x.at[idx].set(y)`` or another "
        ".at[] method: https://jax.readthedocs.io/en/latest/_autosummary/jax.numpy.ndarray.at.html")],
    # 0.4.30's ArrayImpl is jaxlib.xla_extension.ArrayImpl (0.10.2: jaxlib._jax.ArrayImpl).
    "array_operators_errors": [
        ("TypeError: unsupported operand type(s) for +: 'jaxlib._jax.ArrayImpl' and 'dict'",
         "TypeError: unsupported operand type(s) for +: 'jaxlib.xla_extension.ArrayImpl' and 'dict'"),
        ("TypeError: unsupported operand type(s) for +: 'jaxlib._jax.ArrayImpl' and 'str'",
         "TypeError: unsupported operand type(s) for +: 'jaxlib.xla_extension.ArrayImpl' and 'str'")],
    # 0.4.30 lax.broadcasting_shape_rule: "{name}: arrays must have same number of dimensions, got {shapes}."
    "lax_shape_errors": [(
        "TypeError: mul: arrays must have the same number of dimensions, got {1, 2}",
        "TypeError: mul: arrays must have same number of dimensions, got (2, 3), (3,).")],
    # 0.4.30 lax.dot raises TypeError("Incompatible shapes for dot: got {} and {}.").
    "lax_dot": [(
        "ValueError: jax.lax.dot: dimension_numbers must be specified when not performing simple "
        "un-batched matrix-matrix, matrix-vector, or vector-vector products; got lhs_shape=(2, 2) rhs_shape=(3,)",
        "TypeError: Incompatible shapes for dot: got (2, 2) and (3,).")],
    # 0.4.30 lax_numpy._canonicalize_tuple_index and _index_to_gather's messages;
    # _split_index_for_jit reports the index after wrapping it in a tuple.
    "array_getitem_out_of_bounds": [
        ("TypeError: JAX does not support string indexing; got idx='a'",
         "TypeError: JAX does not support string indexing; got idx=('a',)"),
        ("IndexError: Too many indices: array is 1-dimensional, but 2 were indexed",
         "IndexError: Too many indices for array: 2 non-None/Ellipsis indices for dim 1."),
        ("TypeError: Indexer must have integer or boolean type, got indexer with type float64",
         "TypeError: Indexer must have integer or boolean type, got indexer with type float32 at "
         "position 0, indexer value 1.5")],
    # 0.4.30 jnp.arange with a step returns array(np.arange(...)): NumPy's float16 fill.
    "create_arange_float": [(
        "Array([0. , 0.3, 0.6, 0.9, 1.2, 1.5, 1.8], dtype=float16)",
        "Array([0.    , 0.3   , 0.6   , 0.9004, 1.2   , 1.5   , 1.801 ], dtype=float16)")],
    # 0.4.30's dimension numbers have three fields (no batching dims).
    "lax_gather_scatter": [
        ("GatherDimensionNumbers(offset_dims=(), collapsed_slice_dims=(0,), start_index_map=(0,), "
         "operand_batching_dims=(), start_indices_batching_dims=())",
         "GatherDimensionNumbers(offset_dims=(), collapsed_slice_dims=(0,), start_index_map=(0,))"),
        ("ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), "
         "scatter_dims_to_operand_dims=(0,), operand_batching_dims=(), scatter_indices_batching_dims=())",
         "ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), "
         "scatter_dims_to_operand_dims=(0,))")],
    # 0.4.30's jnp.floor is _one_to_one_unop(np.floor, lax.floor, True): integers become float.
    "ufunc_rounding": [("Array([1, 2], dtype=int32)", "Array([1., 2.], dtype=float32)")],
    # 0.4.30's lattice (dtypes._type_promotion_lattice): u4 -> [i8, u8], u8 -> [f_].
    "dtype_promote_types": [("int32 int32 float64", "int64 int64 float64")],
}


def expected_output(program: pathlib.Path) -> str:
    env = dict(os.environ, PYTHONPATH=PYJAX, JAX_PLATFORMS="cpu", TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run(
        [sys.executable, "-u", "-c", BOOTSTRAP, str(program)],
        cwd=program.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        timeout=300,
    )
    text = result.stdout.decode("utf-8")
    for old, new in SPEC_LINES.get(program.stem, []):
        if old + "\n" not in text:
            sys.exit(f"{program.name}: expected to find the line {old!r}")
        text = text.replace(old + "\n", new + "\n")
    return text


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for program in sorted(HERE.glob("*.jaxl")):
        if not program.name.startswith("_") and wanted in program.name:
            program.with_suffix(".output").write_text(expected_output(program), encoding="utf-8")
            print("wrote", program.with_suffix(".output").name)


if __name__ == "__main__":
    main()
