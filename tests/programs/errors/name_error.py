# errors: uncaught NameError for a name that is never defined
def compute(x):
    return x * factor

print("start")
print(compute(2))
