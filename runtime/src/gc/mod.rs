//! The cycle collector: reference counting frees most objects, this finds the
//! reference cycles it cannot, as CPython's `gc` module does.
//!
//! Objects that can hold references to other objects (lists, tuples, dicts, sets,
//! functions, cells, instances, generators, iterators, exceptions...; see
//! [`is_gc_type`]) are allocated with a [`GcHead`] placed *before* their object
//! header, so the object layouts and the ABI are the same as for other objects. The
//! head links the object into one of three generations (doubly linked lists) and has
//! room for the collector's bookkeeping.
//!
//! A collection of a generation (and the younger ones) is CPython's algorithm:
//! 1. copy each object's reference count into its head (`gc_refs`);
//! 2. subtract, for every reference one collected object holds to another
//!    ([`traverse`]), one from the target's `gc_refs` — what remains counts the
//!    references from outside the collected objects (local variables, module
//!    globals, older objects);
//! 3. every object with outside references is reachable, and so is everything it
//!    references; the rest is garbage;
//! 4. weak references to the garbage are cleared and their callbacks called, then the
//!    garbage's finalizers (`__del__`, closing suspended generators) run, once per
//!    object in its life (PEP 442);
//! 5. if a finalizer made some garbage reachable again, that part survives;
//! 6. the cycles are broken by clearing the references of the garbage ([`clear`]),
//!    and reference counting frees the objects.
//!
//! Collections start when the number of container allocations minus deallocations
//! passes the youngest generation's threshold (700), and older generations are
//! collected every 10 collections of the next younger one, with CPython's rule that a
//! full collection waits until a quarter of the long-lived objects are new.
//!
//! The runtime is single-threaded, so the collector's state is plain statics.

pub mod module;
mod traverse;

pub use traverse::{clear, traverse};

use crate::types::{Kind, TypeObj};
use crate::value::{Obj, RefCnt, Value};
use std::cell::UnsafeCell;

/// The collector's part of an object, placed just before the object's header.
#[repr(C)]
pub struct GcHead {
    next: *mut GcHead,
    prev: *mut GcHead,
    /// Flags in the low byte (see `TRACKED`...), the collector's `gc_refs` above it.
    bits: u64,
}

/// The object is linked into a generation.
const TRACKED: u64 = 1;
/// Its finalizer has run (it is never run twice).
const FINALIZED: u64 = 2;
/// Weak references to it exist (see `weakref`).
const WEAKREFS: u64 = 4;
/// It belongs to the generations being collected.
const COLLECTING: u64 = 8;
/// It was found reachable during this collection.
const REACHABLE: u64 = 16;
/// Garbage that a finalizer left unreferenced (see `handle_garbage`).
const FREED: u64 = 32;
const FLAG_BITS: u64 = 0xff;
const REFS_SHIFT: u32 = 8;

/// An object with its collector head; `obj` is what values point to.
#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    obj: T,
}

const HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// One generation: a circular list with a sentinel head.
struct Gen {
    head: GcHead,
    threshold: i64,
    /// Allocations minus deallocations (generation 0) or collections of the next
    /// younger generation (older ones) since this generation was last collected.
    count: i64,
}

/// What `gc.get_stats()` reports per generation.
#[derive(Clone, Copy, Default)]
pub struct Stats {
    pub collections: i64,
    pub collected: i64,
    pub uncollectable: i64,
}

struct State {
    gens: [Gen; NUM_GENS],
    /// Objects moved out of the generations by `gc.freeze()`.
    permanent: GcHead,
    initialised: bool,
    enabled: bool,
    collecting: bool,
    /// Objects that survived a full collection, and those promoted to the oldest
    /// generation since (CPython's `long_lived_total` and `long_lived_pending`).
    long_lived_total: i64,
    long_lived_pending: i64,
    stats: [Stats; NUM_GENS],
    debug: i64,
}

pub const NUM_GENS: usize = 3;

struct Global(UnsafeCell<State>);
unsafe impl Sync for Global {}

const EMPTY_HEAD: GcHead = GcHead { next: std::ptr::null_mut(), prev: std::ptr::null_mut(), bits: 0 };

static STATE: Global = Global(UnsafeCell::new(State {
    gens: [
        Gen { head: EMPTY_HEAD, threshold: 700, count: 0 },
        Gen { head: EMPTY_HEAD, threshold: 10, count: 0 },
        Gen { head: EMPTY_HEAD, threshold: 10, count: 0 },
    ],
    permanent: EMPTY_HEAD,
    initialised: false,
    enabled: true,
    collecting: false,
    long_lived_total: 0,
    long_lived_pending: 0,
    stats: [Stats { collections: 0, collected: 0, uncollectable: 0 }; NUM_GENS],
    debug: 0,
}));

