# errors: uncaught ValueError raised explicitly with a message after stderr output
import sys
print("validating", file=sys.stderr)
data = [1, 2, -3]
for d in data:
    if d < 0:
        raise ValueError("negative value found: " + str(d))
    print("ok", d)
