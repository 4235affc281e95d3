# tuples: iterating tuples, zip of tuples, nested tuples as records and sorting records
records = (("alice", 31, 55000.0), ("bob", 25, 48000.5), ("carol", 35, 72000.25))
for rec in records:
    print(rec)
for name, age, pay in records:
    print(f"{name:<6}{age:>3}{pay:>10.2f}")
ages = ()
for rec in records:
    ages = ages + (rec[1],)
print(ages, sum(ages), max(ages))
print(sorted(records), sorted(records, reverse=True)[0])
print(list(zip((1, 3), (2, 4))), tuple(zip("ab", (1, 2))))
print(tuple(reversed(ages)), tuple(enumerate(ages)))
