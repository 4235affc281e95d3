//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`, with CPython's index algorithms. Their items are
//! read into tuples ("pools") when the iterator is made; `next` only does index
//! arithmetic, so the indices live in a `RefCell` no Python code can re-enter.

use super::{clinic, iter_type, ssize, to_tuple, tuple_items, type_attr, type_err, Attrs};
use krait_runtime::builtin;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::types::Kind;
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};

iter_type!(PRODUCT_TYPE, "itertools.product", Some(product_new));
iter_type!(PERMUTATIONS_TYPE, "itertools.permutations", Some(permutations_new));
iter_type!(COMBINATIONS_TYPE, "itertools.combinations", Some(combinations_new));
iter_type!(CWR_TYPE, "itertools.combinations_with_replacement", Some(cwr_new));

pub(super) fn attrs(a: &mut Attrs) {
    a.push(("product", type_attr(&PRODUCT_TYPE)));
    a.push(("permutations", type_attr(&PERMUTATIONS_TYPE)));
    a.push(("combinations", type_attr(&COMBINATIONS_TYPE)));
    a.push(("combinations_with_replacement", type_attr(&CWR_TYPE)));
}

/// What the four iterators share: the pools (a tuple of tuples), the indices, whether
/// the first result has been made, and whether they are exhausted.
struct Indexed {
    pools: Slot,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Indexed {
    fn new(pools: Vec<Obj>, indices: Vec<usize>, stopped: bool) -> Indexed {
        let pools = tuple_from(pools.into_iter().map(Obj::into_raw).collect());
        Indexed { pools: Slot::new(Some(pools)), indices: RefCell::new(indices), started: Cell::new(false), stopped: Cell::new(stopped) }
    }
    /// The tuple of `pool_of(k)[indices[k]]` for `k < r`.
    fn result(&self, r: usize, pool_of: impl Fn(usize) -> usize) -> Option<Obj> {
        let pools = tuple_items(self.pools.get());
        let idx = self.indices.try_borrow().ok()?;
        let mut items = Vec::with_capacity(r);
        for k in 0..r {
            let pool = tuple_items(*pools.get(pool_of(k))?);
            items.push((*pool.get(idx[k])?).to_owned().into_raw());
        }
        Some(tuple_from(items))
    }
    fn pool_len(&self, i: usize) -> usize {
        tuple_items(self.pools.get()).get(i).map_or(0, |p| tuple_items(*p).len())
    }
    fn visit(&self, visit: &mut dyn FnMut(Value)) {
        self.pools.visit(visit);
    }
    /// Runs `advance` on the indices after the first result; `false` means the end.
    fn advance(&self, advance: impl FnOnce(&mut Vec<usize>) -> bool) -> bool {
        if self.stopped.get() {
            return false;
        }
        if !self.started.get() {
            self.started.set(true);
            return true;
        }
        let ok = match self.indices.try_borrow_mut() {
            Ok(mut idx) => advance(&mut idx),
            Err(_) => false,
        };
        if !ok {
            self.stopped.set(true);
        }
        ok
    }
}

/// `product(*iterables, repeat=1)`.
struct Product(Indexed);

builtin!(product_new, |a| {
    let mut repeat = 1;
    if !a.kwnames.is_empty() {
        if a.kwnames.len() > 1 {
            return type_error(format!("product() takes at most 1 keyword argument ({} given)", a.kwnames.len()));
        }
        let name = str_text(a.kwnames[0]);
        if name != "repeat" {
            return type_error(format!("'{}' is an invalid keyword argument for product()", name));
        }
        repeat = ssize(a.kwvals[0])?;
        if repeat < 0 {
            return value_error("repeat argument cannot be negative");
        }
    }
    let n = a.pos.len();
    if repeat > 0 && n as i64 > i64::MAX / 8 / repeat {
        return Err(krait_runtime::exc::raise(&krait_runtime::types::OVERFLOW_ERROR, "repeat argument too large"));
    }
    let mut tuples = Vec::with_capacity(n);
    for &v in a.pos {
        tuples.push(to_tuple(v)?);
    }
    let npools = n * repeat as usize;
    let pools: Vec<Obj> = (0..npools).map(|i| tuples[i % n].clone()).collect();
    let empty = pools.iter().any(|p| tuple_items(p.v()).is_empty());
    Ok(native_iter::new(&PRODUCT_TYPE, Product(Indexed::new(pools, vec![0; npools], empty))))
});

impl NativeIter for Product {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let s = &self.0;
        let npools = tuple_items(s.pools.get()).len();
        let lens: Vec<usize> = (0..npools).map(|i| s.pool_len(i)).collect();
        let more = s.advance(|idx| {
            // Advance the rightmost index that does not roll over.
            for i in (0..npools).rev() {
                idx[i] += 1;
                if idx[i] < lens[i] {
                    return true;
                }
                idx[i] = 0;
            }
            false
        });
        Ok(if more { s.result(npools, |k| k) } else { None })
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

/// `combinations(iterable, r)`: `r` indices increasing in the one pool.
struct Combinations(Indexed, usize);

/// The `r` argument of `combinations` and `combinations_with_replacement`, after the
/// iterable has become a tuple.
fn r_arg(a: &krait_runtime::call::Args, name: &str) -> R<(Obj, usize)> {
    let b = clinic(a, name, &["iterable", "r"], 2, 2)?;
    let r = ssize(b[1].unwrap())?;
    let pool = to_tuple(b[0].unwrap())?;
    if r < 0 {
        return value_error("r must be non-negative");
    }
    Ok((pool, r as usize))
}

builtin!(combinations_new, |a| {
    let (pool, r) = r_arg(a, "combinations")?;
    let n = tuple_items(pool.v()).len();
    Ok(native_iter::new(&COMBINATIONS_TYPE, Combinations(Indexed::new(vec![pool], (0..r).collect(), r > n), r)))
});

impl NativeIter for Combinations {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let (s, r) = (&self.0, self.1);
        let n = s.pool_len(0);
        let more = s.advance(|idx| {
            // The rightmost index not at its maximum (i + n - r) moves up; those after
            // it follow consecutively.
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return false };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            true
        });
        Ok(if more { s.result(r, |_| 0) } else { None })
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

/// `combinations_with_replacement(iterable, r)`: `r` non-decreasing indices.
struct Cwr(Indexed, usize);

builtin!(cwr_new, |a| {
    let (pool, r) = r_arg(a, "combinations_with_replacement")?;
    let n = tuple_items(pool.v()).len();
    Ok(native_iter::new(&CWR_TYPE, Cwr(Indexed::new(vec![pool], vec![0; r], n == 0 && r > 0), r)))
});

impl NativeIter for Cwr {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let (s, r) = (&self.0, self.1);
        let n = s.pool_len(0);
        let more = s.advance(|idx| {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return false };
            let v = idx[i] + 1;
            idx[i..].iter_mut().for_each(|x| *x = v);
            true
        });
        Ok(if more { s.result(r, |_| 0) } else { None })
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

/// `permutations(iterable, r=None)`: CPython's indices and cycles.
struct Permutations {
    s: Indexed,
    cycles: RefCell<Vec<usize>>,
    r: usize,
}

builtin!(permutations_new, |a| {
    let b = clinic(a, "permutations", &["iterable", "r"], 1, 2)?;
    let pool = to_tuple(b[0].unwrap())?;
    let n = tuple_items(pool.v()).len();
    let r = match b[1] {
        Some(v) if !is_none(v) => {
            if !matches!(v.ty().kind, Kind::Int | Kind::Bool) {
                return type_err("Expected int as r");
            }
            match krait_runtime::num::to_i64(v)? {
                Some(r) => r,
                None => return Err(krait_runtime::exc::raise(&krait_runtime::types::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
            }
        }
        _ => n as i64,
    };
    if r < 0 {
        return value_error("r must be non-negative");
    }
    let r = r as usize;
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    let state = Permutations { s: Indexed::new(vec![pool], (0..n).collect(), r > n), cycles: RefCell::new(cycles), r };
    Ok(native_iter::new(&PERMUTATIONS_TYPE, state))
});

impl NativeIter for Permutations {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let (s, r) = (&self.s, self.r);
        let n = s.pool_len(0);
        let Ok(mut cycles) = self.cycles.try_borrow_mut() else { return Ok(None) };
        let more = s.advance(|idx| {
            if n == 0 {
                return false;
            }
            // Decrement the rightmost cycle, moving left when one rolls over.
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    idx[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    idx.swap(i, n - j);
                    return true;
                }
            }
            false
        });
        drop(cycles);
        Ok(if more { s.result(r, |_| 0) } else { None })
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.s.visit(visit);
    }
}
