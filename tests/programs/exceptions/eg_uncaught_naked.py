# A naked exception caught by except* and re-raised propagates wrapped in a group.
try:
    raise ValueError(1)
except* ValueError as e:
    print(repr(e), e.__traceback__)
try:
    raise KeyError("k")
except* KeyError:
    print("handling")
    raise
