#!/usr/bin/env python3
"""Writes the expected output of the make_jaxpr golden programs (jaxpr_*.jaxl) in this directory.

Each program prints, for several functions, a "# name" line and jax.make_jaxpr(f)(x). The
equations come from real JAX: JAX 0.10.2 at /work/ref/pyjax runs the program, and its jaxprs are
restated in JAX 0.4.30's printing (the spec) by the rules below, each from 0.4.30's source:
  * `jit[...]` was `pjit[...]` (jax/_src/pjit.py's primitive name);
  * literals print as their value only (core.Literal.__repr__: f'{self.val}'), not `1.0:f32[]`;
  * parameters that 0.4.30 did not have (`out_sharding`, `sharding`) are dropped, and
    broadcast_in_dim prints all its parameters (shape, broadcast_dimensions);
  * variables are named a, b, ..., z, ba, bb, ... in printed order with one counter per printed
    jaxpr, nested jaxprs included (core.JaxprPpContext, _encode_digits_alphabetic);
  * a jaxpr goes on one line when all of it but the closing " }" fits in 80 columns
    (core.pp_jaxpr_skeleton's group, pretty_printer._fits).
Only functions whose equations did not change between 0.4.30 and 0.10.2 are used (e.g. not
jnp.square, which 0.10.2 lowers to a new `square` primitive; 0.4.30: integer_pow[y=2]).
Programs named jaxpr_docs_* hold jaxprs quoted from 0.4.30's docs, with hand-written outputs.

Usage: python3 gen_jaxpr_expected.py [SUBSTRING]
"""
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
PYJAX = "/work/ref/pyjax"

import re


def _matching_brace(text, start):
    depth = 0
    for k in range(start, len(text)):
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return k
    raise ValueError("unbalanced braces")


def inline_shared(text):
    """0.10.2 prints a jaxpr used by several equations once, as `let name = {...} in`; 0.4.30 prints it in place."""
    shared = {}
    while True:
        m = re.match(r'let (\w+) = \{', text)
        if not m:
            break
        end = _matching_brace(text, m.end() - 1)
        shared[m.group(1)] = text[m.end() - 1:end + 1]
        rest = text[end + 1:]
        assert rest.startswith(' in\n'), rest[:20]
        text = rest[4:]

    def expand(t):
        return re.sub(r'jaxpr=(\w+)\b', lambda mm: 'jaxpr=' + expand(shared[mm.group(1)]) if mm.group(1) in shared else mm.group(0), t)
    return expand(text)


def _name(n):
    """0.4.30's core._encode_digits_alphabetic: a..z, ba, bb, ..."""
    s = ''
    while len(s) == 0 or n:
        n, i = n // 26, n % 26
        s = chr(97 + i) + s
    return s


def rename(text):
    """0.4.30 names variables with one counter, in printed order; nested jaxprs get fresh names."""
    counter = [0]
    scopes = []
    out = []
    for m in re.finditer(r'\{ lambda|\}|[A-Za-z_][A-Za-z0-9_.]*|[^A-Za-z_{}]+|.', text, re.S):
        t = m.group(0)
        if t == '{ lambda':
            scopes.append({})
        elif t == '}':
            scopes.pop()
        elif re.fullmatch(r'[a-z]+', t) and scopes:
            before = text[m.start() - 1] if m.start() > 0 else ' '
            after = text[m.end()] if m.end() < len(text) else ' '
            scope = scopes[-1]
            if before not in '=._' and after == ':' and not text[m.end():].startswith(':' + ' '):
                scope[t] = _name(counter[0])
                counter[0] += 1
                t = scope[t]
            elif before not in '=._' and after not in '=[' and t in scope:
                t = scope[t]
        out.append(t)
    return ''.join(out)


def _shape_tuple(dims):
    dims = [d for d in dims.split(',') if d]
    if not dims:
        return '()'
    return '(' + ', '.join(dims) + (',)' if len(dims) == 1 else ')')


def strip_literal_types(text):
    """Literals: 0.4.30 prints the value only (0.10.2: 1.0:f32[])."""
    return re.sub(r'(-?[\d.]+(?:e[+-]?\d+)?|-?inf|nan|True|False):(?:bool|[a-z]+\d+)\[\]', r'\1', text)


def fix_params(text):
    text = re.sub(r'\bjit\[', 'pjit[', text)
    # Parameters added after 0.4.30.
    text = re.sub(r' ?\bout_sharding=None', '', text)
    text = re.sub(r' ?\bsharding=None', '', text)
    text = text.replace('[]  ', '[] ')
    # 0.10.2 hides broadcast_in_dim's shape, and broadcast_dimensions when empty.
    def bid(m):
        dims = m.group(3) if m.group(3) is not None else '()'
        return f'{m.group(1)}[{m.group(2)}] = broadcast_in_dim[broadcast_dimensions={dims} shape={_shape_tuple(m.group(2))}]'
    text = re.sub(r'(\w+:\w+)\[([\d,]*)\] = broadcast_in_dim(?:\[broadcast_dimensions=(\([\d, ]*\))\])?', bid, text)
    return text


def relayout(text):
    """0.4.30's pretty printer puts a jaxpr on one line when its group (all but the closing
    " }") fits in 80 columns."""
    lines = text.split("\n")
    if any("{ lambda" in line for line in lines[1:]) or text.startswith("let "):
        return text
    if len(lines) == 1:
        m = re.fullmatch(r'(\{ lambda .*?\. let) (.*) (in \(.*\) \})', text)
        if m and len(text) - 2 > 80:
            return f"{m.group(1)}\n    {m.group(2)}\n  {m.group(3)}"
        return text
    flat = lines[0] + " " + "; ".join(l.strip() for l in lines[1:-1]) + " " + lines[-1].strip()
    return flat if len(flat) - 2 <= 80 else text


def convert(text):
    return relayout(fix_params(rename(strip_literal_types(text))))


def expected_output(program: pathlib.Path) -> str:
    env = dict(os.environ, PYTHONPATH=PYJAX, JAX_PLATFORMS="cpu", TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, str(program.name)], cwd=program.parent, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300, check=True)
    chunks = re.split(r'^(# .*)$', result.stdout.decode("utf-8"), flags=re.M)
    out = chunks[0]
    for header, body in zip(chunks[1::2], chunks[2::2]):
        out += header + "\n" + convert(body.strip("\n")) + "\n"
    return out


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for program in sorted(HERE.glob("jaxpr_*.jaxl")):
        if program.name.startswith("jaxpr_docs_") or wanted not in program.name:
            continue
        program.with_suffix(".output").write_text(expected_output(program), encoding="utf-8")
        print("wrote", program.with_suffix(".output").name)


if __name__ == "__main__":
    main()
