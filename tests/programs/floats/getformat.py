# float.__getformat__, which test.support reads at import.
print(float.__getformat__("double"), float.__getformat__("float"), (1.5).__getformat__("double"))
for args in [("x",), (1,), ()]:
    try:
        float.__getformat__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
