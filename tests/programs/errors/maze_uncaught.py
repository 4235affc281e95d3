# errors: generated loops and handlers ending in an uncaught exception with a chained traceback
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
    if n % 3 == 2:
        raise KeyError(1) from KeyError("k")
    if n % 3 == 0:
        raise ValueError(2)
    return "end0"

def f1(n):
    n += 1
    return "end1"

def f2(n):
    try:
        log(("ctx", reraiser_ctx()))
        try:
            w7 = 0
            while w7 < 1:
                w7 += 1
                n += 1
                log(8)
            for i9 in range(2):
                n += 1
                if n % 2 == 0:
                    raise KeyError(10)
        except KeyError as e6_0:
            log(repr(e6_0))
            log(repr(e6_0.__context__))
            for i11 in range(1):
                n += 1
                n += 1
            else:
                if n % 2 == 0:
                    raise
        except KeyError as e6_1:
            log(repr(e6_1))
            log(repr(e6_1.__context__))
            log(14)
        else:
            for i15 in range(1):
                n += 1
                if n % 2 == 1:
                    log("c16")
                    continue
            if n % 2 == 0:
                log("r17")
                return 17
    except (TypeError, IndexError) as e4_0:
        log(repr(e4_0))
        log(repr(e4_0.__context__))
        if n % 3 == 0:
            log("r18")
            return 18
        if n % 3 == 1:
            raise KeyError(19)
    except KeyError as e4_1:
        log(repr(e4_1))
        log(repr(e4_1.__context__))
        if n % 3 == 2:
            raise KeyError(20) from None
    finally:
        log("f4")
        for i21 in range(0):
            n += 1
            log(22)
            try:
                log(24)
            finally:
                log("f23")
                if n % 3 == 0:
                    log("r25")
                    return 25
                log(26)
        else:
            log(27)
            if n % 3 == 0:
                log("r28")
                return 28
        log(("ctx", reraiser_ctx()))
    return "end2"

for start in range(5):
    print("f0", start, f0(start))
    print("f1", start, f1(start))
    print("f2", start, f2(start))
