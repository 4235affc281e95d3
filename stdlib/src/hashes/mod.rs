//! The builtin hash modules `hashlib.py` falls back to when OpenSSL's `_hashlib` is
//! missing (CPython's `Modules/md5module.c`, `sha1module.c`, `sha256module.c`,
//! `sha512module.c`, `_sha3/`, `_blake2/`): `_md5`, `_sha1`, `_sha256`, `_sha512`,
//! `_sha3` and `_blake2`, each a native class per algorithm whose objects have
//! `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and `block_size`.
//!
//! As in CPython, the MD5 and SHA-1/SHA-2 objects are made by module functions
//! (their classes cannot be instantiated), while the SHA-3, SHAKE and BLAKE2 classes
//! are their own constructors. The algorithms are RustCrypto's (`algo.rs`). BLAKE2's
//! tree-hashing parameters (fanout, depth, leaf size, node offset and depth, inner
//! size, last node) are not supported by the crate: non-default values raise
//! NotImplementedError.

mod algo;

use crate::clinic::{c_int, native_class, rest, unpack_keywords};
use algo::Algo;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, NOT_IMPLEMENTED_ERROR, OVERFLOW_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{bytes, ops};
use std::cell::RefCell;

/// The state of a hash object (`None` until a constructor fills it).
struct HashState(RefCell<Option<Algo>>);

impl NativeState for HashState {}

fn new_state() -> Box<dyn NativeState> {
    Box::new(HashState(RefCell::new(None)))
}

/// `GET_BUFFER_VIEW_OR_ERROUT`: the bytes of data to hash.
fn data_of(v: Value) -> R<Vec<u8>> {
    if !v.is_small() && v.ty().kind == Kind::Str {
        return type_error("Strings must be encoded before hashing");
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => type_error("object supporting the buffer API required"),
    }
}

/// The algorithm state of a method's `self`, with the short name of its class for
/// messages.
fn this(a: &Args, method: &str) -> R<(&'static HashState, &'static str)> {
    let Some(&s) = a.pos.first() else {
        return type_error(format!("unbound method {}() needs an argument", method));
    };
    match native_obj::state::<HashState>(s) {
        Some(st) if st.0.borrow().is_some() => Ok((st, crate::support::short_type_name(s))),
        _ => type_error(format!("descriptor '{}' requires a hash object but received a '{}'", method, ops::type_name(s))),
    }
}

/// The digest a `digest`/`hexdigest` call asks for: no argument, or the length for
/// SHAKE (CPython's checks and messages).
fn digest_of(a: &Args, method: &str) -> R<Vec<u8>> {
    let (st, cls) = this(a, method)?;
    let args = rest(a);
    let shake = st.0.borrow().as_ref().unwrap().is_shake();
    let len = if shake {
        crate::clinic::no_keywords(&args, &format!("{}.{}", cls, method))?;
        if args.pos.len() != 1 {
            return type_error(format!("{}.{}() takes exactly one argument ({} given)", cls, method, args.pos.len()));
        }
        let v = args.pos[0];
        if !crate::clinic::is_int(v) {
            return type_error("an integer is required");
        }
        match crate::clinic::as_i64(v) {
            Some(n) if n < 0 => return value_error("value must be positive"),
            Some(n) if n >= 1 << 29 => return value_error("length is too large"),
            Some(n) => n as usize,
            None => {
                let neg = ops::compare_bool(krait_abi::CmpOp::Lt, v, Value::small(0))?;
                if neg {
                    return value_error("value must be positive");
                }
                return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"));
            }
        }
    } else {
        crate::clinic::no_args(&args, &format!("{}.{}", cls, method))?;
        0
    };
    let d = st.0.borrow().as_ref().unwrap().digest(len);
    Ok(d)
}

