#!/usr/bin/env bash
# Records the expected output of the example programs with CPython 3.11.
#
# For every tests/examples/NAME/cases/CASE.args (the command line of examples/NAME.py,
# one argument per line) this runs the example with CPython in tests/examples/NAME/
# and writes CASE.stdout, CASE.stderr (all of it) and CASE.code beside it.
#
# Usage: tests/record_examples.sh [NAME ...]   ($PYTHON overrides the interpreter)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [[ -z "${PYTHON:-}" ]]; then
    PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
fi
if [[ $# -gt 0 ]]; then names=("$@"); else names=(); for d in "$here"/examples/*/cases; do names+=("$(basename "$(dirname "$d")")"); done; fi

count=0
for name in "${names[@]}"; do
    dir="$here/examples/$name"
    for args in "$dir"/cases/*.args; do
        case_="${args%.args}"
        mapfile -t argv <"$args"
        set +e
        (cd "$dir" && env -u COLUMNS -u LINES timeout 20 "$PYTHON" "$root/examples/$name.py" "${argv[@]}" \
            </dev/null >"$case_.stdout" 2>"$case_.stderr")
        echo "$?" >"$case_.code"
        set -e
        count=$((count + 1))
    done
done
echo "record_examples.sh: recorded $count case(s) with $PYTHON"
