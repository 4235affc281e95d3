# _stat: file type tests, S_IMODE, S_IFMT, filemode, constants and errors.
import _stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o170777, 0, 0o4755,
         0o104755, 0o102755, 0o101777, 0o041777, 0o106000, 0o101776, 0o7777, 2**32 - 1]
tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
for m in modes:
    print(oct(m), _stat.filemode(m), oct(_stat.S_IMODE(m)), oct(_stat.S_IFMT(m)),
          ''.join('1' if getattr(_stat, t)(m) else '0' for t in tests))
print(_stat.S_ISDIR(True), _stat.S_IMODE(False))

consts = [n for n in dir(_stat) if n.isupper() and not callable(getattr(_stat, n))]
for n in sorted(consts):
    print(n, getattr(_stat, n))

bad = [
    lambda: _stat.S_ISDIR(),
    lambda: _stat.S_ISDIR(1, 2),
    lambda: _stat.S_ISDIR('x'),
    lambda: _stat.S_ISDIR(1.5),
    lambda: _stat.S_ISDIR(-1),
    lambda: _stat.S_ISDIR(1 << 40),
    lambda: _stat.S_IMODE(-1),
    lambda: _stat.S_IMODE(1 << 33),
    lambda: _stat.filemode(-1),
    lambda: _stat.filemode(1 << 70),
    lambda: _stat.S_ISREG(1 << 64),
    lambda: _stat.S_ISDIR(mode=1),
    lambda: _stat.filemode(None),
]
for i, b in enumerate(bad):
    try:
        print(i, b())
    except Exception as e:
        print(i, type(e).__name__, e)
