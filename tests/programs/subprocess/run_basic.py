# subprocess.run and the convenience functions: captured output as bytes and text,
# input, return codes, CompletedProcess, check=True, stderr=STDOUT, DEVNULL, shell=True.
import subprocess

r = subprocess.run(["echo", "hi"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r)
r = subprocess.run(["echo", "bytes"], capture_output=True)
print(r)
r = subprocess.run([b"echo", b"bytes", "args"], stdout=subprocess.PIPE)
print(r.stdout, r.stderr)

# input= goes to the child's stdin.
r = subprocess.run(["cat"], input=b"abc\x00def", capture_output=True)
print(r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="hello world\n", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["cat"], input="caf\u00e9\n", capture_output=True, encoding="utf-8")
print(repr(r.stdout))
r = subprocess.run(["cat"], input="a\r\nb\rc\n", capture_output=True, universal_newlines=True)
print(repr(r.stdout))

# Return codes.
print(subprocess.run(["true"]).returncode)
print(subprocess.run(["false"]).returncode)
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.run(["sh", "-c", "exit 255"]).returncode)
print(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)

# check=True raises CalledProcessError with the captured output.
try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e.stdout), repr(e.stderr), repr(e.output), e.returncode, e.cmd)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run(["true"], check=True)
print(r.check_returncode())
try:
    subprocess.run(["false"]).check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)

# stderr=STDOUT merges the streams; DEVNULL discards.
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)

# shell=True.
r = subprocess.run("echo $((1+2)) | tr 3 x", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["echo $0 $1", "zero", "one"], shell=True, capture_output=True, text=True)
print(repr(r.stdout))

# The convenience functions.
print(subprocess.check_output(["echo", "check"]))
print(subprocess.check_output("echo text", shell=True, text=True))
print(subprocess.check_output(["cat"], input=b"in"))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 9", shell=True))
print(subprocess.check_call(["true"]))
for f, cmd in [(subprocess.check_output, ["false"]), (subprocess.check_call, ["sh", "-c", "exit 2"])]:
    try:
        f(cmd)
    except subprocess.CalledProcessError as e:
        print(type(e).__name__, e, e.returncode)
print(repr(subprocess.getoutput("echo one; echo two")))
print(subprocess.getstatusoutput("echo x; exit 5"))
print(subprocess.getstatusoutput("echo err >&2"))
print(subprocess.getstatusoutput("nonexistent-cmd-xyz 2>/dev/null"))
print(subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.list2cmdline(["a b", "c", 'd"e', ""]))
