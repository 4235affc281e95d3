# exceptions: nested try statements, exceptions in except/else/finally, and loops with try
results = []
for x in [1, 0, "a", None, 4]:
    try:
        try:
            results.append(10 / x)
        except ZeroDivisionError:
            results.append("div0")
            raise ValueError("converted")
        else:
            results.append("ok")
        finally:
            results.append("inner-finally")
    except ValueError as e:
        results.append("outer:" + str(e))
    except TypeError as e:
        results.append("type:" + type(e).__name__)
print(results)
def risky_else():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    risky_else()
except KeyError as e:
    print("caught", e)
def finally_raises():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised")
try:
    finally_raises()
except RuntimeError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration("done looping")
    except StopIteration as e:
        print(e, count)
        break
