#!/usr/bin/env bash
# Records the expected output of the differential test programs with CPython.
#
# For every tests/programs/<feature>/NAME.py (and every multi-module program
# tests/programs/<feature>/NAME/main.py, whose other files are its modules) this
# writes, next to it:
#   NAME.stdout  the exact standard output,
#   NAME.stderr  only the last non-empty line of standard error (or an empty file),
#   NAME.code    the exit status followed by a newline.
#
# Usage: tests/record.sh [PROGRAM.py ...]
# Without arguments every program is (re)recorded. The reference interpreter is
# CPython 3.11; set $PYTHON to override which binary runs the programs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
programs_dir="$here/programs"

# The python3 on PATH may be a slow pyenv shim, so resolve the real binary once.
if [[ -z "${PYTHON:-}" ]]; then
    PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
fi
if ! "$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11)' 2>/dev/null; then
    echo "record.sh: warning: $PYTHON is not CPython 3.11" >&2
fi

files=()
if [[ $# -gt 0 ]]; then
    for arg in "$@"; do
        if [[ ! -f "$arg" ]]; then
            echo "record.sh: no such program: $arg" >&2
            exit 2
        fi
        files+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")")
    done
else
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <( (find "$programs_dir" -mindepth 2 -maxdepth 2 -name '*.py' -type f -print0;
               find "$programs_dir" -mindepth 3 -maxdepth 3 -name main.py -type f -print0) | sort -z)
fi

tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

count=0
for f in "${files[@]}"; do
    dir="$(dirname "$f")"
    name="$(basename "$f" .py)"
    set +e
    (cd "$dir" && PYTHONIOENCODING=utf-8 timeout 20 "$PYTHON" "$name.py" </dev/null >"$name.stdout" 2>"$tmp_err")
    code=$?
    set -e
    if [[ $code -eq 124 ]]; then
        echo "record.sh: warning: $f timed out" >&2
    fi
    echo "$code" >"$dir/$name.code"
    # Keep only the last non-empty line of stderr, with a trailing newline.
    last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1 || true)"
    if [[ -n "$last" ]]; then
        printf '%s\n' "$last" >"$dir/$name.stderr"
    else
        : >"$dir/$name.stderr"
    fi
    count=$((count + 1))
done
echo "record.sh: recorded $count program(s) with $PYTHON"
