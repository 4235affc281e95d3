//! Exception groups (`BaseExceptionGroup`, `ExceptionGroup`): their constructor's
//! checks, `str`, `derive`, `split` and `subgroup`, and the two steps of `except*`
//! that compiled code calls as hidden builtins: matching a clause (which splits the
//! group) and building what is re-raised at the end (CPython's
//! `_PyExc_PrepReraiseStar`).
//!
//! A group is an ordinary exception object (`ExcObj`) whose `eg_msg` and `eg_excs`
//! are set; `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`,
//! which `TypeObj::is_subtype` and `class::mro_of` know.

use crate::call::Args;
use crate::exc::{as_exc, is_exc_class, type_error, value_error, ExcObj};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Value, R};

/// Is `v` an exception group?
pub fn is_group(v: Value) -> bool {
    as_exc(v).map_or(false, |e| !e.eg_excs.is_null())
}

/// The members of a group (borrowed).
pub fn members<'a>(v: Value) -> &'a [Value] {
    let e = as_exc(v).unwrap();
    &as_tuple(e.eg_excs).unwrap().items
}

/// `str(group)`: `msg (2 sub-exceptions)`.
pub fn group_str(e: &ExcObj) -> Obj {
    let n = as_tuple(e.eg_excs).unwrap().items.len();
    str_from(format!("{} ({} sub-exception{})", str_text(e.eg_msg), n, if n > 1 { "s" } else { "" }))
}

/// Does `v` support the sequence protocol (`PySequence_Check`)?
fn is_sequence(v: Value) -> bool {
    match v.ty().kind {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range => true,
        Kind::Dict => false,
        _ => crate::class::lookup_type(v.ty(), "__getitem__").is_some(),
    }
}

/// `BaseExceptionGroup.__new__(ty, message, exceptions)`.
pub fn new_group(ty: &'static TypeObj, args: &[Value]) -> R<Obj> {
    if args.len() != 2 {
        return type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len()));
    }
    let (msg, seq) = (args[0], args[1]);
    if as_str(msg).is_none() {
        return type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", crate::ops::arg_type_name(msg)));
    }
    if !is_sequence(seq) {
        return type_error("second argument (exceptions) must be a sequence");
    }
    let excs = crate::ops::collect(seq)?;
    if excs.is_empty() {
        return value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let mut nested_base = false;
    for (i, x) in excs.iter().enumerate() {
        if as_exc(x.v()).is_none() {
            return value_error(format!("Item {} of second argument (exceptions) is not an exception", i));
        }
        if !x.ty().is_subtype(&EXCEPTION) {
            nested_base = true;
        }
    }
    let mut cls = ty;
    if std::ptr::eq(ty, &EXCEPTION_GROUP) {
        if nested_base {
            return type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if std::ptr::eq(ty, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            // Groups of `Exception`s are `ExceptionGroup`s.
            cls = &EXCEPTION_GROUP;
        }
    } else if nested_base && ty.is_subtype(&EXCEPTION) {
        return type_error(format!("Cannot nest BaseExceptions in '{}'", ty.name));
    }
    let g = crate::exc::new_exc(cls, tuple_from(vec![msg.to_owned().into_raw(), seq.to_owned().into_raw()]));
    let e = as_exc(g.v()).unwrap();
    e.eg_msg = msg.to_owned().into_raw();
    e.eg_excs = tuple_from(excs.into_iter().map(Obj::into_raw).collect()).into_raw();
    Ok(g)
}

/// A group of `excs` (a sequence) made by calling `BaseExceptionGroup(msg, excs)`.
fn make_group(msg: Value, excs: Value) -> R<Obj> {
    new_group(&BASE_EXCEPTION_GROUP, &[msg, excs])
}

/// The methods of groups.
pub const METHODS: &[&str] = &["derive", "split", "subgroup"];

/// `group.derive(excs)`, `group.split(condition)`, `group.subgroup(condition)`.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    match name {
        "derive" => {
            args.no_kwargs("derive")?;
            if args.pos.len() != 1 {
                return type_error(format!("function takes exactly 1 argument ({} given)", args.pos.len()));
            }
            Ok(Some(make_group(as_exc(o).unwrap().eg_msg, args.pos[0])?))
        }
        "split" | "subgroup" => {
            args.no_kwargs(name)?;
            if args.pos.len() != 1 {
                let n = args.pos.len();
                return type_error(format!("{} expected 1 argument, got {}", name, n));
            }
            let m = matcher(args.pos[0])?;
            let rest = name == "split";
            let (matched, unmatched) = split(o, &m, rest)?;
            let or_none = |v: Option<Obj>| v.unwrap_or_else(none);
            if rest {
                Ok(Some(tuple_from(vec![or_none(matched).into_raw(), or_none(unmatched).into_raw()])))
            } else {
                Ok(Some(or_none(matched)))
            }
        }
        _ => Ok(None),
    }
}

