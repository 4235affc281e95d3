# misc: reading extended slices with negative steps and out-of-range bounds on lists, strings, tuples, ranges
s = "abcdefghij"
lst = list(range(10))
tup = tuple(s)
r = range(0, 20, 2)
for sl in [slice(None, None, -1), slice(None, None, 2), slice(1, None, 3), slice(8, 2, -2), slice(-3, None),
           slice(None, -3), slice(-1, -5, -1), slice(100, None), slice(-100, 3), slice(5, 5), slice(2, 8, -1),
           slice(None, None, -3), slice(3, -3, 2)]:
    print(sl.start, sl.stop, sl.step, "|", s[sl], lst[sl], tup[sl], list(r[sl]))
print(s[::-1][::-1] == s, s[-1::-2], s[:-11:-1])
print(lst[len(lst)::-1][:3])
print(r[::-1], r[1:4], r[::3])
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 5, 2).indices(4), slice(None, None, -1).indices(5))
word = "racecar"
print(word == word[::-1], "level"[::-1], "krait"[1:-1])
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in nested[::-1]])
print([row[i] for i, row in enumerate(nested)], [row[-1 - i] for i, row in enumerate(nested)])
