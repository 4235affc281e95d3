# Names rebound from outside a module are seen by its code, even calls the
# compiler made direct.
import lib

print(lib.run(3))
lib.square = lambda x: "patched " + str(x)
print(lib.run(3))
del lib.square
try:
    lib.run(3)
except NameError as e:
    print("NameError:", e)


def square(x):
    return x * x


print(lib.call_len([1, 2]))
lib.len = lambda x: "my len"
print(lib.call_len([1, 2]))
del lib.len
print(lib.call_len([1, 2]))


def local_twice(x):
    return 2 * x


def use():
    return local_twice(5)


print(use())
globals()["local_twice"] = square
print(use())
for k in range(2):
    def again(x):
        return x + k
    print(again(10))
