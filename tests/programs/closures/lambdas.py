# closures: lambda expressions as keys, arguments, return values and immediately invoked
pairs = [(3, "c"), (1, "z"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x * x, range(6))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print((lambda a, b=10: a + b)(5))
print((lambda a, b=10: a + b)(5, 1))
print((lambda *args: len(args))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
print((lambda: "no args")())

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

adder = lambda n: (lambda m: n + m)
add3 = adder(3)
print(add3(4), adder(10)(20))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": lambda a, b: a if a > b else b,
}
for sym in ["+", "-", "*", "max"]:
    print(sym, ops[sym](7, 3))

f = lambda x: x
print(f.__name__)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=lambda w: (w.lower(), w)))
print(max(words, key=lambda w: len(w)), min(words, key=lambda w: w[-1]))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(k) for k in range(8)])
