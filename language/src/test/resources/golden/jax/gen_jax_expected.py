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

# Runs one program: argv[1] is its path.
BOOTSTRAP = r"""
import importlib._bootstrap_external as b, importlib.machinery as m, runpy, sys, traceback
import warnings
warnings.simplefilter("ignore")
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
    return result.stdout.decode("utf-8")


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for program in sorted(HERE.glob("*.jaxl")):
        if not program.name.startswith("_") and wanted in program.name:
            program.with_suffix(".output").write_text(expected_output(program), encoding="utf-8")
            print("wrote", program.with_suffix(".output").name)


if __name__ == "__main__":
    main()
