//! The generic object protocol: the one place that dispatches an operation on any
//! value to the module of its type (`num`, `strs`, `seq`, `dicts`, `sets`, `iter`,
//! `call`, `exc`), and the ABI entry points for operators, subscripts and attributes.
//!
//! Per-type modules answer `Ok(None)` ("not for me") when an operand is not theirs, so
//! the dispatcher can try the other operand or raise CPython's TypeError.

use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, abi_bool, Obj, Raised, Value, R};
use krait_abi::{BinOp, CmpOp, UnaryOp};

/// The name of a value's type, for messages.
pub fn type_name(v: Value) -> &'static str {
    v.ty().name
}

/// A value's type name as Argument Clinic's bad-argument messages give it: "None" for None.
pub fn arg_type_name(v: Value) -> &'static str {
    if is_none(v) {
        "None"
    } else {
        type_name(v)
    }
}

fn is_numeric(v: Value) -> bool {
    matches!(v.ty().kind, Kind::Int | Kind::Bool | Kind::Float)
}

/// `repr(v)` as a str object.
pub fn repr(v: Value) -> R<Obj> {
    crate::recursion::guard(|| repr_inner(v))
}

/// Is `v` an object of a class defined in Python?
#[inline]
fn heap(v: Value) -> bool {
    !v.is_small() && !v.ty().heap.is_null()
}

fn repr_inner(v: Value) -> R<Obj> {
    if heap(v) {
        if let Some(r) = crate::class::repr_hook(v)? {
            return Ok(r);
        }
    }
    repr_base(v)
}

/// `repr(v)` by the builtin layout of `v`, ignoring its class's `__repr__`.
pub fn repr_base(v: Value) -> R<Obj> {
    let s: String = match v.ty().kind {
        Kind::Int | Kind::Bool | Kind::Float => crate::num::repr_checked(v)?,
        Kind::Str => crate::strs::repr(v),
        Kind::Bytes => crate::bytes::repr(v),
        Kind::Complex => crate::complex::repr(v),
        Kind::ByteArray => crate::bytearray::repr(v),
        Kind::MemoryView => crate::memoryview::repr(v),
        Kind::List | Kind::Tuple => return crate::seq::repr(v),
        Kind::Dict | Kind::DictView => return crate::dicts::repr(v),
        Kind::Set | Kind::FrozenSet => return crate::sets::repr(v),
        Kind::Range => return crate::iter::range_repr(v),
        Kind::NoneType => "None".into(),
        Kind::NotImplementedType => "NotImplemented".into(),
        Kind::Ellipsis => "Ellipsis".into(),
        Kind::Exception => return crate::exc::exc_repr(crate::exc::as_exc(v).unwrap(), v.ty()),
        Kind::Type => {
            let t = unsafe { v.as_ref::<TypeObj>() };
            match crate::class::qualified_name(t) {
                Some(q) => format!("<class '{}'>", q),
                None => format!("<class '{}'>", t.name),
            }
        }
        Kind::Function => format!("<function {} at {:#x}>", crate::func::func_qualname(v), v.0),
        Kind::BoundMethod => {
            let f = crate::class::bound_func(v);
            let s = crate::class::bound_self(v);
            let name = if f.ty().kind == Kind::Function { crate::func::func_qualname(f).to_string() } else { "?".into() };
            format!("<bound method {} of {}>", name, str_text(repr(s)?.v()))
        }
        Kind::Builtin => format!("<built-in function {}>", as_builtin(v).unwrap().name),
        Kind::Method if std::ptr::eq(v.ty(), &METHOD_DESCR_TYPE) => {
            let m = as_method(v).unwrap();
            format!("<method '{}' of '{}' objects>", str_text(m.name), unsafe { m.self_.as_ref::<TypeObj>() }.name)
        }
        Kind::Method if std::ptr::eq(v.ty(), &WRAPPER_DESCR_TYPE) => {
            let m = as_method(v).unwrap();
            format!("<slot wrapper '{}' of '{}' objects>", str_text(m.name), unsafe { m.self_.as_ref::<TypeObj>() }.name)
        }
        Kind::Method if std::ptr::eq(v.ty(), &METHOD_WRAPPER_TYPE) => {
            let m = as_method(v).unwrap();
            format!("<method-wrapper '{}' of {} object at {:#x}>", str_text(m.name), type_name(m.self_), m.self_.0)
        }
        Kind::Method => {
            let m = as_method(v).unwrap();
            format!("<built-in method {} of {} object at {:#x}>", str_text(m.name), type_name(m.self_), m.self_.0)
        }
        Kind::Module => return crate::module::repr(v),
        Kind::Slice => {
            let s = as_slice(v).unwrap();
            let (a, b, c) = (repr(s.start)?, repr(s.stop)?, repr(s.step)?);
            format!("slice({}, {}, {})", str_text(a.v()), str_text(b.v()), str_text(c.v()))
        }
        Kind::Object if crate::generic::as_alias(v).is_some() || crate::generic::as_union(v).is_some() => {
            return crate::generic::repr(v);
        }
        Kind::Cell => format!("<cell at {:#x}>", v.0),
        Kind::Generator => crate::gen::repr(v),
        Kind::WeakRef => crate::weakref::repr(v),
        Kind::Coroutine | Kind::Awaitable => crate::coro::repr(v),
        Kind::Descriptor if std::ptr::eq(v.ty(), &crate::class::PROPERTY_TYPE) => format!("<property object at {:#x}>", v.0),
        Kind::Descriptor if std::ptr::eq(v.ty(), &crate::class::SUPER_TYPE) => "<super object>".to_string(),
        Kind::Descriptor => format!("<{} object at {:#x}>", type_name(v), v.0),
        Kind::Iter => match crate::native_iter::repr(v)? {
            Some(r) => return Ok(r),
            None => format!("<{} object at {:#x}>", type_name(v), v.0),
        },
        // `object.__repr__`: a class defined in Python shows its module and qualified name.
        Kind::Object | Kind::Instance | Kind::Native => match crate::class::class_data(v.ty()) {
            Some(cd) if cd.module != "builtins" => format!("<{}.{} object at {:#x}>", cd.module, cd.qualname, v.0),
            Some(cd) => format!("<{} object at {:#x}>", cd.qualname, v.0),
            None => format!("<{} object at {:#x}>", type_name(v), v.0),
        },
    };
    Ok(str_from(s))
}

