# misc: del on names, attributes, list items and slices, dict keys, and the resulting errors
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    pass
o = Obj()
o.p = 1
o.q = 2
del o.p
print(vars(o))
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)

a, b, c = 1, 2, 3
del a, c
try:
    print(b, a)
except NameError as e:
    print(b, "NameError:", e)

grid = [[1, 2, 3], [4, 5, 6]]
del grid[1][0], grid[0][-1]
print(grid)

def local_del():
    y = "temp"
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())

lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
print("deleted loop variable")
