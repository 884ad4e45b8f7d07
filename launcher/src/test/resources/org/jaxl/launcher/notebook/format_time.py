"""Expected texts for TimeFormatTest and TimeitResultTest, as IPython 8 (before 8.24) prints them.

IPython's _format_time (IPython/core/magics/execution.py) picks the unit from the decimal
exponent, formats the scaled number with "%.*g" and, from a minute on, writes whole days, hours,
minutes and seconds; TimeitResult.__str__ writes the mean and population standard deviation of
the per-loop times. This script restates those rules with Python's own "%g" and "{:,}"
formatting, which is what the Java code must match. Re-run:
    python3 format_time.py > format_time.tsv
    python3 format_time.py timeit > timeit_result.tsv
"""
import math

MICRO = "\u00b5"  # the micro sign, as IPython printed it until 8.24 and as the seed shows


def format_time(seconds, precision=3):
    if seconds >= 60.0:
        parts = []
        leftover = seconds
        for suffix, length in (("d", 86400), ("h", 3600), ("min", 60), ("s", 1)):
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                parts.append(f"{value}{suffix}")
            if leftover < 1:
                break
        return " ".join(parts)
    units = ["s", "ms", MICRO + "s", "ns"]
    order = min(-(math.floor(math.log10(seconds)) // 3), 3) if seconds > 0.0 else 3
    return "%.*g %s" % (precision, seconds * [1, 1e3, 1e6, 1e9][order], units[order])


CASES = [
    0.0, 1e-12, 8.26e-9, 2.99e-8, 9.9951e-7, 9.995e-7, 1e-6, 1.0e-6 * 18.3, 5.24e-6,
    2.76e-3, 1.01e-3, 0.000999, 0.0009996, 0.001, 0.017, 0.227, 0.218, 0.5, 0.9995,
    0.99951, 1.0, 1.5, 2.345, 12.3456, 59.99, 60.0, 61.5, 125.25, 3600.0, 3661.0,
    90061.5, 1e-4, 1.25e-5, 0.125, 100.0e-3, 123456e-9,
]

# (loops, total seconds of each run)
RUNS = [
    (100, [0.2760, 0.2741, 0.2795, 0.2772, 0.2758, 0.2749, 0.2780]),
    (1000, [1.012, 1.004, 1.019, 1.008, 1.011, 1.003, 1.013]),
    (1, [0.227, 0.231, 0.219, 0.222, 0.235, 0.229, 0.226]),
    (10000000, [0.29, 0.30, 0.29, 0.31, 0.29, 0.30, 0.29]),
    (1, [0.5]),
]


def timeit_result(loops, runs):
    timings = [run / loops for run in runs]
    mean = math.fsum(timings) / len(timings)
    stdev = (math.fsum([(t - mean) ** 2 for t in timings]) / len(timings)) ** 0.5
    return "{mean} \u00b1 {std} per loop (mean \u00b1 std. dev. of {runs} run{rs}, {loops:,} loop{ls} each)".format(
        mean=format_time(mean), std=format_time(stdev), runs=len(runs), rs="" if len(runs) == 1 else "s",
        loops=loops, ls="" if loops == 1 else "s")


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["timeit"]:
        for loops, runs in RUNS:
            print(f"{loops}\t{' '.join(repr(r) for r in runs)}\t{timeit_result(loops, runs)}")
    else:
        for seconds in CASES:
            print(f"{seconds!r}\t{format_time(seconds)}")