/// `str(v)` as a str object.
pub fn str_of(v: Value) -> R<Obj> {
    if heap(v) {
        if let Some(r) = crate::class::str_hook(v)? {
            return Ok(r);
        }
    }
    str_base(v)
}

/// `str(v)` by the builtin layout of `v`.
pub fn str_base(v: Value) -> R<Obj> {
    match v.ty().kind {
        Kind::Str => Ok(v.to_owned()),
        Kind::Exception => crate::exc::exc_str(crate::exc::as_exc(v).unwrap(), v.ty()),
        _ => repr(v),
    }
}

/// `hash(v)`.
pub fn hash(v: Value) -> R<i64> {
    if heap(v) {
        if let Some(h) = crate::class::hash_hook(v)? {
            return Ok(h);
        }
    }
    hash_base(v)
}

/// `hash(v)` by the builtin layout of `v`.
pub fn hash_base(v: Value) -> R<i64> {
    match v.ty().kind {
        Kind::Int | Kind::Bool | Kind::Float => Ok(crate::num::hash(v)),
        Kind::Str => Ok(crate::strs::hash(v)),
        Kind::Bytes => Ok(crate::bytes::hash(v)),
        Kind::Complex => Ok(crate::complex::hash(v)),
        Kind::MemoryView => crate::memoryview::hash(v),
        Kind::Tuple => crate::seq::tuple_hash(v),
        Kind::FrozenSet => crate::sets::frozenset_hash(v),
        Kind::Range => crate::iter::range_hash(v),
        Kind::WeakRef => crate::weakref::hash(v),
        Kind::Method => {
            let m = as_method(v).unwrap();
            Ok(((m.self_.0 >> 4) as i64) ^ crate::strs::hash(m.name))
        }
        Kind::Object if crate::generic::as_alias(v).is_some() || crate::generic::as_union(v).is_some() => {
            crate::generic::hash(v)
        }
        // dict_values compares by identity, so it hashes by identity too.
        Kind::DictView if std::ptr::eq(v.ty(), &DICT_VALUES_TYPE) => Ok(((v.0 >> 4) | (v.0 << 60)) as i64),
        Kind::List | Kind::Dict | Kind::Set | Kind::DictView | Kind::Slice | Kind::ByteArray => {
            type_error(format!("unhashable type: '{}'", type_name(v)))
        }
        // Identity hash, as object.__hash__ (the address rotated by 4 bits).
        _ => Ok(((v.0 >> 4) | (v.0 << 60)) as i64),
    }
}

/// `a == b`, as a Python truth value.
pub fn eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        // Containers treat an object as equal to itself (even NaN), as CPython's do.
        return Ok(true);
    }
    compare_bool(CmpOp::Eq, a, b)
}

/// A rich comparison with a bool result.
pub fn compare_bool(op: CmpOp, a: Value, b: Value) -> R<bool> {
    let r = compare(op, a, b)?;
    if let Some(b) = as_bool(r.v()) {
        return Ok(b);
    }
    truthy(r.v())
}

/// A rich comparison.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<Obj> {
    if heap(a) || heap(b) {
        if let Some(r) = crate::class::compare_hook(op, a, b)? {
            return Ok(r);
        }
    }
    compare_base(op, a, b)
}

/// A rich comparison by the builtin layouts of the operands.
pub fn compare_base(op: CmpOp, a: Value, b: Value) -> R<Obj> {
    let r = match (a.ty().kind, b.ty().kind) {
        _ if is_numeric(a) && is_numeric(b) => crate::num::compare(op, a, b)?,
        (Kind::Str, Kind::Str) => Some(crate::strs::compare(op, a, b)),
        (Kind::Bytes | Kind::ByteArray | Kind::MemoryView, Kind::Bytes | Kind::ByteArray | Kind::MemoryView) => crate::bytes::compare(op, a, b)?,
        (Kind::Complex, _) | (_, Kind::Complex) => crate::complex::compare(op, a, b)?,
        // Containers compare their items: nesting counts toward the recursion limit.
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) | (Kind::Dict, Kind::Dict) => {
            return crate::recursion::guard_where(" in comparison", || compare_containers(op, a, b));
        }
        _ => return compare_containers(op, a, b),
    };
    compare_result(op, a, b, r)
}

fn compare_containers(op: CmpOp, a: Value, b: Value) -> R<Obj> {
    let r = match (a.ty().kind, b.ty().kind) {
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => Some(crate::seq::compare(op, a, b)?),
        (Kind::Dict, Kind::Dict) => crate::dicts::compare(op, a, b)?,
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => Some(crate::sets::compare(op, a, b)?),
        (Kind::Range, Kind::Range) => crate::iter::range_compare(op, a, b)?,
        (Kind::DictView, _) | (_, Kind::DictView) => crate::dicts::view_compare(op, a, b)?,
        (Kind::Object, Kind::Object) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            crate::generic::equal(a, b)?.map(|e| e == (op == CmpOp::Eq))
        }
        (Kind::WeakRef, Kind::WeakRef) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            crate::weakref::equal(a, b)?.map(|e| e == (op == CmpOp::Eq))
        }
        // Builtin methods are equal when they are the same method of the same object
        // (`object.__new__ == object.__new__`, though each lookup makes a new one).
        (Kind::Method, Kind::Method) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let (x, y) = (as_method(a).unwrap(), as_method(b).unwrap());
            let same = std::ptr::eq(a.ty(), b.ty()) && x.self_ == y.self_ && str_text(x.name) == str_text(y.name);
            Some(same == (op == CmpOp::Eq))
        }
        // Slices compare as the tuples (start, stop, step).
        (Kind::Slice, Kind::Slice) => {
            let t = |v: Value| {
                let s = as_slice(v).unwrap();
                tuple_from(vec![s.start.to_owned().into_raw(), s.stop.to_owned().into_raw(), s.step.to_owned().into_raw()])
            };
            let (x, y) = (t(a), t(b));
            return compare(op, x.v(), y.v());
        }
        _ => None,
    };
    compare_result(op, a, b, r)
}

/// The answer of a comparison, or identity/TypeError when no type answered.
fn compare_result(op: CmpOp, a: Value, b: Value, r: Option<bool>) -> R<Obj> {
    if let Some(r) = r {
        return Ok(bool_obj(r));
    }
    match op {
        // Without a type-specific answer, == and != compare identity.
        CmpOp::Eq => Ok(bool_obj(a == b)),
        CmpOp::Ne => Ok(bool_obj(a != b)),
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        )),
    }
}

