# A list or tuple subclass that defines __iter__ is iterated through it by list(),
# tuple(), extend, +=, unpacking, slice assignment, sorted, set, min/sum/zip and f(*x); one
# that defines only __getitem__ still iterates its items natively (also str and dict
# subclasses); reversed() of a tuple subclass reads it through __getitem__.
class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

lt, ll = LyingTuple((2,)), LyingList([2])
print(list(lt), tuple(lt), list(ll), tuple(ll))
x = []
x.extend(lt)
x.extend(ll)
print(x)
x += lt
x += ll
print(x)
a, = lt
b, = ll
print(a, b)
x[1:3] = ll
print(x)
print(sorted(lt), set(ll), dict.fromkeys(lt))
print(min(ll), max(lt), sum(ll), list(enumerate(lt)), list(zip(ll, lt)), list(map(str, ll)), frozenset(lt))
print(bytes(ll), bytearray(lt), 1 in list(ll), [*ll], {*lt}, (*ll,))
s = set()
s.update(ll)
print(s, set().union(lt))

def f(*args):
    return args

print(f(*lt), f(*ll))
print(len(lt), lt[0], ll[0], lt == (2,), ll == [2])

# Plain subclasses are unchanged.
class PT(tuple):
    pass

class PL(list):
    pass

print(list(PT((3, 4))), tuple(PL([5, 6])), [*PT((7,))], f(*PL([8, 9])))
c, d = PT((1, 2))
print(c, d)

# __getitem__ alone does not change iteration of a builtin base.
class T(tuple):
    def __getitem__(self, key):
        return str(key) + "!!!"

class L(list):
    def __getitem__(self, key):
        return str(key) + "!!!"

class S(str):
    def __getitem__(self, key):
        return "?"

class D(dict):
    def __getitem__(self, key):
        return "?"

print(next(iter(T((1, 2)))), list(T((1, 2))), T((1, 2))[0])
print(next(iter(L([1, 2]))), list(L([3])), L([1])[0])
print(list(S("ab")), list(D(a=1, b=2)), [k for k in D(c=3)])
print(list(reversed(T((1, 2, 3)))))

# Only __iter__ defined after __getitem__ in the MRO wins.
class G:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

print(list(G(4)))
