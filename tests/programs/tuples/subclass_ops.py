# A tuple subclass instance repeated once or concatenated with () gives a new plain
# tuple (an exact tuple gives itself), and the types' __itemsize__.
class T(tuple):
    pass

u = T((0, 1))
for r in (u * 1, 1 * u, u + (), () + u, u * 0):
    print(r is u, type(r).__name__, r)
e = T()
print(type(e * 3).__name__, type(e + ()).__name__, type(() + e).__name__)
t = (1, 2)
print(t * 1 is t, 1 * t is t, t + () is t, () + t is t)
print(tuple(t) is t, tuple(u) is u, type(tuple(u)).__name__)

class L(list):
    pass

l = L([1])
print(type(l * 1).__name__, type(l + [2]).__name__, type(l[:]).__name__)

print(tuple.__itemsize__, list.__itemsize__, int.__itemsize__, bool.__itemsize__, bytes.__itemsize__)
print(object.__itemsize__, str.__itemsize__, type.__itemsize__, T.__itemsize__, L.__itemsize__)
