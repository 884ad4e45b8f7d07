"""The reference for scan_cumsum.jaxl: np.cumsum over N float32 elements, fastest of REPEATS
runs. Usage: python3 cumsum.py [N] [REPEATS]"""
import sys
import time

import numpy as np

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 100
xs = np.ones(n, np.float32)
best = None
for _ in range(repeats):
    start = time.perf_counter()
    result = np.cumsum(xs)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"numpy cumsum n={n}: {best * 1000:.3f} ms (last {result[-1]})")
