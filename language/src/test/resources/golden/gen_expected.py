#!/usr/bin/env python3
"""Writes the expected output of every golden program under python/ by running it with CPython.

Each program runs in a fresh python3 process, in its own directory, as __main__, with stdout and
stderr merged (unbuffered, so their order is kept). An uncaught exception (a syntax error
included) prints only the last line of CPython's traceback, e.g. ``ValueError: bad``, which is
what the JUnit runner (org.jaxl.golden.GoldenRunner) appends for an uncaught Jaxl exception.
Modules beside a program can be imported: ``*.jaxl`` files load as Python source.

Programs are the ``*.jaxl`` files under python/ except modules meant only for importing: files
whose name starts with ``_`` and files inside packages (directories with ``__init__.jaxl``).

Usage: python3 gen_expected.py [SUBSTRING]   (only programs whose path contains SUBSTRING)
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
PROGRAMS = HERE / "python"

# Runs one program: argv[1] is its path. Lets `import mod` find mod.jaxl beside it.
BOOTSTRAP = r"""
import importlib._bootstrap_external as b, importlib.machinery as m, runpy, sys, traceback
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


def is_program(path: pathlib.Path) -> bool:
    return not path.name.startswith("_") and not (path.parent / "__init__.jaxl").exists()


def expected_output(program: pathlib.Path) -> str:
    result = subprocess.run(
        [sys.executable, "-u", "-c", BOOTSTRAP, str(program)],
        cwd=program.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=300,
    )
    return result.stdout.decode("utf-8")


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"expected outputs come from CPython 3.11, this is {sys.version}")
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for program in sorted(PROGRAMS.rglob("*.jaxl")):
        if is_program(program) and wanted in str(program.relative_to(HERE)):
            program.with_suffix(".output").write_text(expected_output(program), encoding="utf-8")
            print("wrote", program.with_suffix(".output").relative_to(HERE))


if __name__ == "__main__":
    main()
