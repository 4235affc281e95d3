# control: a generated maze of loops, try/except/else/finally, break/continue/return and raises across calls
trace = []
def log(x):
    trace.append(x)
    print(x)

def reraiser():
    raise

def reraiser_ctx():
    try:
        raise IndexError("probe")
    except IndexError as p:
        return repr(p.__context__)

def f0(n):
    try:
        try:
            n += 1
            n += 1
        except ValueError:
            if n % 3 == 1:
                raise TypeError(5)
            log(6)
        except KeyError:
            if n % 2 == 1:
                reraiser()
    except (TypeError, IndexError) as e1_0:
        log(repr(e1_0))
        log(repr(e1_0.__context__))
        log(8)
    else:
        if n % 2 == 0:
            log("r9")
            return 9
    log(("call", f1(n + 3)))
    return "end0"

def f1(n):
    w11 = 0
    while w11 < 3:
        w11 += 1
        n += 1
        log(12)
    else:
        log(13)
    try:
        try:
            log(16)
            log(17)
        except ValueError:
            try:
                log(19)
            except LookupError:
                log(("ctx", reraiser_ctx()))
                log(21)
            except ValueError as e18_1:
                log(repr(e18_1))
                log(repr(e18_1.__context__))
                n += 1
                log(23)
            log(24)
        except ValueError:
            if n % 3 == 0:
                log("r25")
                return 25
            log(26)
        try:
            log(repr(e18_1))
        except (NameError, UnboundLocalError) as ue:
            log(type(ue).__name__)
    except ValueError:
        log(28)
        if n % 2 == 1:
            reraiser()
    except Exception as e14_1:
        log(repr(e14_1))
        log(repr(e14_1.__context__))
        log(30)
    else:
        for i31 in range(1):
            n += 1
            if n % 2 == 0:
                raise TypeError(32)
        if n % 2 == 1:
            n += 1
        else:
            if n % 3 == 0:
                log("r35")
                return 35
            n += 1
    return "end1"

for start in range(6):
    try:
        print("f0", start, f0(start))
    except Exception as ex:
        print("f0 raised", type(ex).__name__, ex, repr(ex.__context__))
    try:
        print("f1", start, f1(start))
    except Exception as ex:
        print("f1 raised", type(ex).__name__, ex, repr(ex.__context__))
print(len(trace))
