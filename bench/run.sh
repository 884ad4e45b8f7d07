#!/usr/bin/env bash
# The benchmark table of issue 6 (see bench/README.md): Jaxl against NumPy and a hand-written
# Java Vector API loop, every row measured in this run, after warm-up, as medians.
# Usage: bench/run.sh   (from anywhere; builds Jaxl first when its sources changed)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$repo"
. .ci/setup.sh
jaxl_setup_java

python3 -c 'import numpy' 2>/dev/null || { echo "bench: python3 with NumPy is needed for the reference timings" >&2; exit 1; }
./jaxl -c 'pass' >/dev/null
distribution=("$repo"/component/target/jaxl-*/bin/jaxl)
results=$(mktemp -d "${TMPDIR:-/tmp}/jaxl-bench.XXXXXX")
trap 'rm -rf "$results"' EXIT

echo "bench: Jaxl, compiled units (bench/bench.jaxl)..." >&2
"${distribution[0]}" --experimental-options --engine.BackgroundCompilation=false bench/bench.jaxl >"$results/jaxl"
echo "bench: Jaxl, first calls (bench/first_call.jaxl)..." >&2
"${distribution[0]}" bench/first_call.jaxl >"$results/first_call"
echo "bench: NumPy (bench/numpy_reference.py)..." >&2
python3 -W ignore bench/numpy_reference.py >"$results/numpy"
echo "bench: Java Vector API loop (bench/java/SeluVectorLoop.java)..." >&2
# The same collector as bin/jaxl uses (its 4 MB arrays stall G1 as they stall Jaxl).
"$JAXL_JAVA" -XX:+UseSerialGC --add-modules jdk.incubator.vector bench/java/SeluVectorLoop.java 2>/dev/null >"$results/java"

echo "bench: start-up..." >&2
# Median wall time in seconds of five runs of a command.
wall_time() {
    local runs=() start end
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        runs+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p | awk '{ printf "%.3f\n", $1 / 1000 }'
}
{
    echo "jaxl $(wall_time "${distribution[0]}" -c 'print(1)')"
    echo "python3 $(wall_time python3 -c 'print(1)')"
} >"$results/startup"

python3 bench/table.py "$results"
