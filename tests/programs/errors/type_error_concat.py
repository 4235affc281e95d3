# errors: uncaught TypeError 'can only concatenate str (not "int") to str'
def build(n):
    s = "value: "
    for i in range(n):
        s = s + str(i) + ","
    print(s)
    return s + n

build(3)
