# generators: a partially consumed generator runs its finally when it is deleted or goes out of scope
def numbers(tag):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("  finally of", tag)

g = numbers("deleted")
print(next(g), next(g))
del g
print("after del")

for v in numbers("for-break"):
    if v == 2:
        print("breaking at", v)
        break
print("after loop")

def consume_some():
    local = numbers("local")
    print("  took", next(local), next(local))
    return "returned"

print(consume_some())
print("after function")

g2 = numbers("rebound")
next(g2)
g2 = numbers("replacement")
print("rebound done")
next(g2)
g2 = None
print("set to None")

def first_match(pred):
    for v in numbers("first_match"):
        if pred(v):
            return v

print(first_match(lambda v: v * v > 10))
print("end of program")
