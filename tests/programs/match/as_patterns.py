# match: as-patterns capture a whole subpattern while still checking its structure
def inspect(x):
    match x:
        case [int() as first, *rest] as whole:
            return "int list " + repr(whole) + " first=" + repr(first) + " rest=" + repr(rest)
        case (str() | bytes()) as text:
            return "text " + repr(text)
        case {"id": (int() | str()) as ident, **other} as record:
            return "record id=" + repr(ident) + " keys=" + str(len(record)) + " other=" + repr(other)
        case ((a, b) as p1, (c, d) as p2):
            return "two pairs " + repr(p1) + " " + repr(p2) + " sum=" + str(a + b + c + d)
        case (0 | 1) as bit:
            return "bit " + str(bit)
        case float() as f if f.is_integer():
            return "integral float " + str(f)
        case other:
            return "other " + repr(other)

for v in [[1, 2, 3], [7], "abc", b"xy", {"id": 5, "name": "n"}, {"id": "u1"}, ((1, 2), (3, 4)),
          ((1, 2), (3, 4, 5)), 0, 1, 2, 3.0, 3.5, ["a"]]:
    print(inspect(v))

match [1, [2, 3]]:
    case [x, [y, z] as inner] as outer:
        print(x, y, z, inner, outer, inner is outer[1])