#[inline]
fn state() -> &'static mut State {
    let s = unsafe { &mut *STATE.0.get() };
    if !s.initialised {
        init(s);
    }
    s
}

#[cold]
fn init(s: &mut State) {
    for g in s.gens.iter_mut() {
        let h: *mut GcHead = &mut g.head;
        g.head.next = h;
        g.head.prev = h;
    }
    let p: *mut GcHead = &mut s.permanent;
    s.permanent.next = p;
    s.permanent.prev = p;
    s.initialised = true;
    // A testing aid: `KRAIT_GC_THRESHOLD=1` collects at every container allocation,
    // which finds a missing or extra reference in `traverse` quickly.
    if let Some(t) = std::env::var("KRAIT_GC_THRESHOLD").ok().and_then(|t| t.parse().ok()) {
        s.gens[0].threshold = t;
    }
}

// Which objects have a head.

/// Do objects of type `ty` carry a collector head? Containers do, and so does every
/// instance of a class defined in Python (its attribute dict may close a cycle).
/// Type objects never do: builtin types are statics, classes are never freed.
#[inline]
pub fn is_gc_type(ty: &TypeObj) -> bool {
    match ty.kind {
        Kind::List
        | Kind::Tuple
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Function
        | Kind::Cell
        | Kind::Instance
        | Kind::BoundMethod
        | Kind::Descriptor
        | Kind::Generator
        | Kind::Coroutine
        | Kind::WeakRef
        | Kind::Iter
        | Kind::DictView
        | Kind::Method
        | Kind::Exception => true,
        Kind::Type => false,
        _ => !ty.heap.is_null(),
    }
}

/// The head of an object that has one (the caller checked).
#[inline]
unsafe fn head_of(v: Value) -> *mut GcHead {
    (v.0 as *mut u8).sub(HEAD_SIZE) as *mut GcHead
}

#[inline]
unsafe fn obj_of(h: *mut GcHead) -> Value {
    Value((h as *mut u8).add(HEAD_SIZE) as u64)
}

/// The head of `v` if it is a heap object with one (immortal objects are left alone:
/// some are statics without a head).
#[inline]
fn gc_head(v: Value) -> Option<*mut GcHead> {
    if v.is_null() || v.is_small() {
        return None;
    }
    if !is_gc_type(v.ty()) || v.refcount() >= RefCnt::IMMORTAL / 2 {
        return None;
    }
    Some(unsafe { head_of(v) })
}

// Allocation and release.

/// Allocates an object: with a collector head (and tracked) when its type needs one.
/// `x` must start with a [`crate::value::Header`].
#[inline]
pub fn new_obj<T>(x: T) -> Obj {
    let ty = unsafe { &*(*(&x as *const T as *const crate::value::Header)).ty };
    if !is_gc_type(ty) {
        return unsafe { Value::from_ptr(Box::into_raw(Box::new(x))).owned() };
    }
    const { assert!(std::mem::align_of::<T>() <= 8) };
    let b = Box::into_raw(Box::new(GcBox { gc: GcHead { next: std::ptr::null_mut(), prev: std::ptr::null_mut(), bits: 0 }, obj: x }));
    let v = unsafe { Value::from_ptr(&(*b).obj) };
    track(v);
    counted_allocation();
    unsafe { v.owned() }
}

/// Frees the memory of an object of layout `T` whose contents the caller has not
/// dropped yet (this drops them): the counterpart of [`new_obj`].
#[inline]
pub unsafe fn free<T>(p: *mut u8) {
    let v = Value(p as u64);
    if !is_gc_type(v.ty()) {
        drop(Box::from_raw(p as *mut T));
        return;
    }
    let h = head_of(v);
    if (*h).bits & TRACKED != 0 {
        unlink(h);
        (*h).bits &= !TRACKED;
    }
    let s = state();
    if s.gens[0].count > 0 {
        s.gens[0].count -= 1;
    }
    drop(Box::from_raw(h as *mut GcBox<T>));
}

#[inline]
fn counted_allocation() {
    let s = state();
    s.gens[0].count += 1;
    if s.gens[0].count > s.gens[0].threshold && s.enabled && !s.collecting && s.gens[0].threshold > 0 {
        collect_generations();
    }
}