builtin!(h_update, |a| {
    let (st, cls) = this(a, "update")?;
    let v = crate::clinic::one_arg(&rest(a), &format!("{}.update", cls))?;
    let data = data_of(v)?;
    st.0.borrow_mut().as_mut().unwrap().update(&data);
    Ok(none())
});
builtin!(h_digest, |a| Ok(bytes::bytes_from(digest_of(a, "digest")?)));
builtin!(h_hexdigest, |a| {
    let d = digest_of(a, "hexdigest")?;
    Ok(str_from(d.iter().map(|c| format!("{:02x}", c)).collect::<String>()))
});
builtin!(h_copy, |a| {
    let (st, _) = this(a, "copy")?;
    let args = rest(a);
    if !args.pos.is_empty() || !args.kwnames.is_empty() {
        return type_error("copy() takes no arguments");
    }
    let algo = st.0.borrow().clone();
    Ok(native_obj::new(a.pos[0].ty(), Box::new(HashState(RefCell::new(algo)))))
});
builtin!(h_name, |a| Ok(str_from(this(a, "name")?.0 .0.borrow().as_ref().unwrap().info().name)));
builtin!(h_digest_size, |a| Ok(int_from_i64(this(a, "digest_size")?.0 .0.borrow().as_ref().unwrap().info().digest_size as i64)));
builtin!(h_block_size, |a| Ok(int_from_i64(this(a, "block_size")?.0 .0.borrow().as_ref().unwrap().info().block_size as i64)));
builtin!(h_rate_bits, |a| Ok(int_from_i64(this(a, "_rate_bits")?.0 .0.borrow().as_ref().unwrap().info().block_size as i64 * 8)));
builtin!(h_capacity_bits, |a| {
    Ok(int_from_i64(1600 - this(a, "_capacity_bits")?.0 .0.borrow().as_ref().unwrap().info().block_size as i64 * 8))
});
builtin!(h_suffix, |a| {
    let shake = this(a, "_suffix")?.0 .0.borrow().as_ref().unwrap().is_shake();
    Ok(bytes::bytes_from(vec![if shake { 0x1f } else { 0x06 }]))
});

// `__init__` of the classes made by module functions: CPython's types have no
// constructor.
builtin!(h_no_init, |a| {
    let name = a.pos.first().map(|s| s.ty().name).unwrap_or("hash");
    type_error(format!("cannot create '{}' instances", name))
});

/// A new hash object of class `cls` with `algo`, fed `data`.
fn new_hash(cls: Value, mut algo: Algo, data: Option<Value>) -> R<Obj> {
    if let Some(d) = data {
        algo.update(&data_of(d)?);
    }
    let t = unsafe { cls.as_ref::<krait_runtime::types::TypeObj>() };
    Ok(native_obj::new(t, Box::new(HashState(RefCell::new(Some(algo))))))
}

/// The class of a hash object made by a module function.
fn hash_class(module: &str, name: &str) -> R<Obj> {
    let mut attrs = common_attrs()?;
    attrs.push(("__init__", native_obj::method("__init__", h_no_init)));
    native_class(module, name, attrs, new_state)
}

/// The methods and properties every hash class has.
fn common_attrs() -> R<Vec<(&'static str, Obj)>> {
    let m = native_obj::method;
    let prop = |name, f| crate::support::property(builtin_fn(name, f), None);
    Ok(vec![
        ("update", m("update", h_update)),
        ("digest", m("digest", h_digest)),
        ("hexdigest", m("hexdigest", h_hexdigest)),
        ("copy", m("copy", h_copy)),
        ("name", prop("name", h_name)?),
        ("digest_size", prop("digest_size", h_digest_size)?),
        ("block_size", prop("block_size", h_block_size)?),
    ])
}

