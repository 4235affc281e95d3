# unpacking: a record with too many fields ends the program with an uncaught ValueError
rows = ["ann,31,NYC", "bob,25,LA", "cy,40,SF,extra", "dee,22,LV"]
total = 0
first, *others = rows
print("first row", first, "others", len(others))
for row in rows[:2]:
    name, age, city = row.split(",")
    print(name.title(), int(age) + 1, city.lower())
try:
    a, b = rows[0].split(",")
except ValueError as e:
    print("caught:", e)
for row in rows:
    name, age, city = row.split(",")
    total += int(age)
    print(name, age, city, total)
print("total", total)
