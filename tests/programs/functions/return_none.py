# functions: implicit None returns, returning from inside loops and try blocks
def implicit():
    x = 1

def explicit():
    return None

def bare():
    return

def maybe(n):
    if n > 0:
        return n

print(implicit(), explicit(), bare(), maybe(5), maybe(-5))
print(implicit() is None, maybe(0) == None)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    return None
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print(safe_div(1, 4), safe_div(1, 0))
