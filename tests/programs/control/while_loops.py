# control: while loops with break, continue and else clauses
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while else ran, n =", n)
m = 0
while True:
    m += 3
    if m > 10:
        break
print("broke at", m)
k = 10
while k > 0:
    k -= 4
    if k == 2:
        print("found 2")
        break
else:
    print("no break, k =", k)
collatz = 27
steps = 0
peak = collatz
while collatz != 1:
    if collatz % 2 == 0:
        collatz //= 2
    else:
        collatz = 3 * collatz + 1
    if collatz > peak:
        peak = collatz
    steps += 1
print("collatz 27:", steps, "steps, peak", peak)
x = 100
while x:
    x //= 3
    print(x, end=" ")
print()
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print((i, j), end=" ")
        j += 1
    i += 1
print()
