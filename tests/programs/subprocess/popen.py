# Popen: communicate (with and without timeout), wait, poll, kill, terminate,
# send_signal, pipes between processes, the context manager, large data.
import signal
import subprocess

p = subprocess.Popen(["echo", "hello"], stdout=subprocess.PIPE)
print(p.args, p.returncode)
out, err = p.communicate()
print(out, err, p.returncode)

p = subprocess.Popen(["sleep", "5"])
print(p.poll())
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, round(e.timeout, 1))
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, round(e.timeout, 1))
p.kill()
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(["sh", "-c", "exit 4"])
print(p.wait(), p.poll())

# communicate with a timeout, then again to collect the rest.
p = subprocess.Popen(["sh", "-c", "echo first; sleep 0.5; echo second"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("partial timeout")
out, err = p.communicate()
print(repr(out), err, p.returncode)

# A pipeline: echo | tr | sort.
p1 = subprocess.Popen(["echo", "c b a"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["tr", " ", "\n"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["sort"], stdin=p2.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
p2.stdout.close()
out, err = p3.communicate()
print(out, err, p1.wait(), p2.wait(), p3.returncode)

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, _ = p.communicate("line1\nline2\n")
    print(repr(out))
print(p.returncode, p.stdin.closed, p.stdout.closed)

# Writing and reading through the pipe objects directly.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"x" * 100000)
p.stdin.close()
data = p.stdout.read()
print(len(data), p.wait())
p.stdout.close()
p = subprocess.Popen(["sh", "-c", "read a; echo got $a"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
p.stdin.write("value\n")
p.stdin.flush()
print(p.stdout.readline(), end="")
p.stdin.close()
p.stdout.close()
p.wait()
p = subprocess.Popen(["printf", "a\\nb\\nc\\n"], stdout=subprocess.PIPE, text=True)
print([line for line in p.stdout])
p.stdout.close()
p.wait()

# Large data both ways at once goes through communicate's poll loop.
r = subprocess.run(["cat"], input=b"y" * 300000, capture_output=True)
print(len(r.stdout), r.stdout == b"y" * 300000)
r = subprocess.run(["sh", "-c", "cat; cat >&2"], input=b"z" * 100000, capture_output=True)
print(len(r.stdout), len(r.stderr))
r = subprocess.run(["cat"], input=b"t" * 300000, capture_output=True, timeout=10)
print(len(r.stdout))

# pid, and waiting twice.
p = subprocess.Popen(["true"])
print(isinstance(p.pid, int) and p.pid > 0, p.wait(), p.wait())
print(repr(p)[:27])