#[inline]
unsafe fn unlink(h: *mut GcHead) {
    let (n, p) = ((*h).next, (*h).prev);
    (*p).next = n;
    (*n).prev = p;
    (*h).next = std::ptr::null_mut();
    (*h).prev = std::ptr::null_mut();
}

#[inline]
unsafe fn append(h: *mut GcHead, list: *mut GcHead) {
    let last = (*list).prev;
    (*h).prev = last;
    (*h).next = list;
    (*last).next = h;
    (*list).prev = h;
}

/// Moves every object of `from` to the end of `to`.
unsafe fn splice(from: *mut GcHead, to: *mut GcHead) {
    if (*from).next == from {
        return;
    }
    let (first, last) = ((*from).next, (*from).prev);
    let tail = (*to).prev;
    (*tail).next = first;
    (*first).prev = tail;
    (*last).next = to;
    (*to).prev = last;
    (*from).next = from;
    (*from).prev = from;
}

unsafe fn list_len(list: *mut GcHead) -> i64 {
    let mut n = 0;
    let mut h = (*list).next;
    while h != list {
        n += 1;
        h = (*h).next;
    }
    n
}

/// Starts tracking an object that has a head (into the youngest generation).
pub fn track(v: Value) {
    if let Some(h) = gc_head(v) {
        unsafe {
            if (*h).bits & TRACKED == 0 {
                append(h, &mut state().gens[0].head);
                (*h).bits |= TRACKED;
            }
        }
    }
}

/// Stops tracking an object (it can then never be found in a cycle).
pub fn untrack(v: Value) {
    if let Some(h) = gc_head(v) {
        unsafe {
            if (*h).bits & TRACKED != 0 {
                unlink(h);
                (*h).bits &= !TRACKED;
            }
        }
    }
}

/// `gc.is_tracked(v)`.
pub fn is_tracked(v: Value) -> bool {
    match gc_head(v) {
        Some(h) => unsafe { (*h).bits & TRACKED != 0 },
        None => false,
    }
}

/// Has the object's finalizer run already (`gc.is_finalized`)?
pub fn is_finalized(v: Value) -> bool {
    match gc_head(v) {
        Some(h) => unsafe { (*h).bits & FINALIZED != 0 },
        None => false,
    }
}

/// Records that the object's finalizer ran (or is about to): it never runs again.
pub fn set_finalized(v: Value) {
    if let Some(h) = gc_head(v) {
        unsafe { (*h).bits |= FINALIZED };
    }
}

/// Does the object have weak references? (Only objects with a head can have them.)
#[inline]
pub fn has_weakrefs(v: Value) -> bool {
    match gc_head(v) {
        Some(h) => unsafe { (*h).bits & WEAKREFS != 0 },
        None => false,
    }
}

/// Marks or unmarks the object as weakly referenced; false when it cannot be.
pub fn set_weakrefs(v: Value, on: bool) -> bool {
    match gc_head(v) {
        Some(h) => unsafe {
            if on {
                (*h).bits |= WEAKREFS;
            } else {
                (*h).bits &= !WEAKREFS;
            }
            true
        },
        None => false,
    }
}

// Collection.

#[inline]
unsafe fn refs(h: *mut GcHead) -> i64 {
    ((*h).bits as i64) >> REFS_SHIFT
}

#[inline]
unsafe fn set_refs(h: *mut GcHead, n: i64) {
    (*h).bits = ((n as u64) << REFS_SHIFT) | ((*h).bits & FLAG_BITS);
}

/// The head of `v` when it is one of the objects being collected.
#[inline]
fn collecting_head(v: Value) -> Option<*mut GcHead> {
    let h = gc_head(v)?;
    unsafe { ((*h).bits & COLLECTING != 0).then_some(h) }
}

/// Collects what CPython would at an allocation: the oldest generation whose count
/// passed its threshold.
fn collect_generations() {
    let s = state();
    for g in (0..NUM_GENS).rev() {
        if s.gens[g].count > s.gens[g].threshold {
            // A full collection only when a quarter of the long-lived objects are new.
            if g == NUM_GENS - 1 && s.long_lived_pending < s.long_lived_total / 4 {
                continue;
            }
            collect(g);
            break;
        }
    }
}

/// Collects generation `g` and the younger ones; returns how many objects were
/// found unreachable (`gc.collect()`'s result).
pub fn collect(g: usize) -> i64 {
    let s = state();
    if s.collecting {
        return 0;
    }
    s.collecting = true;
    let n = unsafe { collect_inner(s, g) };
    s.collecting = false;
    n
}

