# errors: reading a parameter after `del` raises UnboundLocalError, also uncaught
def countdown(n):
    while n > 0:
        if n == 2:
            del n
            try:
                print(n)
            except UnboundLocalError as e:
                print("caught:", e)
            return "deleted"
        n -= 1
    return "finished"

print(countdown(1))
print(countdown(3))

def both(a, b):
    del a, b
    return b

both(1, 2)
