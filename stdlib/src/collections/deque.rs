//! `collections.deque`: the state (a ring buffer of owned references, the maximum
//! length and CPython's mutation counter), construction and the mutating methods.
//! Reading, operators and iteration are in `deque_ops.rs`.

use crate::support::*;
use krait_runtime::call::Args;
use krait_runtime::exc::raise;
use krait_runtime::objects::*;
use krait_runtime::types::{INDEX_ERROR, OVERFLOW_ERROR, VALUE_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// The state of a deque. Python code (comparisons, `__del__` of a released item) never
/// runs while `items` is borrowed.
pub struct Deque {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Cell<Option<usize>>,
    /// Changed by every operation that adds or removes items (CPython's `state`), so
    /// iterators notice the deque was mutated.
    pub state: Cell<u64>,
}

impl krait_runtime::native_obj::NativeState for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        for &v in self.items.borrow().iter() {
            visit(v);
        }
    }
    fn clear(&self) {
        self.clear_items();
    }
}

impl Drop for Deque {
    fn drop(&mut self) {
        for v in self.items.get_mut().drain(..) {
            v.decref();
        }
    }
}

pub fn new_state() -> Box<dyn krait_runtime::native_obj::NativeState> {
    Box::new(Deque { items: RefCell::new(VecDeque::new()), maxlen: Cell::new(None), state: Cell::new(0) })
}

impl Deque {
    pub fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    /// A new reference to item `i`.
    pub fn get(&self, i: usize) -> Option<Obj> {
        self.items.borrow().get(i).map(|&v| v.to_owned())
    }
    /// New references to all the items.
    pub fn snapshot(&self) -> Vec<Obj> {
        self.items.borrow().iter().map(|&v| v.to_owned()).collect()
    }
    pub fn push_back(&self, v: Obj) {
        self.bump();
        let dropped = {
            let mut it = self.items.borrow_mut();
            it.push_back(v.into_raw());
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_front(),
                _ => None,
            }
        };
        if let Some(d) = dropped {
            d.decref();
        }
    }
    pub fn push_front(&self, v: Obj) {
        self.bump();
        let dropped = {
            let mut it = self.items.borrow_mut();
            it.push_front(v.into_raw());
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_back(),
                _ => None,
            }
        };
        if let Some(d) = dropped {
            d.decref();
        }
    }
    pub fn pop_back(&self) -> Option<Obj> {
        let v = self.items.borrow_mut().pop_back()?;
        self.bump();
        Some(unsafe { v.owned() })
    }
    pub fn pop_front(&self) -> Option<Obj> {
        let v = self.items.borrow_mut().pop_front()?;
        self.bump();
        Some(unsafe { v.owned() })
    }
    pub fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        if !old.is_empty() {
            self.bump();
        }
        for v in old {
            v.decref();
        }
    }
    /// `rotate(n)`: `n` steps to the right.
    pub fn rotate(&self, n: i64) {
        let mut it = self.items.borrow_mut();
        let len = it.len();
        if len <= 1 {
            return;
        }
        self.bump();
        let k = n.rem_euclid(len as i64) as usize;
        it.rotate_right(k);
    }
    /// Appends the items of `iterable` (`left`: to the front, one by one).
    pub fn extend(&self, me: Value, iterable: Value, left: bool) -> R<()> {
        // `d.extend(d)` extends by a copy.
        let src = if iterable == me { list_from(self.snapshot().into_iter().map(Obj::into_raw).collect()) } else { iterable.to_owned() };
        let it = krait_runtime::ops::iter(src.v())?;
        while let Some(x) = krait_runtime::ops::next(it.v())? {
            if left {
                self.push_front(x);
            } else {
                self.push_back(x);
            }
        }
        Ok(())
    }
}

