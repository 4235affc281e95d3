# Invalid except* clauses and the errors they raise.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__context__))

def eg_clause():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        print("never")

def eg_in_tuple():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        print("never")

def not_a_class():
    try:
        raise ValueError()
    except* 42:
        print("never")

def str_in_tuple():
    try:
        raise ValueError()
    except* (ValueError, "x"):
        print("never")

def subclass_of_group():
    class G(ExceptionGroup):
        pass
    try:
        raise ValueError()
    except* G:
        print("never")

def undefined_name():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* NotDefinedAnywhere:
        print("never")

def second_clause_bad():
    try:
        raise ExceptionGroup("eg", [ValueError(), TypeError()])
    except* ValueError:
        print("first clause ran")
    except* 3:
        print("never")

for f in [eg_clause, eg_in_tuple, not_a_class, str_in_tuple, subclass_of_group, undefined_name, second_clause_bad]:
    attempt(f)

try:
    raise ExceptionGroup("eg", [ValueError()])
except* ExceptionGroup:
    pass