/// `bool(v)`.
pub fn truthy(v: Value) -> R<bool> {
    if heap(v) {
        if let Some(b) = crate::class::truthy_hook(v)? {
            return Ok(b);
        }
    }
    truthy_base(v)
}

/// The truth of `v` by its builtin layout.
pub fn truthy_base(v: Value) -> R<bool> {
    if v.is_small() {
        return Ok(v.as_small() != 0);
    }
    Ok(match v.ty().kind {
        Kind::Bool => as_bool(v).unwrap(),
        Kind::NoneType => false,
        Kind::Int | Kind::Float => crate::num::truthy(v),
        Kind::Str => as_str(v).unwrap().s.len() > 0,
        Kind::Bytes => !crate::bytes::as_bytes(v).unwrap().is_empty(),
        Kind::Complex => crate::complex::truthy(v),
        Kind::ByteArray => !crate::bytearray::data(v).is_empty(),
        Kind::MemoryView => crate::memoryview::len(v)? > 0,
        Kind::List => as_list(v).unwrap().items.len() > 0,
        Kind::Tuple => as_tuple(v).unwrap().items.len() > 0,
        Kind::Dict => as_dict(v).unwrap().table.len() > 0,
        Kind::Set | Kind::FrozenSet => as_set(v).unwrap().table.len() > 0,
        Kind::Range => crate::iter::range_truthy(v),
        Kind::DictView => len(v)? > 0,
        _ => true,
    })
}

/// `bool` payload of True/False.
pub fn as_bool(v: Value) -> Option<bool> {
    if v == bool_v(true) {
        Some(true)
    } else if v == bool_v(false) {
        Some(false)
    } else {
        None
    }
}

/// `len(v)`.
pub fn len(v: Value) -> R<usize> {
    if heap(v) {
        if let Some(n) = crate::class::len_hook(v)? {
            return Ok(n);
        }
    }
    len_base(v)
}

/// `len(v)` by the builtin layout of `v`.
pub fn len_base(v: Value) -> R<usize> {
    Ok(match v.ty().kind {
        Kind::Str => as_str(v).unwrap().nchars,
        Kind::Bytes => crate::bytes::as_bytes(v).unwrap().len(),
        Kind::ByteArray => crate::bytearray::data(v).len(),
        Kind::MemoryView => crate::memoryview::len(v)?,
        Kind::List => as_list(v).unwrap().items.len(),
        Kind::Tuple => as_tuple(v).unwrap().items.len(),
        Kind::Dict => as_dict(v).unwrap().table.len(),
        Kind::DictView => as_dict(as_dictview(v).unwrap().dict).unwrap().table.len(),
        Kind::Set | Kind::FrozenSet => as_set(v).unwrap().table.len(),
        Kind::Range => return crate::iter::range_len(v),
        _ => return type_error(format!("object of type '{}' has no len()", type_name(v))),
    })
}

/// `a <op> b`.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Obj> {
    if heap(a) || heap(b) {
        if let Some(r) = crate::class::binary_hook(op, a, b, false)? {
            return Ok(r);
        }
        // A sequence repeated by an object with `__index__`.
        if op == BinOp::Mul {
            let seq = |v: Value| !v.is_small() && matches!(v.ty().kind, Kind::Str | Kind::List | Kind::Tuple);
            if seq(a) && heap(b) {
                if let Some(i) = crate::class::index_value(b)? {
                    return binary_plain(op, a, i.v());
                }
            } else if seq(b) && heap(a) {
                if let Some(i) = crate::class::index_value(a)? {
                    return binary_plain(op, i.v(), b);
                }
            }
        }
    }
    binary_plain(op, a, b)
}

/// `a op b` by the builtin layouts, `None` when they do not support it.
pub fn binary_base(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    binary_opt(op, a, b)
}

fn binary_plain(op: BinOp, a: Value, b: Value) -> R<Obj> {
    match binary_opt(op, a, b)? {
        Some(r) => Ok(r),
        None => binary_type_error(op, a, b, false),
    }
}

/// `a <op> b`, or `Ok(None)` when neither operand's type supports the operation.
fn binary_opt(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if is_numeric(a) && is_numeric(b) {
        if let Some(r) = crate::num::binary(op, a, b)? {
            return Ok(Some(r));
        }
    }
    let r = match (a.ty().kind, b.ty().kind) {
        (Kind::Type | Kind::Object | Kind::NoneType, Kind::Type | Kind::Object | Kind::NoneType) if op == BinOp::Or => {
            crate::generic::union_or(a, b)?
        }
        (Kind::Str, _) if op == BinOp::Mod => crate::strs::binary(op, a, b)?,
        (Kind::ByteArray, _) => crate::bytearray::binary(op, a, b)?,
        (Kind::Bytes, _) | (_, Kind::Bytes) => crate::bytes::binary(op, a, b)?,
        (_, Kind::ByteArray) => crate::bytearray::binary(op, a, b)?,
        (Kind::Complex, _) | (_, Kind::Complex) => crate::complex::binary(op, a, b)?,
        (Kind::DictView, _) | (_, Kind::DictView) => crate::sets::binary(op, a, b)?,
        (Kind::Str, _) | (_, Kind::Str) => crate::strs::binary(op, a, b)?,
        (Kind::List | Kind::Tuple, _) | (_, Kind::List | Kind::Tuple) => crate::seq::binary(op, a, b)?,
        (Kind::Set | Kind::FrozenSet | Kind::DictView, _) | (_, Kind::Set | Kind::FrozenSet | Kind::DictView) => {
            crate::sets::binary(op, a, b)?
        }
        (Kind::Dict, Kind::Dict) => crate::dicts::binary(op, a, b)?,
        _ => None,
    };
    Ok(r)
}

fn binary_type_error<T>(op: BinOp, a: Value, b: Value, inplace: bool) -> R<T> {
    if op == BinOp::Add && a.ty().kind == Kind::Str {
        return type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b)));
    }
    if op == BinOp::Add && a.ty().kind == Kind::List {
        return type_error(format!("can only concatenate list (not \"{}\") to list", type_name(b)));
    }
    if op == BinOp::Add && a.ty().kind == Kind::Tuple {
        return type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b)));
    }
    if op == BinOp::Mul {
        // CPython falls back to sequence repetition (`sq_repeat`): the left operand's if
        // it has one, else the right one's. In place, a left operand with any sequence
        // methods (a dict, a set) blocks the fallback to the right operand.
        let repeats = |v: Value| matches!(v.ty().kind, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
        let has_seq_methods = |v: Value| {
            matches!(
                v.ty().kind,
                Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Range | Kind::DictView | Kind::Bytes | Kind::ByteArray | Kind::MemoryView
            )
        };
        if repeats(a) {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b)));
        }
        if repeats(b) && !(inplace && has_seq_methods(a)) {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(a)));
        }
    }
    let sym = if op == BinOp::Pow && !inplace { "** or pow()".to_string() } else { op.symbol().to_string() };
    let sym = if inplace { format!("{}=", sym) } else { sym };
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

