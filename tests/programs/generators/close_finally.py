# generators: close() raises GeneratorExit at the paused yield so finally blocks and handlers run
def resource(name):
    print("  open", name)
    try:
        for i in range(5):
            yield name + str(i)
    finally:
        print("  cleanup", name)

r = resource("r")
print(next(r), next(r))
r.close()
print("closed")
print(next(r, "no more"))
r.close()
print("second close is a no-op")

def observing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  saw GeneratorExit")
        raise

o = observing()
next(o)
o.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

never_started = resource("never")
never_started.close()
print("closing an unstarted generator runs nothing")

done = resource("done")
print(list(done))
done.close()

def nested():
    try:
        try:
            yield "a"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

n = nested()
next(n)
n.close()

def returns_in_finally():
    try:
        yield 1
    finally:
        print("  finally with return")
        return "ignored"
x = returns_in_finally()
next(x)
print(x.close())
