import _operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(32, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(5), op.pos(-5), op.inv(5), op.invert(0))
print(op.abs(-3.5), op.index(7), op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2), op.eq([1], (1,)))
l = [1]; print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul([0], 2), op.isub(5, 1), op.ior({1}, {2}), op.ipow(3, 2))
print(op.ifloordiv(7, 2), op.itruediv(1, 4), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
print(op.concat([1], [2]), op.concat('a', 'b'), op.iconcat([1], (2,)), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
d = {'a': 1}; op.setitem(d, 'b', 2); op.delitem(d, 'a'); print(d, op.getitem(d, 'b'), op.getitem('abc', slice(1, None)))
print(op.length_hint([1, 2, 3]), op.length_hint(5), op.length_hint(5, 9), op.call(max, 1, 5, key=lambda x: -x))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest('abc', 'abd'), op._compare_digest(bytearray(b'x'), b'x'), op._compare_digest(b'a', b'ab'))
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return V(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __length_hint__(self): return 42
    def __index__(self): return 3
print(op.matmul(V(2), V(3)).v, op.imatmul(V(2), V(3)).v, op.length_hint(V(0)), op.index(V(0)))
print(sorted(n for n in dir(op) if not n.startswith('__'))[:12])
print(op.__doc__.splitlines()[0])
for bad in [lambda: op.add(1), lambda: op.add(1, b=2), lambda: op.neg(), lambda: op.not_(1, 2), lambda: op.concat(1, 2),
            lambda: op.indexOf([1], 3), lambda: op.indexOf(1, 3), lambda: op.length_hint(1, 'a'), lambda: op.index(1.5),
            lambda: op._compare_digest('a', b'a'), lambda: op._compare_digest('é', 'é'), lambda: op._compare_digest(1, 2),
            lambda: op.call(), lambda: op.matmul(1, 2), lambda: op.lt(1, 'a'), lambda: op.getitem([1], 5), lambda: op.truediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
op.countOf(None, 1)