thread_local! {
    /// The classes of the module-function algorithms, by name.
    static CLASSES: RefCell<Vec<(&'static str, Obj)>> = const { RefCell::new(Vec::new()) };
}

/// The module functions `md5(string=None, *, usedforsecurity=True)` and the like.
fn module_function(a: &Args, name: &'static str) -> R<Obj> {
    let b = unpack_keywords(a, name, &["string", "usedforsecurity"], 0, 0, 1)?;
    let cls = CLASSES.with(|c| c.borrow().iter().find(|(n, _)| *n == name).map(|(_, o)| o.clone()));
    let cls = cls.expect("hash module made before its functions are called");
    if let Some(u) = b[1] {
        ops::truthy(u)?;
    }
    new_hash(cls.v(), algo::by_name(name).unwrap(), b[0])
}

builtin!(f_md5, |a| module_function(a, "md5"));
builtin!(f_sha1, |a| module_function(a, "sha1"));
builtin!(f_sha224, |a| module_function(a, "sha224"));
builtin!(f_sha256, |a| module_function(a, "sha256"));
builtin!(f_sha384, |a| module_function(a, "sha384"));
builtin!(f_sha512, |a| module_function(a, "sha512"));

/// A module of algorithms made by functions: `(function name, class name, builtin)`.
fn function_module(module: &'static str, algos: &[(&'static str, &'static str, krait_runtime::types::BuiltinFn)]) -> R<Obj> {
    let mut attrs: Vec<(&str, Obj)> = Vec::new();
    for &(name, type_attr, f) in algos {
        let cls = hash_class(module, name)?;
        CLASSES.with(|c| c.borrow_mut().push((name, cls.clone())));
        // CPython 3.11's `_sha512` names its SHA-512 class `SHA384Type` (and its
        // SHA-384 class not at all).
        match type_attr {
            "SHA384Type" => {}
            "SHA512Type" => attrs.push(("SHA384Type", cls)),
            _ => attrs.push((type_attr, cls)),
        }
        attrs.push((name, builtin_fn(name, f)));
    }
    krait_runtime::sysmod::new_module(module, attrs)
}

#[no_mangle]
pub extern "C" fn krait_module__md5() -> Value {
    abi(function_module("_md5", &[("md5", "MD5Type", f_md5)]))
}

#[no_mangle]
pub extern "C" fn krait_module__sha1() -> Value {
    abi(function_module("_sha1", &[("sha1", "SHA1Type", f_sha1)]))
}

#[no_mangle]
pub extern "C" fn krait_module__sha256() -> Value {
    abi(function_module("_sha256", &[("sha224", "SHA224Type", f_sha224), ("sha256", "SHA256Type", f_sha256)]))
}

#[no_mangle]
pub extern "C" fn krait_module__sha512() -> Value {
    abi(function_module("_sha512", &[("sha384", "SHA384Type", f_sha384), ("sha512", "SHA512Type", f_sha512)]))
}

// ---- _sha3 ----

// `sha3_*(data=b'', /, *, usedforsecurity=True)` and `shake_*`, as `__init__`
// (CPython names every one `sha3_224` in its argument messages).
builtin!(sha3_init, |a| {
    let s = a.pos[0];
    let st = native_obj::state::<HashState>(s).unwrap();
    let b = unpack_keywords(&rest(a), "sha3_224", &["", "usedforsecurity"], 1, 0, 1)?;
    let name = crate::support::short_type_name(s);
    let mut algo = algo::by_name(name).unwrap_or_else(|| algo::by_name("sha3_224").unwrap());
    if let Some(d) = b[0] {
        algo.update(&data_of(d)?);
    }
    *st.0.borrow_mut() = Some(algo);
    Ok(none())
});

fn make_sha3() -> R<Obj> {
    let mut attrs: Vec<(&str, Obj)> = vec![("implementation", str_from("tiny_sha3")), ("keccakopt", int_from_i64(0))];
    for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"] {
        let mut c = common_attrs()?;
        c.push(("__init__", native_obj::method("__init__", sha3_init)));
        let prop = |n, f| crate::support::property(builtin_fn(n, f), None);
        c.push(("_capacity_bits", prop("_capacity_bits", h_capacity_bits)?));
        c.push(("_rate_bits", prop("_rate_bits", h_rate_bits)?));
        c.push(("_suffix", prop("_suffix", h_suffix)?));
        attrs.push((name, native_class("_sha3", name, c, new_state)?));
    }
    krait_runtime::sysmod::new_module("_sha3", attrs)
}

#[no_mangle]
pub extern "C" fn krait_module__sha3() -> Value {
    abi(make_sha3())
}

// ---- _blake2 ----

