//! The `_heapq` module (CPython's `Modules/_heapqmodule.c`): the heap operations
//! `heapq.py` re-exports, on lists. The sift loops are CPython's, comparison for
//! comparison (`newitem < parent` going up, `left < right` choosing a child going
//! down, the operands swapped for the max-heap variants), so which equal items move
//! and which `__lt__` calls happen match; a list that changes size during a
//! comparison raises CPython's RuntimeError.

use crate::clinic::{check_positional, no_keywords, one_arg};
use krait_abi::CmpOp;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, INDEX_ERROR, RUNTIME_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::ops;

/// The items of a heap (the caller checked it is a list).
fn items<'a>(heap: Value) -> &'a mut Vec<Value> {
    &mut as_list(heap).unwrap().items
}

/// `PyList_Check`, with the message of the function (`argument 1` when it takes more).
fn check_list(heap: Value, what: &str) -> R<()> {
    if heap.is_small() || heap.ty().kind != Kind::List {
        return type_error(format!("{} must be list, not {}", what, ops::arg_type_name(heap)));
    }
    Ok(())
}

/// `a < b` on owned copies (the comparison may change the list).
fn less(a: Value, b: Value) -> R<bool> {
    let (a, b) = (a.to_owned(), b.to_owned());
    ops::compare_bool(CmpOp::Lt, a.v(), b.v())
}

fn changed<T>() -> R<T> {
    Err(raise(&RUNTIME_ERROR, "list changed size during iteration"))
}

/// Moves the item at `pos` up towards `startpos` while it is smaller than its parent
/// (`max`: larger).
fn siftdown(heap: Value, startpos: usize, mut pos: usize, max: bool) -> R<()> {
    let size = items(heap).len();
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (items(heap)[pos], items(heap)[parentpos]);
        let lt = if max { less(parent, newitem)? } else { less(newitem, parent)? };
        if size != items(heap).len() {
            return changed();
        }
        if !lt {
            break;
        }
        items(heap).swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then back up
/// (`siftdown`) to its place.
fn siftup(heap: Value, mut pos: usize, max: bool) -> R<()> {
    let endpos = items(heap).len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (a, b) = (items(heap)[childpos], items(heap)[childpos + 1]);
            let lt = if max { less(b, a)? } else { less(a, b)? };
            if !lt {
                childpos += 1;
            }
            if endpos != items(heap).len() {
                return changed();
            }
        }
        items(heap).swap(childpos, pos);
        pos = childpos;
    }
    siftdown(heap, startpos, pos, max)
}

fn push(a: &Args) -> R<Obj> {
    no_keywords(a, "_heapq.heappush")?;
    check_positional(a, "heappush", 2, 2)?;
    let heap = a.pos[0];
    check_list(heap, "heappush() argument 1")?;
    items(heap).push(a.pos[1].to_owned().into_raw());
    let n = items(heap).len();
    siftdown(heap, 0, n - 1, false)?;
    Ok(none())
}

fn pop(a: &Args, name: &str, max: bool) -> R<Obj> {
    let heap = one_arg(a, &format!("_heapq.{}", name))?;
    check_list(heap, &format!("{}() argument", name))?;
    let Some(last) = items(heap).pop() else {
        return Err(raise(&INDEX_ERROR, "index out of range"));
    };
    let last = unsafe { last.owned() };
    if items(heap).is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut items(heap)[0], last.into_raw());
    let ret = unsafe { ret.owned() };
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn replace(a: &Args, name: &str, max: bool) -> R<Obj> {
    no_keywords(a, &format!("_heapq.{}", name))?;
    check_positional(a, name, 2, 2)?;
    let heap = a.pos[0];
    check_list(heap, &format!("{}() argument 1", name))?;
    if items(heap).is_empty() {
        return Err(raise(&INDEX_ERROR, "index out of range"));
    }
    let ret = std::mem::replace(&mut items(heap)[0], a.pos[1].to_owned().into_raw());
    let ret = unsafe { ret.owned() };
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn pushpop(a: &Args) -> R<Obj> {
    no_keywords(a, "_heapq.heappushpop")?;
    check_positional(a, "heappushpop", 2, 2)?;
    let (heap, item) = (a.pos[0], a.pos[1]);
    check_list(heap, "heappushpop() argument 1")?;
    if items(heap).is_empty() {
        return Ok(item.to_owned());
    }
    if !less(items(heap)[0], item)? {
        return Ok(item.to_owned());
    }
    if items(heap).is_empty() {
        return Err(raise(&INDEX_ERROR, "index out of range"));
    }
    let ret = std::mem::replace(&mut items(heap)[0], item.to_owned().into_raw());
    let ret = unsafe { ret.owned() };
    siftup(heap, 0, false)?;
    Ok(ret)
}

/// The largest power of two not above `n` (`keep_top_bit`).
fn keep_top_bit(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        1 << (usize::BITS - 1 - n.leading_zeros())
    }
}

/// `heapify`: sift every parent down, bottom-up; lists of more than 2500 items in
/// CPython's cache-friendly order (the same result, other comparisons first).
fn heapify(a: &Args, name: &str, max: bool) -> R<Obj> {
    let heap = one_arg(a, &format!("_heapq.{}", name))?;
    check_list(heap, &format!("{}() argument", name))?;
    let n = items(heap).len();
    if n > 2500 {
        let m = (n >> 1) - 1;
        let mhalf = (m >> 1) as isize - 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let run = |from: isize, to: isize| -> R<()> {
            let mut i = from;
            while i >= to {
                let mut j = i as usize;
                loop {
                    siftup(heap, j, max)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
                i -= 1;
            }
            Ok(())
        };
        run(leftmost as isize - 1, mhalf)?;
        run(m as isize - 1, leftmost as isize)?;
        return Ok(none());
    }
    for i in (0..n / 2).rev() {
        siftup(heap, i, max)?;
    }
    Ok(none())
}

builtin!(heappush, |a| push(a));
builtin!(heappop, |a| pop(a, "heappop", false));
builtin!(heapreplace, |a| replace(a, "heapreplace", false));
builtin!(heappushpop, |a| pushpop(a));
builtin!(heapify_min, |a| heapify(a, "heapify", false));
builtin!(heappop_max, |a| pop(a, "_heappop_max", true));
builtin!(heapify_max, |a| heapify(a, "_heapify_max", true));
builtin!(heapreplace_max, |a| replace(a, "_heapreplace_max", true));

/// `import _heapq`.
#[no_mangle]
pub extern "C" fn krait_module__heapq() -> Value {
    abi(krait_runtime::sysmod::new_module(
        "_heapq",
        vec![
            ("__doc__", str_from(DOC)),
            ("_heapify_max", builtin_fn("_heapify_max", heapify_max)),
            ("_heappop_max", builtin_fn("_heappop_max", heappop_max)),
            ("_heapreplace_max", builtin_fn("_heapreplace_max", heapreplace_max)),
            ("heapify", builtin_fn("heapify", heapify_min)),
            ("heappop", builtin_fn("heappop", heappop)),
            ("heappush", builtin_fn("heappush", heappush)),
            ("heappushpop", builtin_fn("heappushpop", heappushpop)),
            ("heapreplace", builtin_fn("heapreplace", heapreplace)),
        ],
    ))
}

/// The module docstring (CPython's).
const DOC: &str = r#"Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"#;
