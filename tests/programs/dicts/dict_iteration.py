# dicts: iterating with sorted keys, items sorted by value, enumerate and zip over dicts
scores = {"zed": 50, "amy": 92, "kim": 77, "bob": 92, "lee": 61}
for name in sorted(scores):
    print(name, scores[name])
for name in sorted(scores, reverse=True):
    print(name, end=" ")
print()
for i, (k, v) in enumerate(scores.items()):
    print(i, k, v)
best = None
for k in scores:
    if best is None or scores[k] > scores[best]:
        best = k
print("best", best)
vals = list(scores.values())
print(sum(vals), max(vals), min(vals), sorted(vals))
print(len(scores), list(zip(scores, scores.values()))[:2])
print(sorted(scores.items()), sorted(scores.keys(), key=len))
copy = dict(scores)
copy["amy"] = 0
print(scores["amy"], copy["amy"])
