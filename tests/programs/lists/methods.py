# lists: append, extend, insert, pop, remove, index, count, reverse, copy, clear
a = [3, 1, 4]
a.append(1)
a.append(5)
print(a, len(a))
a.extend([9, 2, 6])
print(a)
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(3, "mid")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("mid")
a.remove(1)
print(a)
print(a.index(5), a.index(4), a.count(1), a.count(42), a.count("a"))
print(a.index(9, 2), a.index("a"), a.index("before end"))
b = a.copy()
b.reverse()
print(a, b, a == b, a is b)
a.clear()
print(a, b)
try:
    b.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    b.index(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("popped", stack.pop())
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
