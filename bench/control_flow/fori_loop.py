"""The reference for fori_loop.jaxl in CPython without NumPy: the same recurrence (in float64,
CPython's only float), fastest of REPEATS runs. Usage: python3 fori_loop.py [N] [REPEATS]"""
import sys
import time


def loop(n):
    x = 0.0
    for i in range(n):
        x = x * 0.999999 + i
    return x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
best = None
for _ in range(repeats):
    start = time.perf_counter()
    result = loop(n)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"cpython fori_loop n={n}: {best * 1000:.3f} ms (result {result:.7g})")
