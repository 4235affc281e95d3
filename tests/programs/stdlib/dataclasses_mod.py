# dataclasses, compiled from CPython's module with krait's code generation for the
# methods it writes with exec (stdlib/python/_krait_dataclasses.py).
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    count: ClassVar[int] = 0


p = Point(1)
print(p, p == Point(1), p == Point(1, 2), Point.count)
print(asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(p)], Point.__match_args__)
print(Point.__init__.__annotations__ if hasattr(Point.__init__, "__annotations__") else None)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


vs = sorted([Version(2), Version(1, 5), Version(1)])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 9
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(vs[0].bump())


@dataclass
class WithPost:
    a: int
    b: InitVar[int] = 1
    c: int = field(init=False)

    def __post_init__(self, b):
        self.c = self.a * b


print(WithPost(3, 4), WithPost(2))


@dataclass
class Base:
    name: str
    level: int = 1


@dataclass
class Child(Base):
    extra: bool = False


print(Child("c"), Child("d", 2, True), isinstance(Child("e"), Base))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    depth: int


print(Opts(depth=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2


print(Mixed(1, b=3))


@dataclass(slots=True)
class Slotted:
    u: int
    v: str = "v"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))

for bad in [lambda: Point(), lambda: Point(1, 2, [], "s", 5), lambda: Opts(), lambda: Version(1, minor=2, patch=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
print(repr(Point.__dataclass_fields__["tags"].default_factory))
