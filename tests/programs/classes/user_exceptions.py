# classes: user exception hierarchies with extra attributes, raising, catching by base class, and args
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field + ": " + message)
        self.field = field
        self.message = message

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return "no such key " + repr(self.key)

class Retryable(AppError):
    code = 503

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short (" + str(len(user["name"])) + ")")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return "valid " + user["name"]

for u in [{"name": "alice"}, {}, {"name": "al"}, {"name": "bob", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field, "| args =", e.args)

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

for key in ["a", "zz", 3]:
    try:
        print(lookup({"a": 1}, key))
    except AppError as e:
        print(type(e).__name__, str(e), e.key, e.args, isinstance(e, Exception))

try:
    raise Retryable("try later", 5)
except (NotFound, Retryable) as e:
    print(type(e).__name__, e, e.args, e.code)

errors = [ValidationError("f", "m"), NotFound(1), Retryable(), AppError("plain")]
for err in errors:
    try:
        raise err
    except NotFound:
        print("caught NotFound")
    except AppError as e:
        print("caught AppError subclass", type(e).__name__, repr(str(e)))

print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(NotFound, ValidationError))
print(repr(AppError("x", 2)), repr(Retryable()))

def wrap():
    try:
        lookup({}, "missing")
    except NotFound as e:
        raise AppError("wrapped") from e
try:
    wrap()
except AppError as e:
    print(e, "caused by", type(e.__cause__).__name__, e.__cause__.key)
