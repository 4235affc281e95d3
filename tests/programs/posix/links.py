# posix: symbolic and hard links, readlink, lstat, chmod, utime.
import posix

d = 'tmp_posix_links_%d' % posix.getpid()
posix.mkdir(d)
f = d + '/target'
fd = posix.open(f, posix.O_WRONLY | posix.O_CREAT, 0o644)
posix.write(fd, b'12345')
posix.close(fd)

posix.symlink('target', d + '/sym')
print('readlink:', posix.readlink(d + '/sym'), posix.readlink((d + '/sym').encode()))
print('stat follows:', posix.stat(d + '/sym').st_size, posix.stat(d + '/sym') == posix.stat(f))
print('lstat does not:', posix.lstat(d + '/sym').st_size, oct(posix.lstat(d + '/sym').st_mode & 0o170000))
print('stat no follow:', posix.stat(d + '/sym', follow_symlinks=False) == posix.lstat(d + '/sym'))
try:
    posix.readlink(f)
except OSError as e:
    print('readlink of a file:', type(e).__name__, e.errno, e.strerror)
try:
    posix.symlink('x', d + '/sym')
except FileExistsError as e:
    print('symlink exists:', e.errno, e.filename, e.filename2 == d + '/sym')

posix.link(f, d + '/hard')
print('link count:', posix.stat(f).st_nlink, posix.stat(d + '/hard').st_ino == posix.stat(f).st_ino)
try:
    posix.link(f, d + '/hard')
except FileExistsError as e:
    print('link exists:', e.errno)
posix.unlink(d + '/hard')
print('after unlink:', posix.stat(f).st_nlink)

# chmod, and S_IMODE of the result.
posix.chmod(f, 0o600)
print('chmod:', oct(posix.stat(f).st_mode & 0o7777))
posix.chmod(f, 0o4755)
print('chmod setuid:', oct(posix.stat(f).st_mode & 0o7777))
fd = posix.open(f, posix.O_RDONLY)
posix.chmod(fd, 0o640)
print('chmod fd:', oct(posix.fstat(fd).st_mode & 0o7777))
posix.fchmod(fd, 0o644)
print('fchmod:', oct(posix.fstat(fd).st_mode & 0o7777))

# utime with seconds, floats, nanoseconds, and on an fd.
posix.utime(f, (1, 2))
s = posix.stat(f)
print('utime ints:', s[7], s[8], s.st_atime, s.st_mtime_ns)
posix.utime(f, (1.75, 1e9 + 0.5))
s = posix.stat(f)
print('utime floats:', s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns)
posix.utime(f, ns=(123456789012345678, 5))
s = posix.stat(f)
print('utime ns:', s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
posix.utime(f, times=(-1.25, 0))
print('negative:', posix.stat(f).st_atime_ns, posix.stat(f)[7])
posix.utime(fd, (100, 200))
print('utime fd:', posix.fstat(fd)[7:9])
posix.close(fd)
posix.utime(f)
print('utime now:', posix.stat(f)[8] > 1600000000)

# dir_fd: names relative to an open directory.
dfd = posix.open(d, posix.O_RDONLY | posix.O_DIRECTORY)
posix.mkdir('viafd', dir_fd=dfd)
fd = posix.open('viafd/x', posix.O_WRONLY | posix.O_CREAT, 0o600, dir_fd=dfd)
posix.write(fd, b'abc')
posix.close(fd)
print('stat dir_fd:', posix.stat('viafd/x', dir_fd=dfd).st_size, posix.access('viafd/x', posix.F_OK, dir_fd=dfd))
posix.rename('viafd/x', 'viafd/y', src_dir_fd=dfd, dst_dir_fd=dfd)
posix.symlink('y', 'viafd/z', dir_fd=dfd)
print('readlink dir_fd:', posix.readlink('viafd/z', dir_fd=dfd), sorted(posix.listdir(d + '/viafd')))
posix.unlink('viafd/y', dir_fd=dfd)
posix.unlink('viafd/z', dir_fd=dfd)
posix.rmdir('viafd', dir_fd=dfd)
posix.close(dfd)

# truncate through an fd and through a path.
fd = posix.open(f, posix.O_RDWR)
posix.truncate(fd, 2)
posix.close(fd)
print('truncate fd:', posix.stat(f).st_size)

posix.unlink(d + '/sym')
posix.unlink(f)
print('left:', posix.listdir(d))
posix.rmdir(d)
