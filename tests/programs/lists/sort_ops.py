# lists: sort, sorted with reverse and builtin keys, min/max/sum and stability
nums = [5, -2, 9, 0, -7, 3, 3, 12]
s = sorted(nums)
print(s, nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["banana", "Fig", "apple", "kiwi", "Cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 20, 100], key=str), sorted([-3, 2, -1], key=abs, reverse=True))
words.sort(key=len)
print(words)
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed), min(mixed), max(mixed), sum(mixed))
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sum([[1], [2, 3]], []), sum(range(101)), sum([0.5, 0.25], 10))
print(min([4, 2, 8]), max([4, 2, 8]), min("zebra"), max([[1, 2], [1, 3]]))
print(sorted(["b", "a"], reverse=True), sorted([]), sorted((3, 1, 2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
