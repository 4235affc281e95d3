# control: break/continue inside a finally run for a return/break from a nested loop go to the finally's own loop
def continue_cancels_return():
    log = []
    for outer in range(3):
        try:
            for inner in range(5):
                if inner == 1:
                    return "returned at %d" % outer
                log.append((outer, inner))
        finally:
            log.append("finally %d" % outer)
            if outer < 2:
                continue
    return log

print(continue_cancels_return())

def break_cancels_return():
    n = 0
    while n < 10:
        n += 1
        try:
            w = 0
            while w < 3:
                w += 1
                if w == 2:
                    return "inner return"
        finally:
            if n == 3:
                break
            continue
    return "broke out at %d" % n

print(break_cancels_return())

def break_from_inner_loop():
    out = []
    for a in range(3):
        try:
            for b in range(3):
                try:
                    if b == 1:
                        break
                    out.append((a, b))
                finally:
                    out.append("inner fin")
        finally:
            out.append("outer fin %d" % a)
            if a == 1:
                break
    return out

print(break_from_inner_loop())

def return_in_finally_overrides_continue():
    for i in range(3):
        try:
            for j in range(3):
                continue
        finally:
            if i == 1:
                return "returned at %d" % i
    return "end"

print(return_in_finally_overrides_continue())
