#!/usr/bin/env bash
# Benchmarks krait against CPython on the programs in bench/.
#
# Each program is compiled with `krait build -O2` into target/bench/, its
# standard output is checked against CPython's (any difference aborts the run),
# then CPython and the executable are timed alternately for $ROUNDS rounds and
# the best time of each is kept. Prints a table of CPython seconds, krait
# seconds and speed-up (CPython / krait) with their geometric mean, followed by
# the compile time and executable size of one program and the start-up time of
# a hello-world for both (averaged over $STARTUP_RUNS runs).
#
# Usage: bench/run.sh            (or `make bench`, which builds krait first)
# Environment: PYTHON (default: the real binary behind python3),
#              ROUNDS (default 3), STARTUP_RUNS (default 20).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PROGRAMS=(int_loop float_loop recursion dict_str bigint)
ROUNDS="${ROUNDS:-3}"
STARTUP_RUNS="${STARTUP_RUNS:-20}"
KRAIT=target/release/krait
OUT=target/bench

# The python3 on PATH may be a slow pyenv shim, so resolve the real binary once.
if [[ -z "${PYTHON:-}" ]]; then
    PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
fi
if [[ ! -x "$KRAIT" ]]; then
    echo "run.sh: $KRAIT not found; run 'cargo build --release -p krait' first" >&2
    exit 2
fi
mkdir -p "$OUT"

now() { date +%s.%N; }
# elapsed START END -> seconds, 3 decimals
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }
# seconds CMD... -> wall-clock seconds of one run (stdout discarded); aborts on failure
seconds() {
    local s e
    s="$(now)"
    if ! "$@" >/dev/null; then
        echo "run.sh: FAILED: $*" >&2
        exit 1
    fi
    e="$(now)"
    elapsed "$s" "$e"
}
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? a : b }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "python: $PYTHON ($("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
echo

# Compile everything and check the output against CPython's.
declare -A compile_time
for p in "${PROGRAMS[@]}" hello; do
    s="$(now)"
    if ! "$KRAIT" build -O2 "bench/$p.py" -o "$OUT/$p"; then
        echo "run.sh: FAILED: krait could not compile bench/$p.py" >&2
        exit 1
    fi
    compile_time[$p]="$(elapsed "$s" "$(now)")"
    "$PYTHON" "bench/$p.py" >"$OUT/$p.expected"
    "$OUT/$p" >"$OUT/$p.actual"
    if ! cmp -s "$OUT/$p.expected" "$OUT/$p.actual"; then
        echo "run.sh: FAILED: krait's output for bench/$p.py differs from CPython's:" >&2
        diff "$OUT/$p.expected" "$OUT/$p.actual" >&2 || true
        exit 1
    fi
done
echo "all ${#PROGRAMS[@]} programs compiled with -O2 and match CPython's output"
echo

# Time CPython and krait alternately, keeping the best of each.
declare -A best_py best_kr
for ((r = 1; r <= ROUNDS; r++)); do
    for p in "${PROGRAMS[@]}"; do
        t="$(seconds "$PYTHON" "bench/$p.py")"
        best_py[$p]="$(min "${best_py[$p]:-1e9}" "$t")"
        t="$(seconds "$OUT/$p")"
        best_kr[$p]="$(min "${best_kr[$p]:-1e9}" "$t")"
    done
done

printf '%-12s %12s %12s %10s\n' program "CPython s" "krait s" speed-up
printf '%-12s %12s %12s %10s\n' ------------ ------------ ------------ ----------
log_sum=0
for p in "${PROGRAMS[@]}"; do
    py="${best_py[$p]}"
    kr="${best_kr[$p]}"
    # Guard against a zero reading from a program faster than the clock.
    ratio="$(awk -v a="$py" -v b="$kr" 'BEGIN { if (b < 0.001) b = 0.001; printf "%.2f", a / b }')"
    log_sum="$(awk -v s="$log_sum" -v a="$py" -v b="$kr" 'BEGIN { if (b < 0.001) b = 0.001; print s + log(a / b) }')"
    printf '%-12s %12s %12s %9sx\n' "$p" "$py" "$kr" "$ratio"
done
geomean="$(awk -v s="$log_sum" -v n="${#PROGRAMS[@]}" 'BEGIN { printf "%.2f", exp(s / n) }')"
printf '%-12s %12s %12s %9sx\n' "geomean" "" "" "$geomean"
echo "(best of $ROUNDS alternating rounds, wall-clock seconds)"
echo

# Start-up: average wall-clock time of a hello-world over STARTUP_RUNS runs.
startup() {
    local s e i
    s="$(now)"
    for ((i = 0; i < STARTUP_RUNS; i++)); do
        "$@" >/dev/null
    done
    e="$(now)"
    awk -v s="$s" -v e="$e" -v n="$STARTUP_RUNS" 'BEGIN { printf "%.1f", (e - s) / n * 1000 }'
}
size() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }

echo "compile time (krait build -O2 bench/dict_str.py): ${compile_time[dict_str]} s"
echo "executable size: hello $(size "$OUT/hello"), dict_str $(size "$OUT/dict_str")"
echo "hello-world start-up (mean of $STARTUP_RUNS runs): CPython $(startup "$PYTHON" bench/hello.py) ms, krait $(startup "$OUT/hello") ms"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
