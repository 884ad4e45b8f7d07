"""The NumPy side of bench/run.sh: the same measurements as bench.jaxl, on NumPy (float32).

Prints one "name value" line per measurement: milliseconds, or microseconds for "*_us" names.
"""
import time

import numpy as np

N = 1000000


def selu(x, alpha=np.float32(1.67), lambda_=np.float32(1.05)):
    return lambda_ * np.where(x > 0, x, alpha * np.exp(x) - alpha)


def median(times):
    return sorted(times)[len(times) // 2]


def time_ms(f, x, reps, warmup):
    for _ in range(warmup):
        f(x)
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        f(x)
        times.append(time.perf_counter() - start)
    return median(times) * 1e3


def report(name, value):
    print(name, round(value, 4))


sorted_x = (np.arange(N, dtype=np.float32) - N / 2) / np.float32(N / 10)
random_x = np.sin(np.arange(N, dtype=np.float32) * np.float32(12.9898)) * np.float32(3.0)
int_x = np.arange(N, dtype=np.int32)

report("selu_sorted", time_ms(selu, sorted_x, 51, 5))
report("selu_random", time_ms(selu, random_x, 51, 5))
report("selu_int32", time_ms(selu, int_x, 51, 5))


def scalar_adds(n):
    i = np.int32(0)
    for _ in range(n):
        i = i + np.int32(1)
    return i


CALLS = 100000
report("scalar_add_us", time_ms(scalar_adds, CALLS, 11, 1) * 1e3 / CALLS)
report("sum", time_ms(np.sum, random_x, 51, 5))
report("mean", time_ms(np.mean, random_x, 51, 5))
a = np.sin(np.arange(512 * 512, dtype=np.float32)).reshape(512, 512)
b = np.cos(np.arange(512 * 512, dtype=np.float32)).reshape(512, 512)
report("matmul_512", time_ms(lambda p: p[0] @ p[1], (a, b), 51, 200))
