# Relative imports, submodules imported by `from package import name`, and errors.
from app import run
from app.models import user
import app.models

print(run())
print(user.User("ann"))
print(app.models.user is user)
print(app.models.__path__[0].endswith("models"))
try:
    from . import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from app import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import app.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "")
