# posix.stat_result and the other struct sequences: tuple behaviour, fields, repr,
# the constructor and its messages.
import posix

d = 'tmp_posix_statres_%d' % posix.getpid()
posix.mkdir(d)
p = d + '/f'
fd = posix.open(p, posix.O_WRONLY | posix.O_CREAT, 0o640)
posix.write(fd, b'x' * 1234)
posix.close(fd)
posix.utime(p, (1000000000, 1500000000.25))

s = posix.stat(p)
print(type(s).__name__, type(s).__module__, type(s).__qualname__, isinstance(s, tuple))
print(len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields, posix.stat_result.n_fields)
print(s.st_size, s[6], s[-4], oct(s.st_mode), oct(s[0]))
print('times:', s[7], s[8], s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns)
print('types:', [type(x).__name__ for x in s])
print('hidden types:', type(s.st_ctime).__name__, type(s.st_ctime_ns).__name__, type(s.st_blksize).__name__, type(s.st_blocks).__name__, type(s.st_rdev).__name__)
print('ints agree:', s.st_ino == s[1], s.st_dev == s[2], s.st_nlink == s[3] == 1, s.st_uid == s[4], s.st_gid == s[5])
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = s
print('unpacked:', size, at, mt)
print('slice:', s[6:9], type(s[6:9]).__name__)
print('eq:', s == posix.stat(p), s == tuple(s), s != posix.lstat(d))
print('match args:', posix.stat_result.__match_args__)
print('hash ok:', hash(s) == hash(tuple(s)))
print('ns consistency:', s.st_mtime_ns // 10**9 == s[8], s.st_mtime_ns % 10**9)
print('lstat equals stat for a file:', posix.lstat(p) == s)
fd = posix.open(p, posix.O_RDONLY)
print('fstat equals stat:', posix.fstat(fd) == s, posix.stat(fd) == s)
posix.close(fd)

# Constructing.
r = posix.stat_result(range(10))
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r = posix.stat_result(range(16))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_mtime_ns, r.st_ctime_ns, r.st_rdev)
r = posix.stat_result(list(range(10)), {'st_blksize': 4096, 'st_atime': 2.5})
print(r.st_blksize, r.st_atime, r.st_blocks)
for bad in [(1, 2, 3), range(30)]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print(e)
try:
    posix.stat_result(5)
except TypeError as e:
    print(e)

t = posix.terminal_size((80, 24))
print(t, t.columns, t.lines, t[0], len(t), type(t).__module__)
try:
    posix.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
try:
    posix.terminal_size([1])
except TypeError as e:
    print(e)
print(posix.terminal_size([1, 2]) == (1, 2))

u = posix.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0], [type(x).__name__ for x in u])
print(u.machine == u[4], u.release == u[2])
print(posix.uname_result(('a', 'b', 'c', 'd', 'e')))

tm = posix.times()
print(type(tm).__name__, len(tm), [type(x).__name__ for x in tm], tm.user >= 0, tm.elapsed == tm[4])
print(posix.times_result((1, 2, 3, 4, 5)))

posix.unlink(p)
posix.rmdir(d)
