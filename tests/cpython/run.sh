#!/usr/bin/env bash
# Compiles CPython's own test files with krait, together with unittest and
# test.support from the same standard library, runs them, and prints how many tests
# ran and passed per file (make cpython-tests).
#
# The test files are used from where python3 keeps them (never copied here): each is
# imported as `test.NAME` by a small driver program, so it is compiled as standard-
# library code (its eval/exec/compile calls raise NotImplementedError when run, and
# count as errors). Usage: tests/cpython/run.sh [NAME ...]  (default: tests/cpython/FILES)
# $KRAIT (the compiler), $KRAIT_STDLIB (the standard library) and $KRAIT_OPT (-O level,
# default 0) may be set.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
krait="${KRAIT:-$root/target/release/krait}"
if [[ -z "${KRAIT_STDLIB:-}" ]]; then
    KRAIT_STDLIB="$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))' 2>/dev/null || echo /usr/lib/python3.11)"
fi
export KRAIT_STDLIB
if [[ ! -d "$KRAIT_STDLIB/test" ]]; then
    echo "cpython-tests: $KRAIT_STDLIB has no test/ directory (CPython's test suite)" >&2
    exit 2
fi
work="${KRAIT_CPYTHON_WORK:-$root/target/cpython-tests}"
mkdir -p "$work"
if [[ $# -gt 0 ]]; then names=("$@"); else mapfile -t names < <(grep -v '^#' "$here/FILES" | grep -v '^$'); fi

build_one() {
    local name="$1" dir="$work/$1"
    mkdir -p "$dir"
    sed "s/@NAME@/$name/g" "$here/driver.py" >"$dir/main.py"
    if ! "$krait" build "$dir/main.py" -o "$dir/main" "-O${KRAIT_OPT:-0}" >"$dir/build.log" 2>&1; then
        rm -f "$dir/main"
    fi
}
export -f build_one
export here work krait
printf '%s\n' "${names[@]}" | xargs -P "$(nproc)" -I{} bash -c 'build_one {}'

printf '%-22s %5s %6s %6s %6s %7s\n' file run passed failed errors skipped
total_run=0; total_passed=0
for name in "${names[@]}"; do
    dir="$work/$name"
    if [[ ! -x "$dir/main" ]]; then
        printf '%-22s build failed: %s\n' "$name" "$(grep -m1 -E 'error' "$dir/build.log" | cut -c1-100)"
        continue
    fi
    (cd "$dir" && timeout 300 ./main >"$dir/out.log" 2>"$dir/err.log")
    line="$(grep '^krait-cpython-tests:' "$dir/out.log" | tail -1)"
    if [[ -z "$line" ]]; then
        printf '%-22s did not finish: %s\n' "$name" "$(grep -v '^\s*$' "$dir/err.log" | tail -1 | cut -c1-100)"
        continue
    fi
    read -r _ run failed errors skipped <<<"$line"
    passed=$((run - failed - errors - skipped))
    total_run=$((total_run + run)); total_passed=$((total_passed + passed))
    printf '%-22s %5d %6d %6d %6d %7d\n' "$name" "$run" "$passed" "$failed" "$errors" "$skipped"
done
printf '%-22s %5d %6d\n' total "$total_run" "$total_passed"
echo "(details per file in $work/NAME/err.log)"
