"""Prints bench/run.sh's table from the "name value" files its programs wrote into one directory."""
import sys
from pathlib import Path


def load(directory, name):
    values = {}
    for line in (Path(directory) / name).read_text().splitlines():
        parts = line.split()
        if len(parts) == 2:
            values[parts[0]] = float(parts[1])
    return values


def main(directory):
    jaxl = load(directory, "jaxl")
    first = load(directory, "first_call")
    numpy = load(directory, "numpy")
    java = load(directory, "java")
    startup = load(directory, "startup")
    rows = []

    def ratio(name, value, unit, ref_name, ref, goal):
        rows.append((name, f"{value:.3f} {unit}", f"{ref_name} {ref:.3f} {unit}", f"{value / ref:.2f}x", goal))

    def absolute(name, value, unit, ref_text, goal):
        rows.append((name, f"{value:.3f} {unit}", ref_text, "", goal))

    for key, label in [("selu_sorted", "sorted"), ("selu_random", "random signs"), ("selu_int32", "int32 arange")]:
        ratio(f"jit selu, 1M {label}", jaxl["jit_" + key], "ms", "NumPy", numpy[key], "<= 0.35x")
        ratio(f"jit selu, 1M {label}", jaxl["jit_" + key], "ms", "Java loop", java[key], "<= 1.3x")
    ratio("eager selu, 1M sorted", jaxl["eager_selu_sorted"], "ms", "NumPy", numpy["selu_sorted"], "<= 1.0x")
    ratio("eager selu, 1M random signs", jaxl["eager_selu_random"], "ms", "NumPy", numpy["selu_random"], "<= 1.0x")
    ratio("cached call of jit loop_body", jaxl["loop_body_us"], "us", "plain Jaxl call", jaxl["plain_call_us"], "<= 0.3 us")
    ratio("cached call of jit loop_body", jaxl["loop_body_us"], "us", "NumPy scalar add", numpy["scalar_add_us"], "<= 0.3 us")
    absolute("first call of jit selu, 1k", first["first_call_selu_1k"], "ms", "trace + lower + run", "<= 5 ms")
    absolute("first call of jit selu, 1M", first["first_call_selu_1m"], "ms", "trace + lower + run", "<= 5 ms")
    absolute("jit(selu).lower(x), 1M", first["trace_lower_selu"], "ms", "trace + lower only", "<= 5 ms")
    ratio("jit jnp.sum, 1M float32", jaxl["jit_sum"], "ms", "NumPy", numpy["sum"], "<= 1.0x")
    ratio("jit jnp.mean, 1M float32", jaxl["jit_mean"], "ms", "NumPy", numpy["mean"], "<= 1.0x")
    ratio("jit matmul, 512x512 float32", jaxl["jit_matmul_512"], "ms", "NumPy", numpy["matmul_512"], "<= 1.5x")
    ratio("jaxl -c 'print(1)' wall time", startup["jaxl"], "s", "python3", startup["python3"], "<= 0.5 s")

    headers = ("measure", "Jaxl", "reference", "ratio", "goal")
    widths = [max(len(r[i]) for r in rows + [headers]) for i in range(len(headers))]
    for r in [headers, tuple("-" * w for w in widths)] + rows:
        print(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())


if __name__ == "__main__":
    main(sys.argv[1])