/// `a <op>= b`: mutates lists, sets and dicts in place, otherwise as `binary`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Obj> {
    if heap(a) || heap(b) {
        if let Some(r) = crate::class::binary_hook(op, a, b, true)? {
            return Ok(r);
        }
    }
    inplace_plain(op, a, b)
}

fn inplace_plain(op: BinOp, a: Value, b: Value) -> R<Obj> {
    let r = match a.ty().kind {
        Kind::List => crate::seq::inplace(op, a, b)?,
        Kind::ByteArray => crate::bytearray::inplace(op, a, b)?,
        Kind::Set => crate::sets::inplace(op, a, b)?,
        Kind::Dict if op == BinOp::Or => crate::dicts::inplace_or(a, b)?,
        _ => None,
    };
    match r {
        Some(r) => Ok(r),
        None => match binary_opt(op, a, b)? {
            Some(r) => Ok(r),
            // Report the in-place operator, as CPython does.
            None => binary_type_error(op, a, b, true),
        },
    }
}

/// `-a`, `+a`, `~a`.
pub fn unary(op: UnaryOp, a: Value) -> R<Obj> {
    if heap(a) {
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
        };
        if let Some(r) = crate::class::dunder(a, name, &[])? {
            return Ok(r);
        }
    }
    unary_base(op, a)
}

