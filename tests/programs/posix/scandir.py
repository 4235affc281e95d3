# posix.scandir and DirEntry: names, paths, file types, stat caching, fds, bytes.
import posix

d = 'tmp_posix_scandir_%d' % posix.getpid()
posix.mkdir(d)
for name in ['b.txt', 'a.txt']:
    fd = posix.open(d + '/' + name, posix.O_WRONLY | posix.O_CREAT, 0o644)
    posix.write(fd, name.encode() * 3)
    posix.close(fd)
posix.mkdir(d + '/sub')
posix.symlink('a.txt', d + '/link_a')
posix.symlink('sub', d + '/link_sub')
posix.symlink('missing', d + '/dangling')

it = posix.scandir(d)
print(type(it).__name__, type(it) is type(posix.scandir(d)))
entries = sorted(it, key=lambda e: e.name)
it.close()
it.close()
for e in entries:
    print(repr(e), e.name, e.path == d + '/' + e.name, posix.fspath(e) == e.path,
          'dir' if e.is_dir() else '', 'file' if e.is_file() else '', 'link' if e.is_symlink() else '',
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    print('   inode ok:', e.inode() == posix.lstat(e.path).st_ino)
byname = {e.name: e for e in entries}
print('sizes:', byname['a.txt'].stat().st_size, byname['link_a'].stat().st_size == 15,
      byname['link_a'].stat(follow_symlinks=False).st_size == len('a.txt'))
print('cached stat is the same object:', byname['a.txt'].stat() is byname['a.txt'].stat())
try:
    byname['dangling'].stat()
except FileNotFoundError as e:
    print('dangling stat:', e.errno, e.filename == d + '/dangling')
print('dangling lstat mode is link:', byname['dangling'].stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)

# Context manager; iterating after close gives nothing.
with posix.scandir(d) as it:
    first = next(it)
    print('with: got an entry', type(first).__name__)
print('after close:', list(it))

# Bytes and the default directory.
print('bytes:', sorted(e.name for e in posix.scandir(d.encode())))
print('bytes path type:', type(next(posix.scandir(d.encode())).path).__name__)
here = posix.getcwd()
posix.chdir(d)
print('default:', sorted(e.path for e in posix.scandir()))
print('None:', sorted(e.name for e in posix.scandir(None)))
posix.chdir(here)

# scandir and listdir of an open directory fd.
dfd = posix.open(d, posix.O_RDONLY)
names = sorted(e.name for e in posix.scandir(dfd))
print('fd scandir:', names)
print('fd entry path is name:', all(e.path == e.name for e in posix.scandir(dfd)))
print('fd listdir:', sorted(posix.listdir(dfd)))
print('fd entry stat:', [e.stat(follow_symlinks=False).st_size for e in posix.scandir(dfd) if e.name == 'b.txt'])
posix.close(dfd)

# Errors.
try:
    posix.scandir(d + '/none')
except FileNotFoundError as e:
    print('missing:', str(e).replace(d, 'D'))
try:
    posix.scandir(3.5)
except TypeError as e:
    print(e)
try:
    posix.DirEntry()
except TypeError as e:
    print(e)
try:
    byname['a.txt'].is_dir(True)
except TypeError as e:
    print(e)

for name in ['a.txt', 'b.txt', 'link_a', 'link_sub', 'dangling']:
    posix.unlink(d + '/' + name)
posix.rmdir(d + '/sub')
posix.rmdir(d)
print('done')
