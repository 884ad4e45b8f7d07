#!/usr/bin/env bash
# Control-flow benchmarks (issue 8): a scalar lax.fori_loop of N iterations under jit against
# the same loop in plain Java and in CPython, and a lax.scan cumulative sum of N float32
# elements against np.cumsum. Prints each timing and the ratios. Usage: bench/control_flow/run.sh [N]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)
n=${1:-1000000}
cd "$repo"
. .ci/setup.sh
jaxl_setup_java

ms() { sed -n 's/.*: \([0-9.]*\) ms.*/\1/p'; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

jaxl_out=$(./jaxl "$here/fori_loop.jaxl" "$n")
java_out=$("$JAXL_JAVA_HOME/bin/java" "$here/ForiLoop.java" "$n")
python_out=$(python3 "$here/fori_loop.py" "$n")
scan_out=$(./jaxl "$here/scan_cumsum.jaxl" "$n")
numpy_out=$(python3 "$here/cumsum.py" "$n")
printf '%s\n' "$jaxl_out" "$java_out" "$python_out" "$scan_out" "$numpy_out"

jaxl_ms=$(ms <<<"$jaxl_out"); java_ms=$(ms <<<"$java_out"); python_ms=$(ms <<<"$python_out")
scan_ms=$(ms <<<"$scan_out"); numpy_ms=$(ms <<<"$numpy_out")
echo "fori_loop: jaxl / java = $(ratio "$jaxl_ms" "$java_ms"), cpython / jaxl = $(ratio "$python_ms" "$jaxl_ms")"
echo "scan cumsum: jaxl / np.cumsum = $(ratio "$scan_ms" "$numpy_ms")"
