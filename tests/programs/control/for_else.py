# control: for loops with break, continue and else; searching and nested break
def find_first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("negative at", i)
            break
    else:
        print("no negatives")

find_first_negative([3, 4, -1, 5])
find_first_negative([3, 4])
find_first_negative([])
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print(i, end=" ")
else:
    print("not printed")
print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
            if a + b + c > 30:
                found = (a, b, c)
                break
    if found:
        break
print("found", found)
