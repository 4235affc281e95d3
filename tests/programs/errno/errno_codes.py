# errno: every constant, errorcode (names sharing a number keep the later one), and
# the link with OSError subclasses.
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(sorted(errno.errorcode.items())[:5])
print(list(errno.errorcode.items())[:5])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(errno.EDEADLOCK == errno.EDEADLK, errno.errorcode[errno.EDEADLK])
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.ENOTSUP])
print(type(errno.errorcode).__name__, errno.__name__)
try:
    open('tmp_errno_no_such_file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
for code in [errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.ECHILD, errno.EAGAIN, errno.EACCES,
             errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ECONNRESET, errno.ETIMEDOUT]:
    print(errno.errorcode[code], type(OSError(code, 'x')).__name__)