unsafe fn collect_inner(s: &mut State, g: usize) -> i64 {
    // The generation counts, as CPython keeps them.
    if g + 1 < NUM_GENS {
        s.gens[g + 1].count += 1;
    }
    for i in 0..=g {
        s.gens[i].count = 0;
    }
    // Merge the younger generations into the one collected.
    let young: *mut GcHead = &mut s.gens[g].head;
    for i in 0..g {
        let from: *mut GcHead = &mut s.gens[i].head;
        splice(from, young);
    }

    // 1. gc_refs = reference count.
    let mut h = (*young).next;
    while h != young {
        let v = obj_of(h);
        (*h).bits |= COLLECTING;
        set_refs(h, v.refcount().min(1 << 40));
        h = (*h).next;
    }
    // 2. Subtract the references from within the collected objects.
    let mut h = (*young).next;
    while h != young {
        subtract_internal(obj_of(h), 0);
        h = (*h).next;
    }
    // 3. Mark what the objects with outside references reach.
    let mut stack: Vec<Value> = Vec::new();
    let mut h = (*young).next;
    while h != young {
        if refs(h) > 0 {
            (*h).bits |= REACHABLE;
            stack.push(obj_of(h));
        }
        h = (*h).next;
    }
    mark(&mut stack);
    // Separate the garbage; untrack tuples that hold only untracked values (they can
    // never be part of a cycle), as CPython does.
    let mut garbage: Vec<Obj> = Vec::new();
    let mut h = (*young).next;
    while h != young {
        let next = (*h).next;
        let v = obj_of(h);
        if (*h).bits & REACHABLE == 0 {
            garbage.push(v.to_owned());
        } else if v.ty().kind == Kind::Tuple && tuple_untrackable(v) {
            unlink(h);
            (*h).bits &= !TRACKED;
        }
        (*h).bits &= !(REACHABLE | COLLECTING);
        h = next;
    }
    // The survivors move to the next generation.
    let survivors = if g + 1 < NUM_GENS {
        let to: *mut GcHead = &mut s.gens[g + 1].head;
        let n = if g + 1 == NUM_GENS - 1 { list_len(young) } else { 0 };
        splice(young, to);
        n
    } else {
        list_len(young)
    };
    if g + 1 == NUM_GENS - 1 {
        s.long_lived_pending += survivors;
    } else if g == NUM_GENS - 1 {
        s.long_lived_pending = 0;
        s.long_lived_total = survivors;
    }
    // Garbage is moved to the oldest generation while it is handled, so that an
    // object resurrected by a finalizer is tracked again there.
    let old: *mut GcHead = &mut s.gens[NUM_GENS - 1].head;
    for o in &garbage {
        let h = head_of(o.v());
        unlink(h);
        append(h, old);
    }
    let found = if garbage.is_empty() { 0 } else { handle_garbage(garbage) };
    s.stats[g].collections += 1;
    s.stats[g].collected += found;
    found
}

/// Subtracts one from `gc_refs` of every collected object `v` refers to, except
/// those with a flag of `skip`.
unsafe fn subtract_internal(v: Value, skip: u64) {
    traverse(v, &mut |c| {
        if let Some(ch) = collecting_head(c) {
            if (*ch).bits & skip == 0 {
                set_refs(ch, refs(ch) - 1);
            }
        }
    });
}

/// Marks everything reachable from the objects on `stack` (already marked).
unsafe fn mark(stack: &mut Vec<Value>) {
    while let Some(v) = stack.pop() {
        traverse(v, &mut |c| {
            if let Some(ch) = collecting_head(c) {
                if (*ch).bits & REACHABLE == 0 {
                    (*ch).bits |= REACHABLE;
                    stack.push(c);
                }
            }
        });
    }
}

fn tuple_untrackable(v: Value) -> bool {
    let t = unsafe { v.as_ref::<crate::objects::TupleObj>() };
    t.items.iter().all(|&x| match gc_head(x) {
        Some(h) => unsafe { (*h).bits & TRACKED == 0 },
        None => true,
    })
}

