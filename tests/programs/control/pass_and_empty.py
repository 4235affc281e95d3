# control: pass statements, empty loops, early returns and deeply nested conditionals
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0

def grade(score):
    if score >= 50:
        if score >= 70:
            if score >= 90:
                return "A"
            else:
                return "B"
        else:
            if score >= 60:
                return "C"
            return "D"
    else:
        return "F"

for s in [95, 90, 75, 65, 55, 10]:
    print(s, grade(s), sign(s - 60))
for i in range(0):
    print("never")
while False:
    print("never")
for i in range(3):
    pass
print("i", i)
def empty():
    pass
print(empty())
x = 0
if x:
    pass
elif x == 0:
    print("elif zero")
