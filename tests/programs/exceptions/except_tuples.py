# exceptions: except clauses with tuples of classes, base classes, ordering of handlers
def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return 1 + "x"
    if kind == "value":
        return int("nope")
    if kind == "name":
        return undefined_name
    if kind == "assert":
        assert False, "asserted"
    if kind == "overflow":
        return 2.0 ** 5000
    return "fine"

for kind in ["key", "index", "zero", "type", "value", "name", "assert", "overflow", "ok"]:
    try:
        result = trigger(kind)
        print(kind, "->", result)
    except (KeyError, IndexError) as e:
        print(kind, "lookup", type(e).__name__, e)
    except (ZeroDivisionError, OverflowError) as e:
        print(kind, "arith", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "never reached")
    except (TypeError, ValueError) as e:
        print(kind, "type/value", type(e).__name__, e)
    except Exception as e:
        print(kind, "other", type(e).__name__, e)
for kind in ["key", "zero", "value"]:
    try:
        trigger(kind)
    except LookupError:
        print(kind, "LookupError base")
    except ArithmeticError:
        print(kind, "ArithmeticError base")
    except Exception:
        print(kind, "Exception base")
try:
    trigger("index")
except:
    print("bare except caught")
