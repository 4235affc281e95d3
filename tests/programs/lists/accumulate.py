# lists: common list algorithms written with loops (running sums, dedupe, chunking, rotate)
data = [4, 8, 15, 16, 23, 42, 8, 4, 15]
running = []
total = 0
for x in data:
    total += x
    running.append(total)
print(running)
seen = []
for x in data:
    if x not in seen:
        seen.append(x)
print(seen)
chunks = []
for i in range(0, len(data), 4):
    chunks.append(data[i:i + 4])
print(chunks)
k = 3
rotated = data[k:] + data[:k]
print(rotated)
maxv = data[0]
maxi = 0
for i in range(1, len(data)):
    if data[i] > maxv:
        maxv = data[i]
        maxi = i
print(maxv, maxi, data.index(max(data)))
rev = data[:]
lo = 0
hi = len(rev) - 1
while lo < hi:
    rev[lo], rev[hi] = rev[hi], rev[lo]
    lo += 1
    hi -= 1
print(rev, rev == data[::-1])
merged = []
p = [1, 4, 9, 12]
q = [2, 3, 10, 20, 30]
i = 0
j = 0
while i < len(p) and j < len(q):
    if p[i] <= q[j]:
        merged.append(p[i])
        i += 1
    else:
        merged.append(q[j])
        j += 1
merged += p[i:] + q[j:]
print(merged)
