# closures: closures created in loops see the final value unless captured by a default or a factory
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])
i = 99
print([f() for f in funcs])

fixed = []
for i in range(4):
    fixed.append(lambda i=i: i * 10)
print([f() for f in fixed])

def factory(k):
    return lambda: k * 10
made = [factory(k) for k in range(4)]
print([f() for f in made])

def build():
    out = []
    for j in range(3):
        def show():
            return "j=" + str(j)
        out.append(show)
    j = "changed"
    return out
print([f() for f in build()])

def build_while():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return out
print([f() for f in build_while()])

comp_funcs = [lambda: x for x in "abc"]
print([f() for f in comp_funcs])
comp_fixed = [lambda x=x: x for x in "abc"]
print([f() for f in comp_fixed])

def handlers():
    table = {}
    for name in ["start", "stop", "pause"]:
        def h(name=name, count=[0]):
            count[0] += 1
            return name + "#" + str(count[0])
        table[name] = h
    return table

t = handlers()
print(t["start"](), t["start"](), t["stop"](), t["pause"](), t["start"]())
