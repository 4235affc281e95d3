# The errors of contextvars, with CPython's messages.
from contextvars import ContextVar, Context, Token, copy_context


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        msg = str(e).split(" at 0x")[0]
        print(type(e).__name__, msg)


v = ContextVar("v")
w = ContextVar("w")
t(lambda: ContextVar(1))
t(lambda: ContextVar())
t(lambda: ContextVar("a", 1))
t(lambda: ContextVar("a", default=1, x=2))
t(lambda: ContextVar("a", x=2))
t(lambda: ContextVar(name="n").name)
t(lambda: Token())
t(lambda: Context(1))
t(lambda: Context(a=1))
t(lambda: v.get(1, 2))
t(lambda: v.get(default=7))
t(lambda: v.set())
t(lambda: v.set(1, 2))
t(lambda: v.reset())
t(lambda: v.reset(1))
tok = v.set(1)
t(lambda: w.reset(tok))
t(lambda: v.reset(tok))
t(lambda: v.reset(tok))
ctx = copy_context()
t(lambda: ctx[1])
t(lambda: ctx.get(1))
t(lambda: ctx.get())
t(lambda: 1 in ctx)
t(lambda: ctx.run())
t(lambda: ctx.run(lambda: ctx.run(print)))
t(lambda: ctx.copy(1))
t(lambda: hash(Context()))
t(lambda: v.name)
try:
    v.name = "other"
except AttributeError:
    print("AttributeError")
t(lambda: ContextVar.get(1))
t(lambda: Context.run(v))
