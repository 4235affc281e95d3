# list/tuple/str methods with big, negative and odd index arguments, and list/tuple dunder methods
l = [1, 2, 3, 2, 1]
def run(k):
    if k == 0: return l.index(2, -2)
    if k == 1: return l.index(2, 2**70)
    if k == 2: return l.index(2, -2**70)
    if k == 3: return l.index(2, 1, -1)
    if k == 4: return l.index(1, 1.0)
    if k == 5: return l.insert(2**70, 9)
    if k == 6: return l.insert(-2**70, 8)
    if k == 7: return l.pop(2**70)
    if k == 8: return l.pop(-2**70)
    if k == 9: return l.pop(True)
    if k == 10: return l[2**70]
    if k == 11: return l.count()
    if k == 12: return l.copy(1)
    if k == 13: return l.reverse(1)
    if k == 14: return l.clear(1)
    if k == 15: return l.extend(5)
    if k == 16: return l.extend()
    if k == 17: return l.remove()
    if k == 18: return l.index()
    if k == 19: return l.insert(1.5, 2)
    if k == 20: return l.pop(None)
    if k == 21: return (1, 2).index(2, 0, 2**70)
    if k == 22: return "abc".index("c", 0, 2**70)
    if k == 23: return "abc".find("c", None, None)
    if k == 24: return "abc".find("c", 1.5)
    if k == 25: return range(10).index(2**70)
    if k == 26: return [1, 2] * True
    if k == 27: return [1, 2, 3][1:3:True]
    if k == 28: return [1] * -(2**70)
    if k == 29: return "ab" * -(2**70)
    if k == 30: return "abc".split(None, 2**70)
    if k == 31: return "abc".ljust(2**70)
    if k == 32: return "a b".split(maxsplit=-5)
    if k == 33: return "a".center(-5)
    if k == 34: return "abc".expandtabs(-1)
    if k == 35: return "abc".zfill(-2)
    if k == 36: return "abc".replace("b", "x", -1)
    if k == 37: return "abc".replace("b", "x", 2**70)
    if k == 38: return "abc"[::2**70]
    if k == 39: return [1, 2, 3][::-2**70]
    if k == 40: return "abc".startswith("a", 2**70)
    if k == 41: return "abc".count("a", -2**70, 2**70)
    if k == 42: return l.__len__()
    if k == 43: return "abc".__len__()
    if k == 44: return {1: 2}.__getitem__(1)
    if k == 45: return "abc".__contains__("b")
    if k == 46: return [1, 2].__contains__(2)
    if k == 47: return "abc".__getitem__(1)
    if k == 48: return (1, 2).__getitem__(0)
    if k == 49: return [3, 4].__getitem__(slice(0, 1)) if False else 0
for k in range(50):
    try:
        print(k, repr(run(k)), l)
    except Exception as e:
        print(k, type(e).__name__, e)
m = [5, 6, 7]
m.__setitem__(0, 50); m.__delitem__(-1); print(m, m.__getitem__(slice(None, None, -1)) if False else m.__getitem__(-1), (1, 2).__len__(), (1, 2).__contains__(3))
for k in range(5):
    try:
        if k == 0: m.__len__(1)
        if k == 1: m.__getitem__()
        if k == 2: (1,).__getitem__()
        if k == 3: m.__setitem__(0)
        if k == 4: m.__contains__()
    except TypeError as e:
        print(e)
