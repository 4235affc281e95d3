# errors: uncaught UnboundLocalError when a local is read before assignment
counter = 10

def bump():
    print("bumping")
    counter = counter + 1
    return counter

print(counter)
bump()
