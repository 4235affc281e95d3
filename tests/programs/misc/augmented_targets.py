# misc: augmented assignment on subscripts and attributes evaluates the target expression only once
log = []
def idx(i):
    log.append("idx " + str(i))
    return i
def get(obj, name):
    log.append("get " + name)
    return obj

data = [1, 2, 3]
data[idx(1)] += 10
print(data, log)
log.clear()

class Box:
    def __init__(self):
        self.v = 1
b = Box()
get(b, "box").v *= 7
print(b.v, log)
log.clear()

d = {"k": [1]}
d[idx("k")] += [2]
print(d, log)
log.clear()

matrix = [[0, 0], [0, 0]]
matrix[idx(0)][idx(1)] -= 5
print(matrix, log)
log.clear()

t = ([1, 2],)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)

s = "ab"
s += "cd"
s *= 2
print(s)
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 8
n &= 0xff
n >>= 1
print(n)
lst = [1]
alias = lst
lst += [2]
print(alias)
lst = lst + [3]
print(alias, lst)
tp = (1,)
tp_alias = tp
tp += (2,)
print(tp_alias, tp)
