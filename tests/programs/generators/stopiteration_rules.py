# generators: return value in StopIteration.value, and StopIteration raised inside a generator becomes RuntimeError
def gen_with_return():
    yield 1
    return {"result": 42}

g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def bare_return():
    yield 1
    return

g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare value:", e.value)

def leaky():
    yield "before"
    raise StopIteration("leaked")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(uses_next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

def safe_next():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "drained"
        yield v

print(list(safe_next()))
print(list(gen_with_return()))
print(next(iter([]), "default"))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("plain iterator StopIteration", e.value)
