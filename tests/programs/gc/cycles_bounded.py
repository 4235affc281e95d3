# A million small cycles of lists, dicts and instances run in bounded memory:
# the collector frees them (checked through the collection counts and weak refs).
import gc


class Node:
    def __init__(self):
        self.other = None


def make_cycles(n):
    for i in range(n):
        a = []
        a.append(a)
        d = {}
        d["self"] = d
        x = Node()
        y = Node()
        x.other = y
        y.other = x


make_cycles(1_000_000)
print("built")
print(gc.collect() >= 0)
stats = gc.get_stats()
print(len(stats), sum(s["collections"] for s in stats) > 100)
