# The iterators of lists and tuples and reversed objects: __length_hint__, __reduce__
# (iter(seq) or reversed(seq) and the position; an empty sequence once exhausted) and
# __setstate__ (clamped), so pickle (every protocol) and copy restore them; a pickled
# iterator shares its list with the list pickled beside it; builtin functions and
# methods pickle by name; reversed() of a sequence class is lazy.
import pickle, copy
for seq in ([4, 5, 6, 7], (4, 5, 6, 7)):
    for mk in (iter, reversed):
        it = mk(seq)
        print(type(it).__name__, it.__length_hint__(), it.__reduce__())
        next(it)
        print(it.__length_hint__(), it.__reduce__(), it.__reduce_ex__(2))
        for proto in range(6):
            it2 = pickle.loads(pickle.dumps(it, proto))
            print(proto, type(it2).__name__, list(it2))
        it3 = copy.copy(it)
        print(list(it3), list(it))
        print(it.__length_hint__(), it.__reduce__())
        it = mk(seq)
        it.__setstate__(-5); print(list(it))
        it = mk(seq)
        it.__setstate__(100); print(list(it))
        it = mk(seq)
        it.__setstate__(2); print(list(it))
r = reversed("abcé")
next(r)
print(r.__reduce__(), r.__length_hint__())
r.__setstate__(1); print(list(r))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        print("get", i)
        if i == 0: raise IndexError
        return i * 10
r = reversed(S())
print(type(r).__name__, r.__length_hint__())
print(list(r))
class T(tuple):
    def __getitem__(self, i): return str(i) + "!"
print(list(reversed(T((1, 2, 3)))), list(T((1, 2))))

orig = [4, 5, 6, 7]
data = [10, 11, 12, 13, 14, 15]
for mk in (iter, reversed):
    for proto in range(6):
        itorig = mk(orig)
        next(itorig)
        it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
        a[:] = data
        print(proto, type(it).__name__, list(it))
    for _ in itorig:
        pass
    it, a = pickle.loads(pickle.dumps((itorig, orig), 2))
    a[:] = data
    print(list(it), itorig.__reduce__())
print(pickle.loads(pickle.dumps(len)) is len, len.__reduce__(), pickle.loads(pickle.dumps([].append, 2)).__name__)
print([1].append.__reduce__()[1], list.__add__.__reduce__()[1] == (list, "__add__"))