/// `PyLong_AsSsize_t` through `__index__`: "Python int too large to convert to C ssize_t".
pub fn ssize_exact(v: Value) -> R<i64> {
    match index_of(v)? {
        Some(i) => match fits(i.v()) {
            Some(n) => Ok(n),
            None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        },
        None => type_err(&format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}

/// `deque.__init__(iterable=(), maxlen=None)`.
pub fn init(d: &Deque, me: Value, a: &Args) -> R<()> {
    let b = a.bind("deque", &["iterable", "maxlen"], 0)?;
    let maxlen = match b[1] {
        Some(m) if !is_none(m) => {
            if !krait_runtime::seq::is_int(m) {
                return type_err("an integer is required");
            }
            match fits(m) {
                Some(n) if n < 0 => return Err(raise(&VALUE_ERROR, "maxlen must be non-negative")),
                Some(n) => Some(n as usize),
                None => return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
            }
        }
        _ => None,
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear_items();
    }
    if let Some(it) = b[0] {
        d.extend(me, it, false)?;
    }
    Ok(())
}

method!(deque_init, Deque, "deque", "collections.deque", "__init__", |d, o, a| {
    init(d, o, a)?;
    Ok(none())
});
method!(deque_append, Deque, "deque", "collections.deque", "append", |d, _o, a| {
    let x = one_arg(a, "deque.append")?;
    d.push_back(x.to_owned());
    Ok(none())
});
method!(deque_appendleft, Deque, "deque", "collections.deque", "appendleft", |d, _o, a| {
    let x = one_arg(a, "deque.appendleft")?;
    d.push_front(x.to_owned());
    Ok(none())
});
method!(deque_pop, Deque, "deque", "collections.deque", "pop", |d, _o, a| {
    no_args(a, "deque.pop")?;
    d.pop_back().ok_or_else(|| raise(&INDEX_ERROR, "pop from an empty deque"))
});
method!(deque_popleft, Deque, "deque", "collections.deque", "popleft", |d, _o, a| {
    no_args(a, "deque.popleft")?;
    d.pop_front().ok_or_else(|| raise(&INDEX_ERROR, "pop from an empty deque"))
});
method!(deque_extend, Deque, "deque", "collections.deque", "extend", |d, o, a| {
    let x = one_arg(a, "deque.extend")?;
    d.extend(o, x, false)?;
    Ok(none())
});
method!(deque_extendleft, Deque, "deque", "collections.deque", "extendleft", |d, o, a| {
    let x = one_arg(a, "deque.extendleft")?;
    d.extend(o, x, true)?;
    Ok(none())
});
method!(deque_clear, Deque, "deque", "collections.deque", "clear", |d, _o, a| {
    no_args(a, "deque.clear")?;
    d.clear_items();
    Ok(none())
});
method!(deque_rotate, Deque, "deque", "collections.deque", "rotate", |d, _o, a| {
    no_keywords(a, "deque.rotate")?;
    check_positional(a, "deque.rotate", 0, 1)?;
    let n = match a.pos.first() {
        Some(&v) => ssize_exact(v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(none())
});
method!(deque_reverse, Deque, "deque", "collections.deque", "reverse", |d, _o, a| {
    no_args(a, "deque.reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(none())
});
method!(deque_insert, Deque, "deque", "collections.deque", "insert", |d, _o, a| {
    no_keywords(a, "deque.insert")?;
    if a.pos.len() != 2 {
        return type_err(&format!("insert() takes exactly 2 arguments ({} given)", a.pos.len()));
    }
    let i = ssize_exact(a.pos[0])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(raise(&INDEX_ERROR, "deque already at its maximum size"));
    }
    let at = if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) };
    d.bump();
    d.items.borrow_mut().insert(at, a.pos[1].to_owned().into_raw());
    Ok(none())
});
method!(deque_remove, Deque, "deque", "collections.deque", "remove", |d, _o, a| {
    let x = one_arg(a, "deque.remove")?;
    let mut c = 0;
    match super::deque_ops::find(d, x, 0, d.len(), &mut c, false)? {
        Some(i) => {
            let v = d.items.borrow_mut().remove(i);
            d.bump();
            if let Some(v) = v {
                v.decref();
            }
            Ok(none())
        }
        None => Err(raise(&VALUE_ERROR, format!("{} is not in deque", repr_text(x)?))),
    }
});
method!(deque_reduce, Deque, "deque", "collections.deque", "__reduce__", |d, o, a| {
    no_args(a, "deque.__reduce__")?;
    let state = match krait_runtime::class::instance_dict(o, false) {
        Some(dict) if as_dict(dict).unwrap().table.len() > 0 => dict.to_owned(),
        _ => none(),
    };
    let args = match d.maxlen.get() {
        None => tuple_from(vec![]),
        Some(m) => tuple_from(vec![tuple_from(vec![]).into_raw(), int_from_i64(m as i64).into_raw()]),
    };
    let it = krait_runtime::ops::iter(o)?;
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), args.into_raw(), state.into_raw(), it.into_raw()]))
});
method!(deque_copy, Deque, "deque", "collections.deque", "copy", |_d, o, a| {
    no_args(a, "deque.copy")?;
    copy(o)
});
method!(deque_dunder_copy, Deque, "deque", "collections.deque", "__copy__", |_d, o, a| {
    no_args(a, "deque.__copy__")?;
    copy(o)
});

/// `d.copy()`: a deque of the same class; a subclass is called with `(d, maxlen)`.
pub fn copy(o: Value) -> R<Obj> {
    let d = krait_runtime::native_obj::state::<Deque>(o).unwrap();
    if std::ptr::eq(o.ty(), super::deque_type()) {
        let new = krait_runtime::native_obj::new(o.ty(), new_state());
        let nd = krait_runtime::native_obj::state::<Deque>(new.v()).unwrap();
        nd.maxlen.set(d.maxlen.get());
        for x in d.snapshot() {
            nd.push_back(x);
        }
        return Ok(new);
    }
    let cls = o.ty().as_value();
    let r = match d.maxlen.get() {
        None => krait_runtime::call::call(cls, &Args::positional(&[o]))?,
        Some(m) => {
            let m = int_from_i64(m as i64);
            krait_runtime::call::call(cls, &Args::positional(&[o, m.v()]))?
        }
    };
    if krait_runtime::native_obj::state::<Deque>(r.v()).is_none() {
        return type_err(&format!("{}() must return a deque, not {}", o.ty().name, r.v().ty().name));
    }
    Ok(r)
}

/// The methods defined here.
pub fn methods(out: &mut Vec<(&'static str, krait_runtime::types::BuiltinFn)>) {
    out.extend([
        ("__init__", deque_init as krait_runtime::types::BuiltinFn),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("rotate", deque_rotate),
        ("reverse", deque_reverse),
        ("insert", deque_insert),
        ("remove", deque_remove),
        ("copy", deque_copy),
        ("__reduce__", deque_reduce),
        ("__copy__", deque_dunder_copy),
    ]);
}
