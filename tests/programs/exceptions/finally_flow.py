# exceptions: finally with return, break and continue, and finally overriding returns
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

def f6():
    count = 0
    while True:
        try:
            count += 1
            if count < 3:
                continue
            break
        finally:
            print("loop finally", count)
    return count

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
def f7():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught after finally", e)
    finally:
        print("outer finally")
    return "f7 done"
print(f7())
