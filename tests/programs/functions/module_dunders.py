# functions: the predefined module globals __name__ and __doc__, and the main guard
"""A module docstring, visible as __doc__."""
def main():
    print("running as", __name__)
    print("doc:", __doc__)
    return 0

def shadow():
    __name__ = "local"
    return __name__

if __name__ == "__main__":
    main()
    print(shadow(), __name__)
    __name__ = "changed"
    print(__name__)
