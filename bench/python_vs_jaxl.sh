#!/usr/bin/env bash
# Times scalar-heavy Jaxl programs against the same programs under CPython, in one run.
#
#   bench/python_vs_jaxl.sh [program.jaxl ...]     (default: bench/programs/*.jaxl)
#
# Each program is plain Python: it warms its workload up untimed, then prints its result and
# "seconds S", the best of several timed runs measured with time.perf_counter(). Jaxl runs
# through ./jaxl (the optimizing runtime) with background compilation off, so the warm-up calls
# wait for their compilations and the timed runs execute compiled code. The script checks that
# both runs printed the same result and prints CPython's time over Jaxl's: the speed-up.
# Set JAXL to another launcher (e.g. component/target/jaxl-*/bin/jaxl) to time that one.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
jaxl=${JAXL:-$repo/jaxl}
python=${PYTHON:-python3}
goal=5

if [ $# -eq 0 ]; then
    set -- "$repo"/bench/programs/*.jaxl
fi

seconds_of() {
    sed -n 's/^seconds \([0-9.e+-]*\)$/\1/p' <<<"$1"
}

result_of() {
    grep -v '^seconds ' <<<"$1"
}

printf '%-16s %12s %12s %10s\n' program "CPython (s)" "Jaxl (s)" speed-up
status=0
for program in "$@"; do
    name=$(basename "$program" .jaxl)
    jaxl_out=$("$jaxl" --experimental-options --engine.BackgroundCompilation=false "$program")
    python_out=$("$python" "$program")
    if [ "$(result_of "$jaxl_out")" != "$(result_of "$python_out")" ]; then
        echo "$name: Jaxl and CPython disagree" >&2
        diff <(result_of "$python_out") <(result_of "$jaxl_out") >&2 || true
        status=1
        continue
    fi
    py=$(seconds_of "$python_out")
    jx=$(seconds_of "$jaxl_out")
    ratio=$(awk -v p="$py" -v j="$jx" 'BEGIN { printf "%.1f", p / j }')
    printf '%-16s %12s %12s %9sx\n' "$name" "$py" "$jx" "$ratio"
    if awk -v r="$ratio" -v g="$goal" 'BEGIN { exit !(r < g) }'; then
        echo "$name: below the goal of ${goal}x" >&2
        status=1
    fi
done
exit $status
