# misc: conditional expressions, nesting, laziness of the unused branch and precedence
def pick(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
print([pick(n) for n in [-5, 0, 3, 10, 99]])

log = []
def t(tag, v):
    log.append(tag)
    return v
r = t("then", 1) if t("cond", True) else t("else", 2)
print(r, log)
log.clear()
r = t("then", 1) if t("cond", False) else t("else", 2)
print(r, log)

x = 0
safe = 10 / x if x else "no division"
print(safe)
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
f = (lambda v: v * 2) if x == 0 else (lambda v: v * 3)
print(f(5))
val = [] or None
print("falsy" if not val else "truthy", val)
nums = [3, -1, 4, -1, 5]
print([abs(n) if n < 0 else n * 10 for n in nums])
print(sum(n if n > 0 else 0 for n in nums))
a, b = 7, 9
print(a if a > b else b, min(a, b) if a != b else "same")
status = {True: "on", False: "off"}
print(status[a > 5] if a else "unknown")
label = "even" if a % 2 == 0 else "odd"
print(f"{a} is {label} and {'big' if a > 5 else 'small'}")
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else ("Fizz" if n % 3 == 0 else ("Buzz" if n % 5 == 0 else str(n)))
print(" ".join(fizz(n) for n in range(1, 16)))
print(not 1 if 0 else 2, (not 1) if 0 else 2)
