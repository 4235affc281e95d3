# The child's environment, working directory, umask, session, process group and
# inherited descriptors (pass_fds, close_fds).
import os
import subprocess

r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["pwd"], cwd=b"/usr", capture_output=True, text=True)
print(r.stdout.strip())
import pathlib
r = subprocess.run(["pwd"], cwd=pathlib.Path("/tmp"), capture_output=True, text=True)
print(r.stdout.strip())
# A relative program name is found relative to the new directory only with a slash.
r = subprocess.run(["./true"], cwd="/bin", capture_output=True)
print(r.returncode)

r = subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "BAR": "bar"}, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["/usr/bin/env"], env={}, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["/usr/bin/env"], env={"ONLY": "one", b"BYTES": b"val"}, capture_output=True, text=True)
print(sorted(r.stdout.split()))
# Without env=, the child inherits os.environ, including changes made to it.
os.environ["KRAIT_TEST_VAR"] = "inherited"
r = subprocess.run(["sh", "-c", "echo $KRAIT_TEST_VAR"], capture_output=True, text=True)
print(r.stdout.strip())
del os.environ["KRAIT_TEST_VAR"]
r = subprocess.run(["sh", "-c", "echo [$KRAIT_TEST_VAR]"], capture_output=True, text=True)
print(r.stdout.strip())
# PATH from env= is searched for the program.
r = subprocess.run(["true"], env={"PATH": "/usr/bin:/bin"})
print(r.returncode)

for mask in (0o022, 0o027, 0o777):
    r = subprocess.run(["sh", "-c", "umask"], umask=mask, capture_output=True, text=True)
    print(r.stdout.strip())

p = subprocess.Popen(["sleep", "1"], start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid, os.getsid(p.pid) != os.getsid(0))
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "1"], process_group=0)
print(os.getpgid(p.pid) == p.pid, os.getsid(p.pid) == os.getsid(0))
p.kill()
p.wait()

# pass_fds keeps a descriptor open (and inheritable) in the child.
r, w = os.pipe()
subprocess.run(["sh", "-c", f"echo passed >&{w}"], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
res = subprocess.run(["sh", "-c", f"echo passed >&{w}"], capture_output=True, text=True)
print(res.returncode != 0, "Bad file descriptor" in res.stderr)
os.close(r)
os.close(w)
# close_fds=True (the default) leaves only 0, 1 and 2 (ls opens the directory as 3).
print(subprocess.run(["ls", "/proc/self/fd"], capture_output=True, text=True).stdout.split())
r, w = os.pipe()
os.set_inheritable(w, True)
print(subprocess.run(["ls", "/proc/self/fd"], close_fds=False, capture_output=True, text=True).stdout.split().count(str(w)))
print(subprocess.run(["ls", "/proc/self/fd"], capture_output=True, text=True).stdout.split().count(str(w)))
os.close(r)
os.close(w)
# A file object as stdout.
import tempfile
with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "to file"], stdout=f)
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("from file\n")
    f.flush()
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
# Inheriting this process's stdout: flush ours first so the order is kept.
print("before", flush=True)
subprocess.run(["echo", "child"])
subprocess.run(["sh", "-c", "echo to-stderr >&2"], stderr=subprocess.STDOUT)
print("after")