/// Weak references, finalizers, resurrection, then breaking the cycles. `garbage`
/// holds a reference to each object, so none is freed before the end.
unsafe fn handle_garbage(garbage: Vec<Obj>) -> i64 {
    // Weak references to garbage are cleared first; their callbacks run unless the
    // weak reference object is garbage itself.
    for o in &garbage {
        if has_weakrefs(o.v()) {
            crate::weakref::clear_refs(o.v(), |wr| match gc_head(wr) {
                Some(h) => !garbage.iter().any(|g| head_of(g.v()) == h),
                None => true,
            });
        }
    }
    // Finalizers, once per object.
    for o in &garbage {
        let v = o.v();
        if !is_finalized(v) && traverse::has_finalizer(v) {
            set_finalized(v);
            traverse::finalize(v);
        }
    }
    // Finalizers may have released references (a closed generator drops its locals)
    // or stored some garbage somewhere reachable. CPython holds no references of its
    // own here, so what nothing else refers to any more is freed by reference
    // counting during the finalizers and is not counted as collected; model that
    // (`FREED`), then find what is reachable again from outside the rest.
    for o in &garbage {
        let h = head_of(o.v());
        (*h).bits |= COLLECTING;
        set_refs(h, o.v().refcount() - 1);
    }
    let mut work: Vec<Value> = garbage.iter().map(|o| o.v()).filter(|&v| refs(head_of(v)) == 0).collect();
    for &v in &work {
        (*head_of(v)).bits |= FREED;
    }
    while let Some(v) = work.pop() {
        traverse(v, &mut |c| {
            if let Some(ch) = collecting_head(c) {
                if (*ch).bits & FREED == 0 {
                    set_refs(ch, refs(ch) - 1);
                    if refs(ch) == 0 {
                        (*ch).bits |= FREED;
                        work.push(c);
                    }
                }
            }
        });
    }
    for o in &garbage {
        if (*head_of(o.v())).bits & FREED == 0 {
            subtract_internal(o.v(), FREED);
        }
    }
    let mut stack = Vec::new();
    for o in &garbage {
        let h = head_of(o.v());
        if (*h).bits & FREED == 0 && refs(h) > 0 {
            (*h).bits |= REACHABLE;
            stack.push(o.v());
        }
    }
    mark(&mut stack);
    let mut dead = Vec::with_capacity(garbage.len());
    let mut resurrected = Vec::new();
    let mut counted = 0;
    for o in garbage {
        let h = head_of(o.v());
        let alive = (*h).bits & REACHABLE != 0;
        if !alive && (*h).bits & FREED == 0 {
            counted += 1;
        }
        (*h).bits &= !(REACHABLE | COLLECTING | FREED);
        if alive {
            resurrected.push(o);
        } else {
            dead.push(o);
        }
    }
    drop(resurrected);
    // Break the cycles; reference counting frees the objects when `dead` goes.
    for o in &dead {
        clear(o.v());
    }
    drop(dead);
    counted
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    let s = state();
    let to: *mut GcHead = &mut s.permanent;
    for g in s.gens.iter_mut() {
        let from: *mut GcHead = &mut g.head;
        unsafe { splice(from, to) };
        g.count = 0;
    }
}

/// `gc.unfreeze()`: the permanent generation back into the oldest.
pub fn unfreeze() {
    let s = state();
    let from: *mut GcHead = &mut s.permanent;
    let to: *mut GcHead = &mut s.gens[NUM_GENS - 1].head;
    unsafe { splice(from, to) };
}

pub fn freeze_count() -> i64 {
    let s = state();
    unsafe { list_len(&mut s.permanent) }
}

/// Every tracked object of generation `g` (all generations when `None`).
pub fn objects(g: Option<usize>) -> Vec<Value> {
    let s = state();
    let mut out = Vec::new();
    for (i, gen) in s.gens.iter_mut().enumerate() {
        if g.is_some_and(|g| g != i) {
            continue;
        }
        let list: *mut GcHead = &mut gen.head;
        unsafe {
            let mut h = (*list).next;
            while h != list {
                out.push(obj_of(h));
                h = (*h).next;
            }
        }
    }
    out
}

pub fn enabled() -> bool {
    state().enabled
}

pub fn set_enabled(on: bool) {
    state().enabled = on;
}

pub fn counts() -> [i64; NUM_GENS] {
    let s = state();
    [s.gens[0].count, s.gens[1].count, s.gens[2].count]
}

pub fn thresholds() -> [i64; NUM_GENS] {
    let s = state();
    [s.gens[0].threshold, s.gens[1].threshold, s.gens[2].threshold]
}

pub fn set_thresholds(t: &[i64]) {
    let s = state();
    for (i, &x) in t.iter().enumerate().take(NUM_GENS) {
        s.gens[i].threshold = x;
    }
}

pub fn stats() -> [Stats; NUM_GENS] {
    state().stats
}

pub fn debug_flags() -> i64 {
    state().debug
}

pub fn set_debug_flags(f: i64) {
    state().debug = f;
}
