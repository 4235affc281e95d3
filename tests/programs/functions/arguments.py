# functions: positional, keyword and default arguments in various combinations
def describe(name, age, city="Nowhere", title="Mx"):
    return title + " " + name + " (" + str(age) + ") from " + city

print(describe("Ann", 30))
print(describe("Bob", 41, "Paris"))
print(describe("Cid", 22, title="Dr"))
print(describe(age=5, name="Dee"))
print(describe("Eve", city="Rome", age=60, title="Prof"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def defaults_eval(x, y=10 * 2, z="a" * 3):
    return x, y, z
print(defaults_eval(1), defaults_eval(1, 2), defaults_eval(1, z=None))
def shared_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(shared_default(1), shared_default(2), shared_default(3, []), shared_default(4))
def no_args():
    return "nothing"
print(no_args())
def many(a, b, c, d, e, f):
    return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f
print(many(1, 2, 3, 4, 5, 6), many(6, 5, 4, f=0, e=1, d=2))
try:
    describe("x")
except TypeError as e:
    print("TypeError:", e)
try:
    power(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    power(1, base=2)
except TypeError as e:
    print("TypeError:", e)
try:
    power(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
