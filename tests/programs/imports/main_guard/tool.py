value = 1
if __name__ == "__main__":
    import module_that_does_not_exist
    print("never printed")
else:
    value = 2
if __name__ != "__main__":
    value += 10
