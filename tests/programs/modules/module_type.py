# types.ModuleType: made directly and subclassed (importlib.util._LazyModule,
# lazy-loading modules), its attributes, repr and argument errors.
import types
import sys

m = types.ModuleType("foo", "doc")
print(m, m.__doc__, list(m.__dict__.keys()))
m = types.ModuleType("foo")
print(m.__spec__, m.__loader__, m.__package__, m.__doc__)
m.__file__ = "/x/foo.py"
print(m)
del m.__file__
m.__loader__ = "L"
print(m)
print(repr(sys)[:14], type(sys) is types.ModuleType)


class M(types.ModuleType):
    x = 5

    def hello(self):
        return "hi " + self.__name__

    @property
    def p(self):
        return 42


mm = M("mod")
print(mm.x, mm.hello(), mm.p, mm.__name__, type(mm).__name__, isinstance(mm, types.ModuleType))
mm.y = 3
print(mm.y, mm.__dict__["y"], sorted(mm.__dict__))
print(mm)


class L(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.extra = 1

    def __getattr__(self, name):
        return "lazy " + name


lz = L("lz")
print(lz.extra, lz.__name__, lz.missing)

# A module object can replace itself in sys.modules with a subclass instance.
# (krait compiles `import virtual` to a run-time lookup because of the try.)
sys.modules["virtual"] = mm
try:
    import virtual
except ImportError:
    virtual = None
print(virtual is mm, virtual.hello())
mm.__class__ = types.ModuleType
print(type(mm).__name__)

for args in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print(e)

# The module-level pattern of replacing a module's class.
class Verbose(types.ModuleType):
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)


me = sys.modules[__name__]
me.__class__ = Verbose
me.flag = 1
print(type(me).__name__, flag)
me.__class__ = types.ModuleType
me.flag = 2
print(flag)
try:
    me.__class__ = int
except TypeError as e:
    print(e)
