# comprehensions: lambdas and nested functions created inside comprehensions and their captured variables
late = [lambda: i for i in range(3)]
print([f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
mult = [(lambda x, k=k: x * k) for k in range(1, 4)]
print([f(10) for f in mult])
table = {name: (lambda n: lambda s: n + ":" + s)(name) for name in ["info", "warn"]}
print(table["info"]("ok"), table["warn"]("hmm"))

def make_ops():
    return {op: (lambda a, b, op=op: a + b if op == "+" else a - b if op == "-" else a * b) for op in "+-*"}
ops = make_ops()
print([ops[o](6, 3) for o in "+-*"])

adders = [[lambda x, r=r, c=c: x + r * 10 + c for c in range(2)] for r in range(2)]
print([[f(0) for f in row] for row in adders])

gens = [(x * n for x in range(3)) for n in range(1, 3)]
print([list(g) for g in gens])
gens2 = [(x * n for x in range(3)) for n in range(1, 3)]
print(list(gens2[0]), list(gens2[1]))
