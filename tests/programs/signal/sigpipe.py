# SIGPIPE and SIGXFSZ are ignored, as CPython sets them at start-up.
import signal, subprocess, sys
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ))
# A child that exits without reading: writing to its stdin raises BrokenPipeError
# (communicate ignores it), it does not kill the program.
p = subprocess.Popen(["sh", "-c", "exit 3"], stdin=subprocess.PIPE)
p.wait()
try:
    p.stdin.write(b"x" * 100000)
    p.stdin.flush()
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
try:
    p.stdin.close()
except BrokenPipeError:
    print("close: BrokenPipeError")
r = subprocess.run(["sh", "-c", "exit 4"], input=b"y" * 1000000)
print(r.returncode)
# The child sees SIGPIPE's default action again (restore_signals).
print(subprocess.run(["sh", "-c", "yes | head -1"], capture_output=True).stdout)
