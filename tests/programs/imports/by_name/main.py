# Importing by a name known at run time: __import__, importlib.import_module,
# importlib.reload, relative names, fromlist, errors, and module specs.
import sys
import importlib


def modules_named_by_constants():
    """Never called: krait compiles in the modules named by constant strings in
    import_module and __import__ calls, so the computed names below find them."""
    importlib.import_module("shop.items.fruit")


top = __import__("shop.cart")
print(top.__name__, "shop.cart" in sys.modules, top.cart.total([1, 2]))
m = __import__("shop.cart", fromlist=["total"])
print(m.__name__)
m = __import__("shop", fromlist=["prices", "nothere"])
print(m.__name__, m.prices.TABLE, m.LOADED)
m = __import__("shop", fromlist=["*"])
print(m.__name__, sorted(k for k in vars(m) if not k.startswith("_")))
fruit = importlib.import_module("." + "items.fruit", "shop")
print(fruit.__name__, fruit.cost(["apple", "pear", "apple"]))
print(importlib.import_module("shop.items") is sys.modules["shop.items"])
print(fruit.__spec__.name, fruit.__spec__.parent, fruit.__package__)
print(sys.modules["shop"].__spec__.submodule_search_locations == sys.modules["shop"].__path__)

# Errors, worded as CPython's.
for name, args in [("nope", ()), ("shop.nope", ()), ("shop.cart.x", ()), ("", ()), ("..x", ("shop",)), (".x", ())]:
    try:
        importlib.import_module(name, *args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
try:
    importlib.import_module("shop.broken")
except ValueError as e:
    print("ValueError", e, "shop.broken" in sys.modules)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("shop", level=-1)
except ValueError as e:
    print(e)
try:
    __import__("x", {"__name__": "solo"}, None, [], 1)
except ImportError as e:
    print(e)
try:
    __import__("x", {"__package__": "a"}, None, [], 2)
except ImportError as e:
    print(e)
print(__import__("cart", {"__package__": "shop"}, None, ["total"], 1).__name__)
print(__import__("", {"__package__": "shop.items"}, None, None, 2).__name__)
sys.modules["ghost"] = None
try:
    importlib.import_module("ghost")
except ModuleNotFoundError as e:
    print(e)

# reload runs the body again in the same module.
c = importlib.import_module("counter")
print(c.RUNS)
c2 = importlib.reload(c)
print(c2 is c, c.RUNS)
print(__spec__, __name__)
