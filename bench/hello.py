# Start-up benchmark: the smallest useful program.
print("Hello, world!")
