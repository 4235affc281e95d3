# warnings through krait's _warnings: filters, registries, stacklevel, catch_warnings.
import linecache  # warnings imports it inside a function to show the source line
import warnings
import sys

def f():
    warnings.warn("careful", stacklevel=2)

def show(*args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for a in args:
            a()
    for x in w:
        print(type(x.message).__name__, x.message, x.category.__name__, x.lineno, x.filename == __file__)

show(f, lambda: warnings.warn("x", RuntimeWarning), lambda: warnings.warn(UserWarning("inst")))
show(lambda: warnings.warn_explicit("expl", SyntaxWarning, "file.py", 7))
f()
f()  # the registry shows it once per line
for i in range(3):
    warnings.warn("in loop")  # once: the same line
print(sorted(k for k in __warningregistry__ if k != "version"))
warnings.warn("dep", DeprecationWarning)  # shown: __main__'s deprecations
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", repr(e))
for bad in (int, "x"):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print(e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=UserWarning)
warnings.warn("ignored")
warnings.simplefilter("once")
warnings.warn("once a")
warnings.warn("once a")
print(warnings.filters[0][0], len(warnings.filters))
warnings.simplefilter("module", append=False)
def g():
    warnings.warn("per module")
g(); g()
warnings.warn("last one", FutureWarning)
