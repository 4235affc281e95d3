# Traceback objects keep their identity along tb_next, and tb_next can be cut or
# relinked (unittest removes its own frames this way).
import traceback


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_next is tb.tb_next, tb.tb_next.tb_next.tb_lineno)
n = 0
t = tb
while t is not None:
    n += 1
    t = t.tb_next
print("frames", n)
tb.tb_next.tb_next = None
n = 0
t = tb
while t is not None:
    n += 1
    t = t.tb_next
print("after cut", n)
print([f.lineno for f in traceback.extract_tb(tb)])
for bad in [5, tb]:
    try:
        tb.tb_next.tb_next = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tb.tb_lineno = 3
except AttributeError as e:
    print(e)
tb.tb_next = None
print(tb.tb_next)
