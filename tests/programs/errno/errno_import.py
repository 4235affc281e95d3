# errno: import forms, module attributes, and a missing name.
from errno import ENOENT, EEXIST, errorcode
import errno as e

print(ENOENT, EEXIST, errorcode[ENOENT], e.ENOENT is ENOENT)
print('errorcode' in dir(e), 'ENOENT' in vars(e))
codes = {v for k, v in vars(e).items() if k.startswith('E')}
print(codes == set(errorcode), min(codes), max(codes))
try:
    e.ENOSUCHERROR
except AttributeError as x:
    print(x)
