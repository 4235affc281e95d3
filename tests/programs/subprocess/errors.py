# Failures reported through _posixsubprocess's error pipe, and the exceptions
# subprocess raises: a missing program, a missing directory, a file that is not
# executable, a failing preexec_fn, CalledProcessError and TimeoutExpired.
import os
import subprocess


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", getattr(r, "returncode", r))
    except OSError as e:
        print(type(e).__name__, e, "|", e.errno, repr(e.strerror), repr(e.filename))
    except Exception as e:
        print(type(e).__name__, e)


show(subprocess.run, ["nonexistent-cmd"])
show(subprocess.run, "nonexistent-cmd")
show(subprocess.run, ["nonexistent-cmd", "arg"], capture_output=True)
show(subprocess.run, ["/nonexistent/dir/cmd"])
show(subprocess.run, ["./nonexistent-relative"])
show(subprocess.Popen, ["nonexistent-cmd"])
show(subprocess.check_output, ["nonexistent-cmd"])
show(subprocess.call, ["nonexistent-cmd"])
show(subprocess.run, ["ls"], cwd="/nonexistent-dir")
show(subprocess.run, ["nonexistent-cmd"], cwd="/nonexistent-dir")
show(subprocess.run, ["/etc/passwd"])
show(subprocess.run, ["/"])
show(subprocess.run, ["true"], executable="/nonexistent/exe")
show(subprocess.run, ["x"], executable="true")
# A program found later on PATH after a directory that is not searchable.
show(subprocess.run, ["true"], env={"PATH": "/nonexistent:/bin:/usr/bin"})
show(subprocess.run, ["true"], env={"PATH": ""})


def bad():
    raise ValueError("boom")


show(subprocess.run, ["echo"], preexec_fn=bad)
show(subprocess.run, ["nonexistent-cmd"], preexec_fn=lambda: None)
print(subprocess.run(["echo", "pre"], preexec_fn=lambda: None, capture_output=True).stdout)
# preexec_fn runs in the child, before exec: what it changes stays in the child.
print(subprocess.run(["sh", "-c", "pwd"], preexec_fn=lambda: os.chdir("/"), capture_output=True, text=True).stdout, end="")
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))

# Arguments subprocess checks before starting anything.
show(subprocess.run, ["env"], env={"A=B": "c"})
show(subprocess.run, ["echo", "a\0b"])
show(subprocess.run, ["echo"], env={"A": "b\0c"})
show(subprocess.run, ["echo", 5])
show(subprocess.run, ["echo"], input="x", stdin=subprocess.PIPE)
show(subprocess.run, ["echo"], capture_output=True, stdout=subprocess.PIPE)
show(subprocess.Popen, ["echo"], bufsize=1.5)
show(subprocess.Popen, ["echo"], stdout=1.5)

e = subprocess.CalledProcessError(3, ["a", "b"], b"o", b"e")
print(e, repr(e.output), repr(e.stdout), repr(e.stderr))
print(subprocess.CalledProcessError(-9, "cmd"))
print(subprocess.CalledProcessError(-1000, "cmd"))
t = subprocess.TimeoutExpired(["sleep", "5"], 0.5, output=b"partial")
print(t, repr(t.output), repr(t.stdout), repr(t.stderr), t.timeout)
print(isinstance(t, subprocess.SubprocessError), issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))

# Timeouts: the child is killed and waited for.
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, round(e.timeout, 1), e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo early; sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, round(e.timeout, 1), e.stdout, e.stderr)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", round(e.timeout, 1))
