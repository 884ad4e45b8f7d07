#!/usr/bin/env python3
"""Writes the expected output of the control-flow golden programs whose output is JAX's values.

Each program listed in GENERATED is run as Python with the real JAX unpacked at /work/ref/pyjax
(JAX 0.10.2, CPU) and its standard output is written to the ``.output`` file beside it. These
programs print only results (values, dtypes, weak types, Array reprs) and jax.debug.print lines,
which JAX 0.4.30 -- the version Jaxl follows -- produces alike. The other programs here
(jaxpr_docs, errors, trace_once) print jaxpr text, error messages and tracer reprs that changed
after 0.4.30; their expected output is written by hand from 0.4.30's docs and source, as each
program's header says.

Usage: python3 gen_expected.py [NAME ...]   (default: all of GENERATED)
"""
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
JAX = "/work/ref/pyjax"
GENERATED = ["cond_switch", "while_fori", "scan_map", "docs_values"]


def main() -> None:
    names = sys.argv[1:] or GENERATED
    env = dict(os.environ, PYTHONPATH=JAX, JAX_PLATFORMS="cpu")
    for name in names:
        program = HERE / f"{name}.jaxl"
        result = subprocess.run([sys.executable, "-u", str(program)], cwd=HERE, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        if result.returncode != 0:
            sys.exit(f"{name} failed:\n{result.stderr.decode()}")
        (HERE / f"{name}.output").write_bytes(result.stdout)
        print(f"wrote {name}.output")


if __name__ == "__main__":
    main()
