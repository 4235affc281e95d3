# errors: uncaught TypeError "unsupported operand type(s) for +: 'int' and 'str'"
count = 5
label = "items"
print(count, label)
print(count + label)
