# contextvars: ContextVar get/set/reset, tokens, Context as a mapping, run, copy.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar("v")
w = ContextVar("w", default=5)
print(v.name, w.name, w.get(), v.get("fallback"), v.get(None))
try:
    v.get()
except LookupError as e:
    print("LookupError", e.args[0] is v)

tok = v.set(1)
print(v.get(), tok.var is v, tok.old_value is Token.MISSING, repr(Token.MISSING))
tok2 = v.set(2)
print(v.get(), tok2.old_value)
v.reset(tok2)
print(v.get())
v.reset(tok)
print(v.get("unset"))

# Context as a read-only mapping.
v.set("x")
w.set("y")
ctx = copy_context()
print(len(ctx), v in ctx, ctx[v], ctx.get(w), ctx.get(ContextVar("z")), ctx.get(ContextVar("z"), 0))
print(sorted(var.name for var in ctx), sorted(ctx.values()), sorted((k.name, val) for k, val in ctx.items()))
print(sorted(k.name for k in ctx.keys()))
try:
    ctx[ContextVar("missing")]
except KeyError as e:
    print("KeyError", e.args[0].name)


# run() executes in the context: changes stay there.
def change(value):
    v.set(value)
    return v.get(), len(copy_context())

print(ctx.run(change, "in ctx"))
print(v.get(), ctx[v])
print(ctx.run(v.get))
print(ctx.run(lambda *a, **k: (a, k), 1, 2, key=3))

# A copy shares values but not later changes.
c2 = ctx.copy()
c2.run(v.set, "in copy")
print(ctx[v], c2[v], ctx == ctx.copy(), ctx == c2, ctx != c2)

# An empty context.
empty = Context()
print(len(empty), list(empty), empty.run(w.get), empty.run(v.get, "none here"))


# Nested runs of different contexts, and the current context inside run().
def outer():
    v.set("outer")
    inner_ctx = copy_context()
    inner_ctx.run(lambda: v.set("inner"))
    return v.get(), inner_ctx[v], copy_context()[v]

print(Context().run(outer), v.get())

# Exceptions propagate out of run() and the context is left.
def fails():
    v.set("during failure")
    raise ValueError("inside")

c3 = copy_context()
try:
    c3.run(fails)
except ValueError as e:
    print("ValueError", e, v.get(), c3[v])
print(c3.run(lambda: 42))

# Tokens of a variable set in another context.
c4 = Context()
t4 = c4.run(v.set, "c4")
try:
    v.reset(t4)
except ValueError as e:
    print("ValueError", str(e).split(" was ")[1])
c4.run(v.reset, t4)
print(c4.get(v, "gone"))

# Generic aliases and types.
print(ContextVar[int], Token[str], type(ContextVar[int]).__name__)
print(type(v).__name__, type(ctx).__name__, type(tok).__name__, type(v).__module__)
print(contextvars.__all__ if hasattr(contextvars, "__all__") else None)
print(isinstance(ctx, Context), Context.__hash__)
d = {v: 1, w: 2}
print(d[v], hash(v) == hash(v))
