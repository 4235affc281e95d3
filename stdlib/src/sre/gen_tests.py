"""Regenerates the code lists of the `_sre` test programs (tests/programs/sre/*.py).

`import re` needs more of the compiler than `_sre` does, so the tests call
`_sre.compile` directly with the code CPython 3.11's `re._compiler` makes. Each
program's body (after the `# --- body ---` line) calls `C(pattern, flags)`; this
script runs the body with CPython, captures the arguments `re._compiler` passes to
`_sre.compile` for each pattern, and rewrites the header's `CODES` table.

Usage: python3.11 gen_tests.py tests/programs/sre/NAME.py ...
"""
import contextlib
import io
import re
import sys

import _sre

MARKER = "# --- body ---\n"
_orig = _sre.compile
_captured = {}


def _capture(pattern, flags, code, groups, groupindex, indexgroup):
    _captured["last"] = (int(flags), [int(x) for x in code], groups, dict(groupindex), tuple(indexgroup))
    return _orig(pattern, flags, code, groups, groupindex, indexgroup)


_sre.compile = _capture


def regenerate(path):
    text = open(path).read()
    doc, body = text.split(MARKER, 1)
    doc = doc.split("\nimport _sre\n", 1)[0]
    codes = {}

    def C(pattern, flags=0):
        re.purge()
        p = re.compile(pattern, flags)
        codes[(pattern, flags)] = _captured["last"]
        return p

    saved = dict(sys.modules)
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(body, path, "exec"), {"C": C, "__name__": "__gen__"})
    sys.modules.clear()
    sys.modules.update(saved)
    lines = [doc, "import _sre", "", "CODES = {"]
    lines += ["    %r: %r," % kv for kv in codes.items()]
    lines += ["}", "", "", "def C(pattern, flags=0):",
              "    f, code, groups, groupindex, indexgroup = CODES[(pattern, flags)]",
              "    return _sre.compile(pattern, f, code, groups, groupindex, indexgroup)", "", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines) + MARKER + body)
    print(path, len(codes), "patterns")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        regenerate(p)
