# errors: an exception raised in a finally block replaces the one being propagated
def risky(n):
    try:
        return 10 // n
    finally:
        print("cleanup for", n)
        if n == 0:
            [][n]

print(risky(2))
print(risky(0))
