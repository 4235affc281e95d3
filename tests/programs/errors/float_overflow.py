# errors: uncaught OverflowError from float exponentiation
x = 2.0
for i in range(5):
    x = x ** 2
    print(i, x)
print(x ** 1000)