/// What `split` tests leaves against.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function called with each exception.
    Predicate(Value),
    /// The leaves with these addresses (for `except*`'s re-raise).
    Ids(Vec<Value>),
}

fn matcher(v: Value) -> R<Matcher> {
    if v.ty().kind == Kind::Function {
        return Ok(Matcher::Predicate(v));
    }
    if is_exc_class(v).is_some() {
        return Ok(Matcher::Type(v));
    }
    if let Some(t) = as_tuple(v) {
        if std::ptr::eq(v.ty(), &TUPLE_TYPE) && t.items.iter().all(|&c| is_exc_class(c).is_some()) {
            return Ok(Matcher::Type(v));
        }
    }
    type_error("expected a function, exception type or tuple of exception types")
}

fn matches(exc: Value, m: &Matcher) -> R<bool> {
    match m {
        Matcher::Type(t) => Ok(class_matches(exc.ty(), *t)),
        Matcher::Predicate(f) => {
            let r = crate::call::call(*f, &Args::positional(&[exc]))?;
            crate::ops::truthy(r.v())
        }
        Matcher::Ids(ids) => Ok(ids.contains(&exc)),
    }
}

/// Is `t` one of the classes `clause` (a class or a tuple of classes) names?
fn class_matches(t: &TypeObj, clause: Value) -> bool {
    match as_tuple(clause) {
        Some(tup) => tup.items.iter().any(|&c| is_exc_class(c).map_or(false, |c| t.is_subtype(c))),
        None => is_exc_class(clause).map_or(false, |c| t.is_subtype(c)),
    }
}

