# posix: argument checking and the exceptions of failed calls.
import posix

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Bad:
    def __fspath__(self):
        return 42

tests = [
    lambda: posix.stat([]),
    lambda: posix.stat(None),
    lambda: posix.mkdir(3),
    lambda: posix.listdir(3.0),
    lambda: posix.stat('a\0b'),
    lambda: posix.stat(b'a\0b'),
    lambda: posix.stat(P('tmp_no_such_file')),
    lambda: posix.stat(P(b'tmp_no_such_file')),
    lambda: posix.stat(Bad()),
    lambda: posix.fspath(Bad()),
    lambda: posix.fspath(P('x')),
    lambda: posix.fspath(b'x'),
    lambda: posix.fspath(None),
    lambda: posix.rename(1, 'x'),
    lambda: posix.rename('x', 2),
    lambda: posix.rename('tmp_no_such_1', b'tmp_no_such_2'),
    lambda: posix.link('tmp_no_such_1', 'tmp_no_such_2'),
    lambda: posix.stat(1 << 70),
    lambda: posix.stat(-(1 << 70)),
    lambda: posix.stat(0, dir_fd=0),
    lambda: posix.stat('x', dir_fd='a'),
    lambda: posix.stat('x', dir_fd=1.5),
    lambda: posix.getcwd(1),
    lambda: posix.getcwd(x=1),
    lambda: posix.stat(),
    lambda: posix.stat('a', 'b', 'c'),
    lambda: posix.stat('a', bad=1),
    lambda: posix.mkdir('a', bad=1),
    lambda: posix.mkdir(path='tmp_x', path2=1),
    lambda: posix.strerror(),
    lambda: posix.strerror('x'),
    lambda: posix.strerror(1 << 70),
    lambda: posix.read(1),
    lambda: posix.read(fd=1, length=2),
    lambda: posix.read(0, -1),
    lambda: posix.close(),
    lambda: posix.close('x'),
    lambda: posix.close(1.5),
    lambda: posix.close(1 << 40),
    lambda: posix.lseek(1, 2),
    lambda: posix.lseek(999, 0, 0),
    lambda: posix.write(999, 's'),
    lambda: posix.write(1, 3),
    lambda: posix.dup(999),
    lambda: posix.fstat(999),
    lambda: posix.fsync(999),
    lambda: posix.fsync('x'),
    lambda: posix.kill(1),
    lambda: posix.umask(),
    lambda: posix.access('tmp_no_such', 'x'),
    lambda: posix.urandom(-1),
    lambda: posix.urandom('x'),
    lambda: posix.utime('x', (1, 2), ns=(1, 2)),
    lambda: posix.utime('x', 5),
    lambda: posix.utime('x', ns=5),
    lambda: posix.utime('x', ('a', 1)),
    lambda: posix.utime('tmp_no_such'),
    lambda: posix.readlink('tmp_no_such'),
    lambda: posix.open('tmp_no_such', 'r'),
    lambda: posix.open('tmp_no_such', posix.O_RDONLY),
    lambda: posix.open('tmp_no_such'),
    lambda: posix.truncate('tmp_no_such', 0),
    lambda: posix.chmod('tmp_no_such', 0o644),
    lambda: posix.symlink('a', 'tmp_no_such_dir/b'),
    lambda: posix.get_terminal_size(1, 2),
    lambda: posix.waitstatus_to_exitcode(-1),
    lambda: posix.waitpid(-1, 0),
    lambda: posix.putenv('', 'x'),
    lambda: posix.putenv('A=B', 'x'),
    lambda: posix.putenv('A', 'x\0'),
    lambda: posix.unsetenv('A=B'),
    lambda: posix.device_encoding(999),
    lambda: posix.isatty(999),
    lambda: posix.access('tmp_no_such', posix.F_OK),
    lambda: posix.cpu_count(1),
    lambda: posix.WIFEXITED(),
    lambda: posix.WCOREDUMP(),
    lambda: posix.WEXITSTATUS('x'),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'ok', repr(r))
    except Exception as e:
        print(i, type(e).__name__, e, '| errno', getattr(e, 'errno', '-'), '| filename', getattr(e, 'filename', '-'), getattr(e, 'filename2', '-'))

# errno picks the OSError subclass, and `error` is OSError.
print(posix.error is OSError)
for code in [1, 2, 3, 4, 9, 10, 11, 13, 17, 20, 21, 22, 32, 110, 111]:
    e = OSError(code, posix.strerror(code), 'f')
    print(code, type(e).__name__, e)
try:
    posix.stat('tmp_no_such')
except posix.error as e:
    print('caught as posix.error:', type(e).__name__, e.args, repr(e))

# A buffer that cannot be allocated.
for f in (lambda: posix.read(0, 1 << 62), lambda: posix.urandom(1 << 62)):
    try:
        f()
    except MemoryError as e:
        print(type(e).__name__, e.args)
