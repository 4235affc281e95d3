"""todo_scan: find TODO, FIXME and XXX notes in a source tree and report them.

An example of a command-line tool krait compiles into one executable: argparse for
the interface, pathlib to walk the tree, re to find the notes, dataclasses for the
records, json for machine-readable output, logging for progress on stderr, and
subprocess to pipe the report through a filter command.

    todo_scan [-h] [--ext EXT] [--kind KIND] [--json] [--pipe CMD] [-v] PATH...
"""

import argparse
import json
import logging
import re
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger("todo_scan")

NOTE = re.compile(r"#\s*(?P<kind>TODO|FIXME|XXX)(?:\((?P<owner>[\w.-]+)\))?:?\s*(?P<text>.*)$")


@dataclass(order=True)
class Note:
    path: str
    line: int
    kind: str
    text: str
    owner: str | None = None


@dataclass
class Report:
    root: str
    files: int = 0
    notes: list[Note] = field(default_factory=list)

    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for n in self.notes:
            counts[n.kind] = counts.get(n.kind, 0) + 1
        return dict(sorted(counts.items()))


def scan_file(path: Path, root: Path, kinds: set[str]) -> list[Note]:
    notes = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        log.warning("skipping %s: not UTF-8 (%s)", path.relative_to(root), e.reason)
        return notes
    for number, line in enumerate(text.splitlines(), start=1):
        m = NOTE.search(line)
        if m and m["kind"] in kinds:
            notes.append(Note(str(path.relative_to(root)), number, m["kind"], m["text"].strip(), m["owner"]))
    return notes


def scan(root: Path, exts: list[str], kinds: set[str]) -> Report:
    report = Report(root=root.name)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.suffix not in exts:
            log.debug("ignoring %s", path.relative_to(root))
            continue
        report.files += 1
        found = scan_file(path, root, kinds)
        log.info("%s: %d note(s)", path.relative_to(root), len(found))
        report.notes.extend(found)
    report.notes.sort()
    return report


def as_text(report: Report) -> str:
    lines = [f"{report.root}: {len(report.notes)} note(s) in {report.files} file(s)"]
    for n in report.notes:
        owner = f" [{n.owner}]" if n.owner else ""
        lines.append(f"{n.path}:{n.line}: {n.kind}{owner} {n.text}")
    summary = ", ".join(f"{k}={v}" for k, v in report.by_kind().items())
    lines.append(f"by kind: {summary or 'none'}")
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = asdict(report)
    data["by_kind"] = report.by_kind()
    return json.dumps(data, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="todo_scan", description="Find TODO/FIXME/XXX notes in source trees.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="directories to scan")
    parser.add_argument("--ext", action="append", default=None, help="file extension to scan (default: .py)")
    parser.add_argument("--kind", action="append", choices=["TODO", "FIXME", "XXX"], help="only these kinds")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--pipe", metavar="CMD", help="send the report through a shell command")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress (twice: more)")
    args = parser.parse_args(argv)

    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    exts = args.ext or [".py"]
    kinds = set(args.kind or ["TODO", "FIXME", "XXX"])

    out = []
    status = 0
    for p in args.paths:
        try:
            report = scan(Path(p), exts, kinds)
        except OSError as e:
            log.error("%s", e)
            status = 2
            continue
        out.append(as_json(report) if args.json else as_text(report))
    text = "".join(out)
    if args.pipe:
        done = subprocess.run(args.pipe, shell=True, input=text, capture_output=True, text=True)
        if done.returncode != 0:
            log.error("%r failed with status %d: %s", args.pipe, done.returncode, done.stderr.strip())
            return 3
        text = done.stdout
    sys.stdout.write(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