/// `exceptiongroup_split_recursive`: the part of `exc` that matches and, with
/// `want_rest`, the part that does not (`None` for an empty part).
fn split(exc: Value, m: &Matcher, want_rest: bool) -> R<(Option<Obj>, Option<Obj>)> {
    if matches(exc, m)? {
        return Ok((Some(exc.to_owned()), None));
    }
    if !is_group(exc) {
        return Ok((None, if want_rest { Some(exc.to_owned()) } else { None }));
    }
    let mut matched = vec![];
    let mut rest = vec![];
    let items: Vec<Obj> = members(exc).iter().map(|&v| v.to_owned()).collect();
    for x in items {
        let (a, b) = crate::recursion::guard_where(" in exceptiongroup_split_recursive", || split(x.v(), m, want_rest))?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(exc, matched)?;
    let rest = if want_rest { subset(exc, rest)? } else { None };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: a group like `orig` (through `orig.derive`) holding
/// `excs`, with `orig`'s traceback, cause, context and a copy of its notes.
fn subset(orig: Value, excs: Vec<Obj>) -> R<Option<Obj>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let l = list_from(excs.into_iter().map(Obj::into_raw).collect());
    let eg = crate::ops::call_method(orig, "derive", &Args::positional(&[l.v()]))?;
    if !is_group(eg.v()) {
        return type_error("derive must return an instance of BaseExceptionGroup");
    }
    let (o, e) = (as_exc(orig).unwrap(), as_exc(eg.v()).unwrap());
    e.tb = o.tb.clone();
    e.tb_id = o.tb_id;
    std::mem::replace(&mut e.context, o.context.to_owned().into_raw()).decref();
    std::mem::replace(&mut e.cause, o.cause.to_owned().into_raw()).decref();
    // As `PyException_SetCause` does, even when there is no cause.
    e.suppress_context = true;
    match crate::ops::getattr(orig, "__notes__") {
        Ok(notes) => {
            if is_sequence(notes.v()) {
                let copy = list_from(crate::ops::collect(notes.v())?.into_iter().map(Obj::into_raw).collect());
                crate::ops::setattr(eg.v(), "__notes__", copy.v())?;
            }
        }
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => crate::exc::clear_current(),
        Err(err) => return Err(err),
    }
    Ok(Some(eg))
}

// `except*`.

/// `except* T` where `exc` is what is left of the exception (None once everything
/// matched): returns `(match, rest)`, `match` None when nothing matched. A naked
/// exception that matches is wrapped in a group.
pub fn star_match(exc: Value, clause: Value) -> R<Obj> {
    check_star_clause(clause)?;
    let pair = |a: Obj, b: Obj| tuple_from(vec![a.into_raw(), b.into_raw()]);
    if is_none(exc) {
        return Ok(pair(none(), none()));
    }
    if class_matches(exc.ty(), clause) {
        let m = if is_group(exc) {
            exc.to_owned()
        } else {
            let excs = tuple_from(vec![exc.to_owned().into_raw()]);
            let empty = str_from("");
            make_group(empty.v(), excs.v())?
        };
        return Ok(pair(m, none()));
    }
    if is_group(exc) {
        let (m, r) = split(exc, &Matcher::Type(clause), true)?;
        return Ok(pair(m.unwrap_or_else(none), r.unwrap_or_else(none)));
    }
    Ok(pair(none(), none()))
}

/// The type in an `except*` clause must be exception classes, and no group class.
fn check_star_clause(clause: Value) -> R<()> {
    let classes: Vec<Value> = match as_tuple(clause) {
        Some(t) => t.items.to_vec(),
        None => vec![clause],
    };
    if classes.iter().any(|&c| is_exc_class(c).is_none()) {
        return type_error("catching classes that do not inherit from BaseException is not allowed");
    }
    if classes.iter().any(|&c| is_exc_class(c).unwrap().is_subtype(&BASE_EXCEPTION_GROUP)) {
        return type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    Ok(())
}

/// The addresses of the leaves of an exception (itself when it is not a group).
fn leaf_ids(exc: Value, out: &mut Vec<Value>) {
    if is_none(exc) {
        return;
    }
    if !is_group(exc) {
        out.push(exc);
        return;
    }
    for &x in members(exc) {
        leaf_ids(x, out);
    }
}

/// Does `a` carry the same traceback, cause and context as `b` (so it is `b` or a
/// part of it re-raised, not an exception raised anew)?
fn same_metadata(a: &ExcObj, b: &ExcObj) -> bool {
    a.tb_id == b.tb_id && a.cause == b.cause && a.context == b.context
}

/// The end of a `try`/`except*`: `orig` is the exception caught, `excs` the list of
/// exceptions raised or re-raised by the clauses plus the unhandled rest (None items
/// are skipped). Returns what to raise, or None.
pub fn star_reraise(orig: Value, excs: Value) -> R<Obj> {
    let items: Vec<Value> = as_list(excs).unwrap().items.iter().copied().filter(|&v| !is_none(v)).collect();
    if items.is_empty() {
        return Ok(none());
    }
    if !is_group(orig) {
        // A naked exception was wrapped: only one clause ran.
        return Ok(items[0].to_owned());
    }
    let o = as_exc(orig).unwrap();
    let (mut raised, mut reraised) = (vec![], vec![]);
    for &x in &items {
        if as_exc(x).map_or(false, |e| same_metadata(e, o)) {
            reraised.push(x);
        } else {
            raised.push(x.to_owned().into_raw());
        }
    }
    // The re-raised parts, as one projection of the original group.
    let mut ids = vec![];
    for &x in &reraised {
        leaf_ids(x, &mut ids);
    }
    let projection = split(orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(projection.unwrap_or_else(none));
    }
    if let Some(p) = projection {
        raised.push(p.into_raw());
    }
    if raised.len() == 1 {
        return Ok(unsafe { raised[0].owned() });
    }
    let l = list_from(raised);
    let empty = str_from("");
    make_group(empty.v(), l.v())
}

/// The hidden builtin `__star_match__(exc, clause)` compiled `except*` clauses call.
pub unsafe extern "C" fn bi_star_match(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(star_match(a.pos[0], a.pos[1]))
}

/// The hidden builtin `__star_reraise__(orig, raised)` ending a `try`/`except*`.
pub unsafe extern "C" fn bi_star_reraise(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(star_reraise(a.pos[0], a.pos[1]))
}