/// A bytes-like keyword argument of BLAKE2 (`Py_buffer`).
fn buffer_kw(v: Option<Value>) -> R<Vec<u8>> {
    match v {
        Some(v) => bytes::buffer_arg(v),
        None => Ok(Vec::new()),
    }
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
/// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
/// last_node=False, usedforsecurity=True)` and `blake2s` (half the sizes).
fn blake2_init(a: &Args, big: bool) -> R<Obj> {
    let s = a.pos[0];
    let st = native_obj::state::<HashState>(s).unwrap();
    let fname = if big { "blake2b" } else { "blake2s" };
    let names = [
        "", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity",
    ];
    let b = unpack_keywords(&rest(a), fname, &names, 1, 0, 1)?;
    let (max_digest, max_key, salt_size) = if big { (64, 64, 16) } else { (32, 32, 8) };
    let digest_size = match b[1] {
        Some(v) => c_int(v)?,
        None => max_digest,
    };
    let (key, salt, person) = (buffer_kw(b[2])?, buffer_kw(b[3])?, buffer_kw(b[4])?);
    let int_kw = |i: usize, default: i64| -> R<i64> {
        match b[i] {
            Some(v) => Ok(c_int(v)? as i64),
            None => Ok(default),
        }
    };
    if !(1..=max_digest).contains(&digest_size) {
        return value_error(format!("digest_size must be between 1 and {} bytes", max_digest));
    }
    if salt.len() > salt_size {
        return value_error(format!("maximum salt length is {} bytes", salt_size));
    }
    if person.len() > salt_size {
        return value_error(format!("maximum person length is {} bytes", salt_size));
    }
    let fanout = int_kw(5, 1)?;
    if !(0..=255).contains(&fanout) {
        return value_error("fanout must be between 0 and 255");
    }
    let depth = int_kw(6, 1)?;
    if !(1..=255).contains(&depth) {
        return value_error("depth must be between 1 and 255");
    }
    let tree_default = |i: usize| -> R<bool> {
        match b[i] {
            None => Ok(true),
            Some(v) => Ok(!ops::truthy(v)?),
        }
    };
    let node_depth = int_kw(9, 0)?;
    if !(0..=255).contains(&node_depth) {
        return value_error("node_depth must be between 0 and 255");
    }
    let inner_size = int_kw(10, 0)?;
    if !(0..=max_digest as i64).contains(&inner_size) {
        return value_error(format!("inner_size must be between 0 and is {}", max_digest));
    }
    if key.len() > max_key {
        return value_error(format!("maximum key length is {} bytes", max_key));
    }
    let plain = fanout == 1 && depth == 1 && tree_default(7)? && tree_default(8)? && node_depth == 0 && inner_size == 0 && tree_default(11)?;
    if !plain {
        return Err(raise(
            &NOT_IMPLEMENTED_ERROR,
            format!("{}: the tree-hashing parameters (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) are not supported", fname),
        ));
    }
    let mut algo = if big { algo::blake2b(&key, &salt, &person, digest_size as usize) } else { algo::blake2s(&key, &salt, &person, digest_size as usize) };
    if let Some(d) = b[0] {
        algo.update(&data_of(d)?);
    }
    *st.0.borrow_mut() = Some(algo);
    Ok(none())
}

builtin!(blake2b_init, |a| blake2_init(a, true));
builtin!(blake2s_init, |a| blake2_init(a, false));

fn make_blake2() -> R<Obj> {
    let mut attrs: Vec<(&str, Obj)> = Vec::new();
    for (name, big) in [("blake2b", true), ("blake2s", false)] {
        let (digest, key, salt) = if big { (64, 64, 16) } else { (32, 32, 8) };
        let mut c = common_attrs()?;
        c.push(("__init__", native_obj::method("__init__", if big { blake2b_init } else { blake2s_init })));
        c.push(("SALT_SIZE", int_from_i64(salt)));
        c.push(("PERSON_SIZE", int_from_i64(salt)));
        c.push(("MAX_KEY_SIZE", int_from_i64(key)));
        c.push(("MAX_DIGEST_SIZE", int_from_i64(digest)));
        attrs.push((name, native_class("_blake2", name, c, new_state)?));
    }
    for (k, v) in [
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2S_SALT_SIZE", 8),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
    ] {
        attrs.push((k, int_from_i64(v)));
    }
    krait_runtime::sysmod::new_module("_blake2", attrs)
}

#[no_mangle]
pub extern "C" fn krait_module__blake2() -> Value {
    abi(make_blake2())
}
