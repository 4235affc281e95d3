# posix: the process, the environment, pipes and descriptors, wait statuses.
import posix

print(type(posix.getpid()) is int, posix.getpid() > 0, posix.getppid() > 0, posix.getpid() != posix.getppid())
print([type(f()) is int for f in (posix.getuid, posix.geteuid, posix.getgid, posix.getegid)])
print('cpu_count:', type(posix.cpu_count()) is int and posix.cpu_count() >= 1)

# environ is a dict of bytes to bytes.
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
print(b'PATH' in env or b'HOME' in env or len(env) >= 0)
posix.putenv('KRAIT_POSIX_TEST', 'value 1')
print('putenv does not change environ:', b'KRAIT_POSIX_TEST' in posix.environ)
posix.putenv(b'KRAIT_POSIX_TEST2', b'v')
posix.unsetenv('KRAIT_POSIX_TEST')
posix.unsetenv(b'KRAIT_POSIX_TEST_NEVER_SET')

# strerror.
for code in [0, 1, 2, 9, 13, 17, 22, 28, 32, 110, 9999, -1]:
    print(code, posix.strerror(code))

# urandom.
r = posix.urandom(16)
print(type(r).__name__, len(r), len(posix.urandom(0)), len(posix.urandom(1000)), posix.urandom(16) != r)

# umask returns the previous mask.
old = posix.umask(0o27)
print('umask:', oct(posix.umask(old)))

# Pipes and descriptors.
rfd, wfd = posix.pipe()
print('pipe:', type(rfd) is int, rfd != wfd, posix.get_inheritable(rfd), posix.get_blocking(rfd))
print('write:', posix.write(wfd, b'through the pipe'))
print('read:', posix.read(rfd, 7), posix.read(rfd, 100))
print('isatty(pipe):', posix.isatty(rfd), posix.device_encoding(rfd))
try:
    posix.get_terminal_size(rfd)
except OSError as e:
    print('terminal size of a pipe:', type(e).__name__, e.errno, e.strerror)
try:
    posix.lseek(rfd, 0, 0)
except OSError as e:
    print('lseek on a pipe:', e)
d = posix.dup(wfd)
print('dup:', d not in (rfd, wfd), posix.get_inheritable(d))
posix.write(d, b'via dup')
print(posix.read(rfd, 100))
d2 = posix.dup2(wfd, d)
print('dup2:', d2 == d, posix.get_inheritable(d2))
d3 = posix.dup2(wfd, d, inheritable=False)
print('dup2 not inheritable:', d3 == d, posix.get_inheritable(d3))
posix.set_inheritable(d, True)
print('set_inheritable:', posix.get_inheritable(d))
posix.set_blocking(rfd, False)
print('non-blocking:', posix.get_blocking(rfd))
try:
    posix.read(rfd, 10)
except BlockingIOError as e:
    print('empty non-blocking read:', e.errno, e.strerror)
posix.set_blocking(rfd, True)
posix.close(d)
posix.close(wfd)
print('eof:', posix.read(rfd, 10))
posix.close(rfd)

# Wait statuses.
for st in [0, 1 << 8, 3 << 8, 255 << 8, 9, 15, 0x80 | 6, 0x137f, 0xffff]:
    print(hex(st), posix.WIFEXITED(st), posix.WEXITSTATUS(st), posix.WIFSIGNALED(st), posix.WTERMSIG(st),
          posix.WIFSTOPPED(st), posix.WSTOPSIG(st), posix.WCOREDUMP(st), posix.WIFCONTINUED(st))
for st in [0, 1 << 8, 255 << 8, 9, 15, 0x137f, 0xffff, -1]:
    try:
        print(hex(st), posix.waitstatus_to_exitcode(st))
    except ValueError as e:
        print(hex(st), 'ValueError', e)
print(posix.waitstatus_to_exitcode(status=2 << 8))

# kill with signal 0 checks that a process exists.
print('kill 0:', posix.kill(posix.getpid(), 0))
try:
    posix.kill(2 ** 22 + 12345, 0)
except ProcessLookupError as e:
    print('no such process:', e)

# access.
print('access:', posix.access('.', posix.F_OK), posix.access('.', posix.R_OK | posix.X_OK), posix.access('tmp_no_such', posix.F_OK))
print('access kw:', posix.access(path='.', mode=posix.F_OK, effective_ids=False, follow_symlinks=True))
