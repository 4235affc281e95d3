# complex: an uncaught ZeroDivisionError from complex division ends the program with a traceback
def ratio(a, b):
    return a / b

print(ratio(1 + 1j, 2))
print(ratio(3j, 0j))
