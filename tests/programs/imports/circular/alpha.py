done = False
import beta

def helper():
    return "alpha.helper"

done = True
