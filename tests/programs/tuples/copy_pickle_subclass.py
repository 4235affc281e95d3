# copy and pickle (every protocol) of tuple, int, str and float subclass instances keep
# the value (object.__reduce_ex__ passes the builtin __getnewargs__'s value) and the
# attributes; tuple.__getnewargs__ itself.
import copy, pickle
class C(tuple): pass
x = C([1, 2, 3])
x.attr = 5
y = copy.copy(x)
print(type(y).__name__, tuple(y), y.attr, x.__reduce_ex__(2)[1:3])
z = copy.deepcopy(C([[1], 2]))
print(type(z).__name__, z)
class I(int): pass
class S(str): pass
class F(float): pass
for v in (I(5), S("ab"), F(1.5), C((1,))):
    w = copy.copy(v); print(type(w).__name__, w)
    for proto in range(6):
        w = pickle.loads(pickle.dumps(v, proto)); print(proto, type(w).__name__, w)
print((1, 2).__getnewargs__(), hasattr((), "__getnewargs__"), C((3,)).__getnewargs__(), type(C((3,)).__getnewargs__()[0]).__name__)
try: (1,).__getnewargs__(1)
except TypeError as e: print(e)
print((1, 2).__reduce_ex__(2)[1], (5).__reduce_ex__(2)[1], "s".__reduce_ex__(2)[1])
