# _posixsubprocess.fork_exec directly: its argument checks and messages (CPython
# 3.11's 23 positional arguments), and a child started with its pipes.
import os
import _posixsubprocess

BASE = [[b"true"], [b"/bin/true"], True, (), None, None, -1, -1, -1, -1, -1, -1, 5, 6,
        True, False, -1, None, None, None, -1, None, True]


def call(i, v):
    a = list(BASE)
    a[i] = v
    try:
        _posixsubprocess.fork_exec(*a)
        print(i, "started")
    except Exception as e:
        print(i, repr(v), type(e).__name__, e)


call(6, 1.5)
call(6, 2**40)
call(6, -2**40)
call(6, 2**70)
call(6, "x")
call(3, [1])
call(3, (1, "a"))
call(3, (3, 2))
call(3, (-1,))
call(3, (2**40,))
call(14, "x")
call(16, 1.5)
call(17, "x")
call(17, 1.5)
call(17, -5)
call(17, 2**40)
call(17, 2**64 - 1)
call(17, 2**70)
call(17, -2**70)
call(19, "x")
call(18, (1,))
call(18, ["a"])
call(18, [2**40])
call(1, ["x"])
call(1, [b"a\0b"])
call(1, 5)
call(1, {})
call(0, 5)
call(0, [5])
call(0, ["a\0"])
call(4, 5)
call(4, "a\0")
call(5, [1])
call(5, 7)
call(13, 1)
call(20, "x")
for n in (0, 1, 22, 24):
    try:
        _posixsubprocess.fork_exec(*BASE[:n], *([None] * max(0, n - 23)))
    except TypeError as e:
        print(e)
try:
    _posixsubprocess.fork_exec(*BASE, a=1)
except TypeError as e:
    print(e)


def run(argv, exe, cwd=None, env=None):
    """Starts argv with stdout on a pipe, as subprocess does; returns the output and
    what the child wrote on the error pipe."""
    c2pread, c2pwrite = os.pipe()
    errread, errwrite = os.pipe()
    errwrite2 = os.dup(errwrite)
    os.close(errwrite)
    pid = _posixsubprocess.fork_exec(
        argv, exe, True, (errwrite2,), cwd, env,
        -1, -1, c2pread, c2pwrite, -1, -1, errread, errwrite2,
        True, False, -1, None, None, None, -1, None, True)
    os.close(c2pwrite)
    os.close(errwrite2)
    out = b""
    while chunk := os.read(c2pread, 1000):
        out += chunk
    os.close(c2pread)
    err = os.read(errread, 1000)
    os.close(errread)
    _, status = os.waitpid(pid, 0)
    return out, err, os.waitstatus_to_exitcode(status)


print(run([b"echo", b"direct"], [b"/bin/echo"]))
print(run(["sh", "-c", "echo $A; pwd"], [b"/bin/sh"], cwd="/", env=[b"A=1"]))
print(run([b"x"], [b"/nonexistent/x", b"/also/missing"]))
print(run([b"x"], [b"/etc/passwd"]))
print(run([b"true"], [b"/bin/true"], cwd="/nonexistent"))
print(run([b"x"], []))
print(_posixsubprocess.fork_exec.__name__, _posixsubprocess.__name__)
