"""A helper module."""
import pkg

order = ["helper"]
counter = 0


def greet(who):
    return "hello, " + who


def bump():
    global counter
    counter += 1


def read_counter():
    return counter
