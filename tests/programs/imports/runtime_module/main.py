# A module that exists only at run time, put in sys.modules by another module (as
# os.py does with os.path), can be imported once it is there (krait requires such
# an import in the program's own code to be guarded, since it cannot see it).
import maker

try:
    import made_at_runtime
    from made_at_runtime import answer
except ImportError:
    print("not found")
print(made_at_runtime.answer, answer, made_at_runtime.__name__)
try:
    import never_made
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
