# dicts: nested dicts and lists of dicts, grouping, inverting and counting
people = [
    {"name": "Ann", "dept": "eng", "salary": 120},
    {"name": "Ben", "dept": "ops", "salary": 90},
    {"name": "Cid", "dept": "eng", "salary": 110},
    {"name": "Dee", "dept": "sales", "salary": 70},
    {"name": "Eve", "dept": "ops", "salary": 95},
]
by_dept = {}
for p in people:
    dept = p["dept"]
    if dept not in by_dept:
        by_dept[dept] = {"count": 0, "total": 0, "names": []}
    by_dept[dept]["count"] += 1
    by_dept[dept]["total"] += p["salary"]
    by_dept[dept]["names"].append(p["name"])
print(by_dept)
for dept in sorted(by_dept):
    info = by_dept[dept]
    print(dept, info["count"], info["total"] / info["count"], ",".join(info["names"]))
inverse = {}
for p in people:
    inverse[p["name"]] = p["dept"]
flipped = {}
for name, dept in inverse.items():
    flipped.setdefault(dept, []).append(name)
print(flipped)
richest = people[0]
for p in people:
    if p["salary"] > richest["salary"]:
        richest = p
print(richest)
