# _heapq: CPython's errors and messages.
import _heapq as h


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: h.heappush(5, 1))
t(lambda: h.heappush(None, 1))
t(lambda: h.heappop([]))
t(lambda: h.heappop(()))
t(lambda: h.heappop(None))
t(lambda: h.heapify((1,)))
t(lambda: h.heapreplace([], 1))
t(lambda: h.heapreplace((), 1))
t(lambda: h.heappushpop((), 1))
t(lambda: h._heappop_max([]))
t(lambda: h._heappop_max("ab"))
t(lambda: h._heapreplace_max([], 1))
t(lambda: h._heapreplace_max({}, 1))
t(lambda: h._heapify_max(3))
t(lambda: h.heappush([1]))
t(lambda: h.heappush([1], 1, 2))
t(lambda: h.heappush(heap=[1], item=3))
t(lambda: h.heapreplace([1]))
t(lambda: h.heappushpop([1], 2, 3))
t(lambda: h.heappop([1], 2))
t(lambda: h.heappop())
t(lambda: h.heapify())
t(lambda: h.heapify([], 1))
t(lambda: h.heapify(x=[]))
t(lambda: h.heappop(x=[]))
t(lambda: h._heapify_max(x=[]))
t(lambda: h.heappush([1, "a"], 2))
t(lambda: h.heappush([1, 2], "a"))
t(lambda: h.heapify([3, "a", 1]))
t(lambda: h.heappushpop(["a"], 1))


# A comparison that changes the list's size.
class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __lt__(self, other):
        self.lst.append(1)
        return True


l = [0, 0]
t(lambda: h.heappush(l, Grow(l)))
l = [0, 0, 0]
l[1] = Grow(l)
t(lambda: h.heapify(l))


class Shrink:
    def __init__(self, lst):
        self.lst = lst

    def __lt__(self, other):
        self.lst.clear()
        return False


l = [1]
l[0] = Shrink(l)
t(lambda: h.heappushpop(l, 5))
h.heappop([])
