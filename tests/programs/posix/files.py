# posix: creating, reading, writing, renaming and removing files and directories.
import posix

d = 'tmp_posix_files_%d' % posix.getpid()
posix.mkdir(d)
try:
    posix.mkdir(d)
except FileExistsError as e:
    print('mkdir twice:', type(e).__name__, e.errno, e.strerror, e.filename == d)

p = d + '/data.bin'
fd = posix.open(p, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC, 0o600)
print('fd is int:', type(fd) is int, fd > 2)
print('write:', posix.write(fd, b'hello world'), posix.write(fd, bytearray(b'!')), posix.write(fd, memoryview(b'??')))
print('lseek:', posix.lseek(fd, 0, 0), posix.lseek(fd, 0, 2), posix.lseek(fd, -3, 1))
print('read tail:', posix.read(fd, 100))
posix.lseek(fd, 6, 0)
print('read 5:', posix.read(fd, 5), posix.read(fd, 0))
st = posix.fstat(fd)
print('fstat size:', st.st_size, st[6], oct(st.st_mode & 0o777))
posix.ftruncate(fd, 5)
posix.fsync(fd)
print('after ftruncate:', posix.fstat(fd).st_size)
posix.close(fd)
try:
    posix.close(fd)
except OSError as e:
    print('close twice:', type(e).__name__, e)
try:
    posix.read(fd, 1)
except OSError as e:
    print('read closed:', e.errno, e.filename)

fd = posix.open(p, posix.O_RDONLY)
print('content:', posix.read(fd, 1000))
try:
    posix.write(fd, b'x')
except OSError as e:
    print('write to read-only fd:', type(e).__name__, e)
posix.close(fd)

posix.truncate(p, 2)
print('truncate:', posix.stat(p).st_size)
posix.truncate(p, 10)
fd = posix.open(p, posix.O_RDONLY)
print('extended:', posix.read(fd, 100))
posix.close(fd)

fd = posix.open(p, posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b'END')
posix.close(fd)
print('appended size:', posix.stat(p).st_size)

try:
    posix.open(p, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    print('O_EXCL:', type(e).__name__, e.errno, e.strerror, e.filename == p)

q = d + '/renamed.bin'
posix.rename(p, q)
print('renamed:', sorted(posix.listdir(d)))
r = d + '/other.bin'
fd = posix.open(r, posix.O_WRONLY | posix.O_CREAT, 0o644)
posix.close(fd)
posix.replace(r, q)
print('replaced:', sorted(posix.listdir(d)), posix.stat(q).st_size)
try:
    posix.rename(d + '/missing', d + '/x')
except FileNotFoundError as e:
    print('rename missing:', e.errno, e.filename == d + '/missing', e.filename2 == d + '/x')

sub = d + '/sub'
posix.mkdir(sub, 0o755)
try:
    posix.rmdir(d)
except OSError as e:
    print('rmdir non-empty:', type(e).__name__, e.errno, e.strerror)
try:
    posix.unlink(sub)
except IsADirectoryError as e:
    print('unlink dir:', e.errno, e.strerror)
try:
    posix.rmdir(q)
except NotADirectoryError as e:
    print('rmdir file:', e.errno, e.strerror)
try:
    posix.listdir(q)
except NotADirectoryError as e:
    print('listdir file:', e.errno)
posix.rmdir(sub)
posix.remove(q)
try:
    posix.remove(q)
except FileNotFoundError as e:
    print('remove twice:', e.errno, e.strerror)
print('empty:', posix.listdir(d))

# Bytes paths give bytes names.
posix.mkdir(d.encode() + b'/bdir')
print('bytes listdir:', posix.listdir(d.encode()), posix.listdir(d))
posix.rmdir(d.encode() + b'/bdir')

# The working directory.
here = posix.getcwd()
posix.chdir(d)
print('chdir:', posix.getcwd() == here + '/' + d, posix.listdir(), posix.listdir('.'))
posix.chdir('..')
print('back:', posix.getcwd() == here, type(posix.getcwdb()))
try:
    posix.chdir(d + '/nowhere')
except FileNotFoundError as e:
    print('chdir missing:', e.errno)

posix.rmdir(d)
print('exists after rmdir:', d in posix.listdir('.'))
