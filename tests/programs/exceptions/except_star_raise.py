# Raising inside except* clauses: new exceptions and re-raised parts are combined.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

def attempt(body, label):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(str(e)), leaves(e))
        ctx = [repr(x.__context__) for x in getattr(e, "exceptions", [])]
        print("contexts:", ctx)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

def reraise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")

def raise_new_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise

def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise RuntimeError("second")

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")

def raise_caught_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as v:
        raise RuntimeError("wrapped") from v

def error_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1 / 0
    except* TypeError:
        print("TypeError clause still runs")

for fn in [reraise_all, reraise_both, raise_new, raise_new_and_reraise, raise_in_two,
           naked_reraise, naked_new, raise_caught_part, raise_from, error_in_clause]:
    attempt(fn, fn.__name__)

def check_cause():
    try:
        raise_from()
    except RuntimeError as r:
        print(repr(r.__cause__), r.__suppress_context__)
check_cause()
