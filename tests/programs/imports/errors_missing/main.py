# A guarded import of a missing module raises ModuleNotFoundError at run time; an
# exception in an imported module's body propagates with the module unregistered.
import sys
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import broken
except ZeroDivisionError as e:
    print("broken:", e)
print("broken" in sys.modules)
import broken
