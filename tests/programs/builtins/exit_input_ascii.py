print(ascii("héllo"), ascii([1, "ü"]))
try:
    input("prompt> ")
except EOFError as e:
    print("eof", e)
exit(3)
