# comprehensions: filtering with if clauses, multiple ifs and conditional expressions in the element
nums = list(range(-5, 16))
print([n for n in nums if n % 2 == 0])
print([n for n in nums if n > 0 if n % 3 == 0])
print([n for n in nums if n > 0 and n % 5 != 0 and n < 12])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n if n >= 0 else -n for n in nums if n % 4 == 0])
print(["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n for n in range(1, 16)])
words = ["", "a", "bb", "", "ccc", "dd"]
print([w for w in words if w])
print([w for w in words if not w])
print([w.upper() for w in words if len(w) > 1])
data = [3, None, 0, 7, None, 2]
print([d for d in data if d is not None])
print([d or -1 for d in data])
print([i for i, d in enumerate(data) if d is None])
people = [("ann", 31), ("bob", 17), ("cy", 45), ("dee", 12)]
print([n for n, age in people if age >= 18])
print([(n, "adult" if age >= 18 else "minor") for n, age in people])
vowels = "aeiou"
print([c for c in "comprehension" if c not in vowels])
print("".join([c for c in "comprehension" if c in vowels]))
calls = []
def check(n):
    calls.append(n)
    return n % 2 == 1
print([n * 10 for n in range(6) if check(n)])
print(calls)
