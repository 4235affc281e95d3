import sys


def show(x, sep=", "):
    print(x, f"{x!r:>10}", sep=sep, file=sys.stderr)
    return str(x).upper()
