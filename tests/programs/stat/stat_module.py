# stat.py (CPython's pure-Python module) over _stat, and stat results from posix.
import stat
import posix
import _stat

d = 'tmp_stat_module_%d' % posix.getpid()
posix.mkdir(d)
fd = posix.open(d + '/f', posix.O_WRONLY | posix.O_CREAT, 0o640)
posix.close(fd)
posix.symlink('f', d + '/l')
for name in ['', '/f', '/l']:
    st = posix.lstat(d + name)
    print(repr(name), stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(st.st_mode),
          stat.filemode(st.st_mode)[0], oct(stat.S_IMODE(posix.stat(d + name).st_mode)) if name else '')
print(stat.ST_SIZE, stat.S_IFMT(0o100644) == stat.S_IFREG, stat.filemode(0o100755))
print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
posix.unlink(d + '/l')
posix.unlink(d + '/f')
posix.rmdir(d)
