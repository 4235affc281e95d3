import gc


class C:
    pass


print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(1), gc.is_tracked("a"))
print(gc.is_tracked(C), gc.is_tracked(None), gc.is_tracked(lambda: 0))
x = []
y = [x]
print(any(o is x for o in gc.get_referents(y)))
print(gc.get_referents(1, "a"))
z = [1, 2]
w = [z]
print(any(h is w for h in gc.get_referrers(z)))
try:
    gc.collect(3)
except ValueError as e:
    print(e)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
print(gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])))
gc.collect()
print(events)
gc.callbacks.clear()
