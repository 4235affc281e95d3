# A module's `if __name__ == "__main__":` block runs only when it is the program.
import tool

print("tool loaded:", tool.value, tool.__name__)
if __name__ == "__main__":
    print("main program runs its guard")
if "__main__" == __name__:
    print("either way round")
