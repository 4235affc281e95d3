# Importing the program's own modules and packages.
import helper
import helper as h2
import pkg.sub.leaf
from pkg import util
from pkg.sub import leaf as lf
from pkg.util import twice, Counter as C

print(helper.greet("world"))
print(h2 is helper)
print(pkg.sub.leaf.depth())
print(lf is pkg.sub.leaf)
print(util.twice(21), twice(4))
c = C()
c.bump()
c.bump()
print(c.n, C.__module__, C.__qualname__)
print(helper.__name__, pkg.__name__, pkg.sub.__name__, lf.__name__)
print(pkg.__package__, pkg.sub.leaf.__package__, helper.__package__)
print(__name__, __package__ if '__package__' in dir() else 'missing')
print(helper.counter)
helper.bump()
helper.bump()
print(helper.counter, helper.read_counter())
helper.counter = 100
print(helper.read_counter())
print(sorted(k for k in vars(helper) if not k.startswith('__')))
print(type(helper).__name__)
print(helper.order)
print(pkg.order)
import sys
print('helper' in sys.modules, sys.modules['pkg.util'] is util)
print(hasattr(pkg, 'sub'), hasattr(pkg, 'util'))
