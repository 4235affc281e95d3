# str indexing, slicing, find/rfind/index/count/startswith on long non-ASCII text (offset index correctness)
s = ''
for i in range(700):
    s += 'aé日😀'[i % 4] + str(i % 10)
print(len(s))
h = 0
for i in range(len(s)):
    h = (h * 131 + ord(s[i])) % 1000000007
print(h)
for i in range(-len(s), 0, 37):
    print(i, s[i], end=' ')
print()
for a in range(0, len(s), 97):
    print(repr(s[a:a + 5]), repr(s[a:a + 70:7]), s.find('😀', a), s.rfind('é', 0, a), s.find('9日', a, a + 50), s.count('日', a), s.startswith('日', a), s.endswith('😀', 0, a), s.index(s[a], a))
print(s[-1], s[1399], s[700], s[63], s[64], s[65], s[127], s[128], s[::-97], s[5::250])
t = '😀' * 64 + 'x' + 'é' * 64
print(t.find('x'), t.rfind('x'), t.index('é'), t[64], t[63], t[65], t[128], len(t), t.find('é', 100), t.rfind('😀', 10, 70))
for k in range(0, 130, 13):
    print(k, t[k], t.find(t[k], k), t.rfind(t[k], 0, k + 1), t[k:k + 3])
try:
    print(t[129])
except IndexError as e:
    print(e)
