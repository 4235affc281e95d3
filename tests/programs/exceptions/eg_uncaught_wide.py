# A group with more members than the traceback shows, and deep nesting.
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])

try:
    raise deep(12)
except ExceptionGroup as g:
    print(str(g))

raise ExceptionGroup("wide", [ValueError(i) for i in range(20)] + [deep(11)])