fn unary_base(op: UnaryOp, a: Value) -> R<Obj> {
    if is_numeric(a) {
        if let Some(r) = crate::num::unary(op, a)? {
            return Ok(r);
        }
    }
    if let Some(r) = crate::complex::unary(op, a) {
        return Ok(r);
    }
    type_error(format!("bad operand type for unary {}: '{}'", op.symbol(), type_name(a)))
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> R<bool> {
    if heap(container) {
        if let Some(r) = crate::class::dunder(container, "__contains__", &[item])? {
            return truthy(r.v());
        }
        // Iteration decides, unless the builtin layout has its own `__contains__`.
        let builtin_contains = matches!(
            container.ty().kind,
            Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range | Kind::DictView
        );
        if !builtin_contains && (crate::class::lookup_type(container.ty(), "__iter__").is_some() || container.ty().kind == Kind::Instance) {
            let it = iter(container)?;
            while let Some(x) = next(it.v())? {
                if x.v() == item || eq(x.v(), item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    contains_base(container, item)
}

/// `item in container` by the container's builtin layout.
pub fn contains_base(container: Value, item: Value) -> R<bool> {
    if container.ty().kind == Kind::Generator {
        while let Some(x) = next(container)? {
            if x.v() == item || eq(x.v(), item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match container.ty().kind {
        Kind::Str => crate::strs::contains(container, item),
        Kind::Bytes => crate::bytes::contains(container, item),
        Kind::ByteArray => crate::bytes::contains_in(&crate::bytearray::data(container).to_vec(), item),
        Kind::MemoryView => crate::memoryview::contains(container, item),
        Kind::List | Kind::Tuple => crate::seq::contains(container, item),
        Kind::Dict | Kind::DictView => crate::dicts::contains(container, item),
        Kind::Set | Kind::FrozenSet => crate::sets::contains(container, item),
        Kind::Range => crate::iter::range_contains(container, item),
        Kind::Iter => {
            let it = iter(container)?;
            while let Some(x) = next(it.v())? {
                if eq(x.v(), item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error(format!("argument of type '{}' is not iterable", type_name(container))),
    }
}

/// `o[k]`.
pub fn getitem(o: Value, k: Value) -> R<Obj> {
    if heap(o) {
        if let Some(r) = crate::class::dunder(o, "__getitem__", &[k])? {
            return Ok(r);
        }
    }
    if o.ty().kind == Kind::Type {
        if let Some(r) = crate::class::class_getitem(o, k)? {
            return Ok(r);
        }
    }
    if !heap(o) || o.ty().kind != Kind::Instance {
        if let Some(nk) = crate::class::normalize_key(k)? {
            return getitem_base(o, nk.v());
        }
    }
    getitem_base(o, k)
}

/// `o[k]` by the builtin layout of `o`.
pub fn getitem_base(o: Value, k: Value) -> R<Obj> {
    match o.ty().kind {
        Kind::Str => crate::strs::getitem(o, k),
        Kind::Bytes => crate::bytes::getitem(o, k),
        Kind::ByteArray => crate::bytearray::getitem(o, k),
        Kind::MemoryView => crate::memoryview::getitem(o, k),
        Kind::List | Kind::Tuple => crate::seq::getitem(o, k),
        Kind::Dict => crate::dicts::getitem(o, k),
        Kind::Range => crate::iter::range_getitem(o, k),
        Kind::Type => crate::generic::class_getitem(unsafe { o.as_ref::<TypeObj>() }, k),
        Kind::Object if crate::generic::as_alias(o).is_some() => crate::generic::alias_getitem(o),
        _ => type_error(format!("'{}' object is not subscriptable", type_name(o))),
    }
}

/// `o[k] = v`.
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    if heap(o) {
        if let Some(_) = crate::class::dunder(o, "__setitem__", &[k, v])? {
            return Ok(());
        }
    }
    if o.ty().kind == Kind::List {
        if let Some(nk) = crate::class::normalize_key(k)? {
            return setitem_base(o, nk.v(), v);
        }
    }
    setitem_base(o, k, v)
}

/// `o[k] = v` by the builtin layout of `o`.
pub fn setitem_base(o: Value, k: Value, v: Value) -> R<()> {
    match o.ty().kind {
        Kind::List => crate::seq::setitem(o, k, v),
        Kind::Dict => crate::dicts::setitem(o, k, v),
        Kind::ByteArray => crate::bytearray::setitem(o, k, v),
        Kind::MemoryView => crate::memoryview::setitem(o, k, v),
        _ => type_error(format!("'{}' object does not support item assignment", type_name(o))),
    }
}

/// `del o[k]`.
pub fn delitem(o: Value, k: Value) -> R<()> {
    if heap(o) {
        if let Some(_) = crate::class::dunder(o, "__delitem__", &[k])? {
            return Ok(());
        }
    }
    delitem_base(o, k)
}

/// `del o[k]` by the builtin layout of `o`.
pub fn delitem_base(o: Value, k: Value) -> R<()> {
    match o.ty().kind {
        Kind::List => crate::seq::delitem(o, k),
        Kind::Dict => crate::dicts::delitem(o, k),
        Kind::ByteArray => crate::bytearray::delitem(o, k),
        Kind::MemoryView => type_error("cannot delete memory"),
        _ => type_error(format!("'{}' object doesn't support item deletion", type_name(o))),
    }
}

/// `iter(v)`.
pub fn iter(v: Value) -> R<Obj> {
    if heap(v) {
        if let Some(r) = crate::class::iter_hook(v)? {
            return Ok(r);
        }
    }
    crate::iter::get_iter(v)
}

/// `iter(v)` by the builtin layout of `v`.
pub fn iter_base(v: Value) -> R<Obj> {
    crate::iter::get_iter(v)
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(it: Value) -> R<Option<Obj>> {
    if heap(it) {
        if let Some(r) = crate::class::next_hook(it)? {
            return Ok(r);
        }
    }
    crate::iter::next(it)
}

/// Collects any iterable into a vector of owned references.
pub fn collect(v: Value) -> R<Vec<Obj>> {
    // A list or tuple whose class defines `__iter__` is iterated like anything else.
    if crate::seq::iterates_items(v) {
        if let Some(l) = as_list(v) {
            return Ok(l.items.iter().map(|&x| x.to_owned()).collect());
        }
        if let Some(t) = as_tuple(v) {
            return Ok(t.items.iter().map(|&x| x.to_owned()).collect());
        }
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(it.v())? {
        out.push(x);
    }
    Ok(out)
}

/// `o.name` (not followed by a call).
pub fn getattr(o: Value, name: &str) -> R<Obj> {
    if heap(o) {
        if o.ty().kind != Kind::Type {
            return crate::class::getattr(o, name);
        }
    }
    if o.ty().kind == Kind::Type {
        let t = unsafe { o.as_ref::<TypeObj>() };
        if !t.heap.is_null() || heap(o) {
            if let Some(v) = crate::class::type_getattr(o, name)? {
                return Ok(v);
            }
            if !t.heap.is_null() {
                return Err(attribute_error(o, name));
            }
        }
    }
    getattr_base(o, name)
}

/// `o.name`, or `None` when it raises AttributeError (CPython's
/// `_PyObject_LookupAttr`).
pub fn getattr_opt(o: Value, name: &str) -> R<Option<Obj>> {
    match getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `o.name` by the builtin layout of `o`.
pub fn getattr_base(o: Value, name: &str) -> R<Obj> {
    let found = match o.ty().kind {
        Kind::Type => match crate::call::type_getattr(o, name)? {
            Some(v) => Some(v),
            None => crate::native_iter::type_attr(unsafe { o.as_ref::<TypeObj>() }, name),
        },
        Kind::Descriptor => crate::class::descr_getattr(o, name)?,
        Kind::BoundMethod => crate::class::bound_getattr(o, name)?,
        Kind::Generator => crate::gen::getattr(o, name)?,
        Kind::WeakRef => crate::weakref::getattr(o, name)?,
        Kind::Coroutine => crate::coro::getattr(o, name)?,
        Kind::Cell if name == "cell_contents" => {
            let c = as_cell(o).unwrap().v;
            if c.is_null() {
                return Err(raise(&VALUE_ERROR, "Cell is empty"));
            }
            Some(c.to_owned())
        }
        Kind::Module => crate::call::module_getattr(o, name)?,
        Kind::Exception => crate::exc::exc_getattr(o, name)?,
        Kind::Function => crate::func::func_getattr(o, name)?,
        Kind::Int | Kind::Bool | Kind::Float => crate::num::getattr(o, name)?,
        Kind::Complex => crate::complex::getattr(o, name),
        Kind::MemoryView => crate::memoryview::getattr(o, name)?,
        Kind::Slice => {
            let s = as_slice(o).unwrap();
            match name {
                "start" => Some(s.start.to_owned()),
                "stop" => Some(s.stop.to_owned()),
                "step" => Some(s.step.to_owned()),
                _ => None,
            }
        }
        Kind::Range => crate::iter::range_getattr(o, name)?,
        Kind::Iter if crate::native_iter::has_method(o, name) => {
            let m = MethodObj { head: crate::value::Header::new(&METHOD_TYPE), self_: o.to_owned().into_raw(), name: str_from(name).into_raw(), raw: false };
            Some(crate::gc::new_obj(m))
        }
        Kind::Object if crate::traceback::as_tb(o).is_some() => crate::traceback::getattr(o, name)?,
        Kind::Object => crate::generic::getattr(o, name)?,
        _ => None,
    };
    if let Some(v) = found {
        return Ok(v);
    }
    if name == "__class__" {
        return Ok(o.ty().as_value().to_owned());
    }
    // Mutable builtin containers are unhashable: their `__hash__` is None.
    let unhashable = |k: Kind| matches!(k, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray);
    if name == "__hash__" && (unhashable(o.ty().kind) || crate::builtins::as_type(o).map_or(false, |t| !crate::class::is_heap(t) && unhashable(t.kind))) {
        return Ok(none());
    }
    // The name of a function of a native module (`math.sqrt.__name__`).
    if let Some(b) = as_builtin(o) {
        if name == "__name__" || name == "__qualname__" {
            return Ok(str_from(b.name));
        }
    }
    // The name and object of a builtin method (`str.upper.__name__`, `[].append.__self__`).
    if let Some(m) = as_method(o) {
        match name {
            "__name__" => return Ok(m.name.to_owned()),
            "__self__" => return Ok(m.self_.to_owned()),
            "__qualname__" => {
                let owner = crate::builtins::as_type(m.self_).unwrap_or(m.self_.ty());
                return Ok(str_from(format!("{}.{}", owner.name, str_text(m.name))));
            }
            _ => {}
        }
    }
    // A method of a builtin type, looked up but not called yet.
    if has_method(o, name) {
        let m = MethodObj { head: crate::value::Header::new(&METHOD_TYPE), self_: o.to_owned().into_raw(), name: str_from(name).into_raw(), raw: false };
        return Ok(crate::gc::new_obj(m));
    }
    // A method looked up on a builtin type: a static/class method (`dict.fromkeys`)
    // bound to the type (a new object each time, as in CPython), or a descriptor of
    // the type (`str.lower`, `int.__repr__`), one object for the program's life.
    if o.ty().kind == Kind::Type {
        let t: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
        if type_static_method(t, name) {
            let m = MethodObj { head: crate::value::Header::new(&METHOD_TYPE), self_: o.to_owned().into_raw(), name: str_from(name).into_raw(), raw: false };
            return Ok(crate::gc::new_obj(m));
        }
        // Only str, bytes, bytearray and exceptions have a `__str__` of their own.
        let t: &'static TypeObj = match t.kind {
            Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Exception => t,
            _ if name == "__str__" => &OBJECT_TYPE,
            _ => t,
        };
        let found = crate::stable::get_or_make(t as *const TypeObj as usize, name, || {
            if type_methods(t).contains(&name) {
                let m = MethodObj { head: crate::value::Header::new(&METHOD_DESCR_TYPE), self_: t.as_value().to_owned().into_raw(), name: str_from(name).into_raw(), raw: false };
                return Ok(Some(crate::gc::new_obj(m)));
            }
            if let Some(m) = crate::class::builtin_type_dunder(t.as_value(), name) {
                return Ok(Some(m));
            }
            crate::descrobj::lookup(t, name)
        })?;
        return found.ok_or_else(|| attribute_error(o, name));
    }
    if let Some(m) = crate::class::method_wrapper(o, name) {
        return Ok(m);
    }
    // krait keeps no docstrings for builtin types and their instances.
    if name == "__doc__" {
        return Ok(none());
    }
    // `None.__new__`: the type's `__new__`, a static method.
    if name == "__new__" && o.ty().kind != Kind::Type {
        if let Some(m) = crate::class::builtin_type_dunder(o.ty().as_value(), name) {
            return Ok(m);
        }
    }
    Err(attribute_error(o, name))
}

/// CPython's AttributeError for a missing attribute.
pub fn attribute_error(o: Value, name: &str) -> Raised {
    let msg = match o.ty().kind {
        Kind::Module => format!("module '{}' has no attribute '{}'", as_module(o).unwrap().name, name),
        Kind::Type => format!("type object '{}' has no attribute '{}'", unsafe { o.as_ref::<TypeObj>() }.name, name),
        _ => format!("'{}' object has no attribute '{}'", type_name(o), name),
    };
    raise(&ATTRIBUTE_ERROR, msg)
}

/// Does a builtin type have a method of this name?
fn has_method(o: Value, name: &str) -> bool {
    type_methods(o.ty()).contains(&name)
}

/// Is `name` a static or class method of the builtin type `t`?
fn type_static_method(t: &TypeObj, name: &str) -> bool {
    matches!(
        (t.kind, name),
        (Kind::Dict, "fromkeys") | (Kind::Str, "maketrans") | (Kind::Bytes | Kind::ByteArray, "fromhex" | "maketrans") | (Kind::Float, "fromhex" | "__getformat__") | (Kind::Int | Kind::Bool, "from_bytes")
    )
}

/// Calls a method looked up on a type object: `dict.fromkeys(...)`, or an unbound
/// method with its instance first (`str.lower(s)`). `Ok(None)` for unknown names.
fn type_call_method(o: Value, name: &str, args: &crate::call::Args) -> R<Option<Obj>> {
    let t: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
    if type_static_method(t, name) {
        return Ok(Some(match t.kind {
            Kind::Dict => crate::dicts::fromkeys(args)?,
            Kind::Bytes | Kind::ByteArray => {
                return crate::bytes_methods::call_method(&[], t.kind == Kind::ByteArray, name, args);
            }
            Kind::Float => {
                let zero = float(0.0);
                return crate::num::call_method(zero.v(), name, args);
            }
            Kind::Int | Kind::Bool => {
                let zero = if t.kind == Kind::Bool { bool_obj(false) } else { int_from_i64(0) };
                return crate::num::call_method(zero.v(), name, args);
            }
            _ => {
                let empty = str_from("");
                return crate::strs::call_method(empty.v(), name, args);
            }
        }));
    }
    if !type_methods(t).contains(&name) {
        return Ok(None);
    }
    let Some(&this) = args.pos.first() else {
        return type_error(format!("unbound method {}.{}() needs an argument", t.name, name));
    };
    // bool's methods are int's.
    let owner: &TypeObj = if std::ptr::eq(t, &BOOL_TYPE) { &INT_TYPE } else { t };
    if !this.ty().is_subtype(owner) {
        return type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.name,
            type_name(this)
        ));
    }
    let rest = crate::call::Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    // `str.upper(s)`, `int.__repr__(x)`: the type's own method, even when type(s) overrides it.
    if let Some(r) = call_method_known(this, name, &rest)? {
        return Ok(Some(r));
    }
    call_method(this, name, &rest).map(Some)
}

/// The method names instances of a builtin type have.
fn type_methods(t: &TypeObj) -> &'static [&'static str] {
    let names: &[&str] = match t.kind {
        Kind::Str => crate::strs::METHODS,
        Kind::List => crate::seq::LIST_METHODS,
        Kind::Tuple => crate::seq::TUPLE_METHODS,
        Kind::Dict => crate::dicts::METHODS,
        Kind::Set => crate::sets::METHODS,
        Kind::FrozenSet => crate::sets::FROZENSET_METHODS,
        Kind::Int | Kind::Bool => crate::num::INT_METHODS,
        Kind::Float => crate::num::FLOAT_METHODS,
        Kind::Complex => crate::complex::METHODS,
        Kind::Bytes => crate::bytes_methods::METHODS,
        Kind::ByteArray => crate::bytearray::methods(),
        Kind::MemoryView => crate::memoryview::METHODS,
        Kind::Range => crate::iter::RANGE_METHODS,
        Kind::DictView if !std::ptr::eq(t, &DICT_VALUES_TYPE) => &["isdisjoint"],
        Kind::Slice => &["indices"],
        Kind::Exception => crate::exc::methods(t),
        Kind::Coroutine | Kind::Awaitable => crate::coro::methods(t),
        _ => &[],
    };
    names
}

/// `o.name(*args)`: calls a method without making a bound-method object.
pub fn call_method(o: Value, name: &str, args: &crate::call::Args) -> R<Obj> {
    if heap(o) && o.ty().kind != Kind::Type {
        if let Some(r) = crate::class::call_method(o, name, args)? {
            return Ok(r);
        }
    } else if o.ty().kind == Kind::Type && (heap(o) || !unsafe { o.as_ref::<TypeObj>() }.heap.is_null()) {
        let m = getattr(o, name)?;
        return crate::call::call(m.v(), args);
    } else if matches!(o.ty().kind, Kind::Function | Kind::BoundMethod | Kind::Module) {
        let m = getattr(o, name)?;
        return crate::call::call(m.v(), args);
    } else if o.ty().kind == Kind::Generator {
        if let Some(r) = crate::gen::call_method(o, name, args)? {
            return Ok(r);
        }
    } else if o.ty().kind == Kind::Coroutine {
        if let Some(r) = crate::coro::call_method(o, name, args)? {
            return Ok(r);
        }
    } else if o.ty().kind == Kind::Awaitable {
        if let Some(r) = crate::coro::aw_call_method(o, name, args)? {
            return Ok(r);
        }
    }
    call_method_base(o, name, args)
}

/// `o.name(args)` by the builtin layout of `o`.
pub fn call_method_base(o: Value, name: &str, args: &crate::call::Args) -> R<Obj> {
    if o.ty().kind == Kind::Descriptor {
        if let Some(r) = crate::class::descr_call_method(o, name, args)? {
            return Ok(r);
        }
    }
    match call_method_known(o, name, args)? {
        Some(r) => Ok(r),
        None => {
            let f = getattr(o, name)?;
            crate::call::call(f.v(), args)
        }
    }
}

/// A method the builtin layout of `o` implements directly; `None` for others.
pub fn call_method_known(o: Value, name: &str, args: &crate::call::Args) -> R<Option<Obj>> {
    let r = match o.ty().kind {
        Kind::Str if name == "encode" => {
            let b = args.bind("encode", &["encoding", "errors"], 0)?;
            let enc = b[0].and_then(|v| as_str(v).map(|s| s.s.to_string())).unwrap_or_else(|| "utf-8".into());
            let errors = b[1].and_then(|v| as_str(v).map(|s| s.s.to_string())).unwrap_or_else(|| "strict".into());
            Some(crate::bytes::encode(&as_str(o).unwrap().s, &enc, &errors)?)
        }
        Kind::Str => crate::strs::call_method(o, name, args)?,
        Kind::Bytes => crate::bytes_methods::call_method(crate::bytes::as_bytes(o).unwrap(), false, name, args)?,
        Kind::ByteArray => crate::bytearray::call_method(o, name, args)?,
        Kind::MemoryView => crate::memoryview::call_method(o, name, args)?,
        Kind::List | Kind::Tuple => crate::seq::call_method(o, name, args)?,
        Kind::Dict => crate::dicts::call_method(o, name, args)?,
        Kind::Set | Kind::FrozenSet => crate::sets::call_method(o, name, args)?,
        Kind::Int | Kind::Bool | Kind::Float => crate::num::call_method(o, name, args)?,
        Kind::Complex => crate::complex::call_method(o, name, args)?,
        Kind::Range => crate::iter::range_call_method(o, name, args)?,
        Kind::Iter => crate::native_iter::call_method(o, name, args)?,
        Kind::Object => None,
        Kind::Exception => crate::exc::call_method(o, name, args)?,
        Kind::Type => type_call_method(o, name, args)?,
        Kind::Slice if name == "indices" => {
            args.no_kwargs("indices")?;
            args.arity("indices", 1, 1)?;
            let n = match crate::num::to_i64(args.pos[0])? {
                Some(n) => n,
                None => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(args.pos[0]))),
            };
            if n < 0 {
                return Err(raise(&VALUE_ERROR, "length should not be negative"));
            }
            let (start, stop, step, _) = crate::seq::slice_indices(as_slice(o).unwrap(), n as usize)?;
            Some(tuple_from(vec![
                int_from_i64(start as i64).into_raw(),
                int_from_i64(stop as i64).into_raw(),
                int_from_i64(step as i64).into_raw(),
            ]))
        }
        Kind::DictView if name == "isdisjoint" && has_method(o, name) => {
            args.no_kwargs("isdisjoint")?;
            args.arity("isdisjoint", 1, 1)?;
            let it = iter(args.pos[0])?;
            let mut disjoint = true;
            while let Some(x) = next(it.v())? {
                if contains(o, x.v())? {
                    disjoint = false;
                    break;
                }
            }
            Some(bool_obj(disjoint))
        }
        _ => None,
    };
    Ok(r)
}

// ABI entry points.

/// The float operand of a fast path: a float, or a small int converted exactly.
#[inline]
fn fast_float(v: Value) -> Option<f64> {
    if v.is_small() {
        let n = v.as_small();
        // Small ints up to 2**53 convert exactly, as CPython's int-float mix requires.
        if n.unsigned_abs() <= (1u64 << 53) {
            return Some(n as f64);
        }
        return None;
    }
    as_float(v).map(|f| f.v)
}

#[no_mangle]
pub unsafe extern "C" fn rt_binary(op: i32, a: Value, b: Value) -> Value {
    let op = BinOp::from_i32(op).unwrap();
    // Float arithmetic without the generic dispatch (at least one operand a float).
    if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) && (!a.is_small() || !b.is_small()) {
        if let (Some(x), Some(y)) = (fast_float(a), fast_float(b)) {
            if as_float(a).is_some() || as_float(b).is_some() {
                let r = match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::Mul => x * y,
                    _ if y != 0.0 => x / y,
                    _ => return abi(binary(op, a, b)),
                };
                return float(r).into_raw();
            }
        }
    }
    abi(binary(op, a, b))
}

#[no_mangle]
pub unsafe extern "C" fn rt_inplace(op: i32, a: Value, b: Value) -> Value {
    // Numbers are immutable: their in-place operators are the plain ones (except for
    // the message when the operator is unsupported, which `inplace` words).
    if (a.is_small() || as_float(a).is_some()) && (b.is_small() || as_float(b).is_some()) {
        let bin = BinOp::from_i32(op).unwrap();
        let bitwise = matches!(bin, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor);
        let supported = bin != BinOp::MatMul && (!bitwise || (a.is_small() && b.is_small()));
        if supported {
            return rt_binary(op, a, b);
        }
    }
    abi(inplace(BinOp::from_i32(op).unwrap(), a, b))
}

#[no_mangle]
pub unsafe extern "C" fn rt_unary(op: i32, a: Value) -> Value {
    abi(unary(UnaryOp::from_i32(op).unwrap(), a))
}

#[no_mangle]
pub unsafe extern "C" fn rt_compare(op: i32, a: Value, b: Value) -> Value {
    abi(compare(CmpOp::from_i32(op).unwrap(), a, b))
}

#[no_mangle]
pub unsafe extern "C" fn rt_compare_bool(op: i32, a: Value, b: Value) -> i32 {
    abi_bool(compare_bool(CmpOp::from_i32(op).unwrap(), a, b))
}

#[no_mangle]
pub unsafe extern "C" fn rt_is_true(v: Value) -> i32 {
    abi_bool(truthy(v))
}

#[no_mangle]
pub unsafe extern "C" fn rt_not(v: Value) -> Value {
    abi(truthy(v).map(|b| bool_obj(!b)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_contains(container: Value, item: Value) -> i32 {
    abi_bool(contains(container, item))
}

/// The slow path of inlined small-int arithmetic: the machine operation overflowed.
#[no_mangle]
pub unsafe extern "C" fn rt_int_overflow(op: i32, a: i64, b: i64) -> Value {
    let (a, b) = (int_from_i64(a), int_from_i64(b));
    abi(binary(BinOp::from_i32(op).unwrap(), a.v(), b.v()))
}

#[no_mangle]
pub unsafe extern "C" fn rt_getitem(o: Value, k: Value) -> Value {
    abi(getitem(o, k))
}

#[no_mangle]
pub unsafe extern "C" fn rt_setitem(o: Value, k: Value, v: Value) -> i32 {
    abi_bool(setitem(o, k, v).map(|_| false))
}

#[no_mangle]
pub unsafe extern "C" fn rt_delitem(o: Value, k: Value) -> i32 {
    abi_bool(delitem(o, k).map(|_| false))
}

/// `slice(a, b, c)`: arguments are borrowed; 0 means None.
#[no_mangle]
pub unsafe extern "C" fn rt_slice_new(a: Value, b: Value, c: Value) -> Value {
    let f = |v: Value| if v.is_null() { none() } else { v.to_owned() };
    let s = SliceObj { head: crate::value::Header::new(&SLICE_TYPE), start: f(a).into_raw(), stop: f(b).into_raw(), step: f(c).into_raw() };
    crate::gc::new_obj(s).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn rt_getattr(o: Value, name: Value) -> Value {
    abi(getattr(o, str_text(name)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_delattr(o: Value, name: Value) -> i32 {
    crate::value::abi_bool(delattr(o, str_text(name)).map(|_| false))
}

#[no_mangle]
pub unsafe extern "C" fn rt_setattr(o: Value, name: Value, v: Value) -> i32 {
    crate::value::abi_bool(setattr(o, str_text(name), v).map(|_| false))
}

/// `o.name = v`: builtin objects have no writable attributes, except modules.
pub fn setattr(o: Value, n: &str, v: Value) -> R<()> {
    let kind = o.ty().kind;
    if kind == Kind::Type {
        return crate::class::type_setattr(o, n, v);
    }
    if heap(o) {
        return crate::class::setattr(o, n, v);
    }
    if kind == Kind::Function {
        return crate::func::func_setattr(o, n, v);
    }
    setattr_base(o, n, v)
}

/// `del o.name`.
pub fn delattr(o: Value, n: &str) -> R<()> {
    let kind = o.ty().kind;
    if kind == Kind::Type {
        return crate::class::type_delattr(o, n);
    }
    if heap(o) {
        return crate::class::delattr(o, n);
    }
    if kind == Kind::Module {
        let key = str_from(n);
        let h = hash(key.v())?;
        return match crate::dicts::remove_hashed(as_module(o).unwrap().attrs, h, key.v())? {
            Some(_) => Ok(()),
            // CPython's generic attribute deletion words it by type.
            None => Err(raise(&ATTRIBUTE_ERROR, format!("'module' object has no attribute '{}'", n))),
        };
    }
    if n == "__doc__" && crate::class::is_property(o) {
        crate::property::set_doc(o, Value::NULL);
        return Ok(());
    }
    Err(attribute_error(o, n))
}

/// `o.name = v` by the builtin layout of `o`.
pub fn setattr_base(o: Value, n: &str, v: Value) -> R<()> {
    let kind = o.ty().kind;
    if crate::traceback::as_tb(o).is_some() {
        return crate::traceback::setattr(o, n, v);
    }
    if kind == Kind::Module {
        if n == "__class__" {
            return crate::class::set_class(o, v);
        }
        let key = str_from(n);
        return crate::dicts::setitem(as_module(o).unwrap().attrs, key.v(), v);
    }
    if kind == Kind::Exception {
        return crate::exc::exc_setattr(o, n, v);
    }
    if n == "__doc__" && crate::class::is_property(o) {
        crate::property::set_doc(o, v);
        return Ok(());
    }
    if kind == Kind::Type {
        let t = unsafe { o.as_ref::<TypeObj>() };
        return type_error(format!("cannot set '{}' attribute of immutable type '{}'", n, t.name));
    }
    let data_attr = match kind {
        Kind::Int | Kind::Bool => matches!(n, "real" | "imag" | "numerator" | "denominator"),
        Kind::Float => matches!(n, "real" | "imag"),
        // Complex parts are read-only members, whose message differs.
        Kind::Complex if matches!(n, "real" | "imag") => return Err(raise(&ATTRIBUTE_ERROR, "readonly attribute")),
        Kind::MemoryView => crate::memoryview::DATA_ATTRS.contains(&n),
        Kind::Slice | Kind::Range => {
            if matches!(n, "start" | "stop" | "step") {
                return Err(raise(&ATTRIBUTE_ERROR, "readonly attribute"));
            }
            false
        }
        _ => false,
    };
    let ty_name = if kind == Kind::Bool { "int" } else { type_name(o) };
    let msg = if data_attr {
        format!("attribute '{}' of '{}' objects is not writable", n, ty_name)
    } else if has_method(o, n) || n == "__class__" {
        format!("'{}' object attribute '{}' is read-only", type_name(o), n)
    } else {
        format!("'{}' object has no attribute '{}'", type_name(o), n)
    };
    Err(raise(&ATTRIBUTE_ERROR, msg))
}
