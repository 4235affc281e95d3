//! The name services of `_socket`: `getaddrinfo`/`getnameinfo`, the host database
//! (`gethostname`, `gethostbyname`, `gethostbyname_ex`, `gethostbyaddr`), services
//! and protocols (`getservbyname`, `getservbyport`, `getprotobyname`), interfaces
//! (`if_nameindex`...), address text (`inet_aton`, `inet_ntoa`, `inet_pton`,
//! `inet_ntop`) and byte order (`htons`, `ntohl`...), with CPython's arguments,
//! errors and messages.

use super::addr::{self, SockAddr};
use super::ffi;
use super::{gai_error, h_error, idna, parse_tuple};
use crate::posix::args::{errno, last_error, os_error, parse_int};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::bytes::{buffer_arg, bytes_from};
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OS_ERROR, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::ffi::{CStr, CString};
use std::mem::zeroed;

fn is_str(v: Value) -> bool {
    !v.is_small() && v.ty().kind == Kind::Str
}

/// A `s` argument of `PyArg_ParseTuple`: a str without NUL, as a C string.
fn str_arg(v: Value, fname: &str, pos: usize) -> R<CString> {
    if !is_str(v) {
        return type_error(format!("{}() argument {} must be str, not {}", fname, pos, krait_runtime::ops::arg_type_name(v)));
    }
    CString::new(str_text(v)).or_else(|_| value_error("embedded null character"))
}

/// An `et` argument (encoded with IDNA): a str, bytes or bytearray.
fn host_arg(v: Value, fname: &str) -> R<CString> {
    let ok = !v.is_small() && matches!(v.ty().kind, Kind::Str | Kind::Bytes | Kind::ByteArray);
    if !ok {
        return type_error(format!("{}() argument 1 must be str, bytes or bytearray, not {}", fname, krait_runtime::ops::arg_type_name(v)));
    }
    let b = idna(v)?;
    Ok(CString::new(b).unwrap_or_default())
}

fn text_of(p: *const libc::c_char) -> String {
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

builtin!(socket_getaddrinfo, |a| {
    let b = crate::clinic::unpack_keywords(a, "getaddrinfo", &["host", "port", "family", "type", "proto", "flags"], 0, 2, 6)?;
    let (h, p) = (b[0].unwrap(), b[1].unwrap());
    let int = |i: usize| b[i].map_or(Ok(0), parse_int);
    let (family, socktype, protocol, flags) = (int(2)?, int(3)?, int(4)?, int(5)?);
    let host = if is_none(h) {
        None
    } else if is_str(h) {
        Some(CString::new(idna(h)?).unwrap_or_default())
    } else if let Some(b) = krait_runtime::bytes::as_bytes(h) {
        Some(CString::new(b.to_vec()).or_else(|_| value_error("embedded null byte"))?)
    } else {
        return type_error("getaddrinfo() argument 1 must be string or None");
    };
    let port = if !p.is_small() && std::ptr::eq(p.ty(), &krait_runtime::types::INT_TYPE) || p.is_small() {
        let n = crate::posix::args::c_long(p)?;
        Some(CString::new(n.to_string()).unwrap())
    } else if is_str(p) {
        Some(CString::new(str_text(p)).or_else(|_| value_error("embedded null character"))?)
    } else if let Some(b) = krait_runtime::bytes::as_bytes(p) {
        Some(CString::new(b.to_vec()).or_else(|_| value_error("embedded null byte"))?)
    } else if is_none(p) {
        None
    } else {
        return Err(raise(&OS_ERROR, "Int or String expected"));
    };
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let cp = |c: &Option<CString>| c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    let e = unsafe { libc::getaddrinfo(cp(&host), cp(&port), &hints, &mut res) };
    if e != 0 {
        return Err(gai_error(e));
    }
    let mut out = Vec::new();
    let mut r = res;
    let mut failed = None;
    while !r.is_null() {
        let ai = unsafe { &*r };
        match addr::to_py(&addr::copy_from(ai.ai_addr, ai.ai_addrlen)) {
            Ok(sa) => {
                let canon = if ai.ai_canonname.is_null() { String::new() } else { text_of(ai.ai_canonname) };
                let int = |n: i32| int_from_i64(n as i64).into_raw();
                out.push(tuple_from(vec![int(ai.ai_family), int(ai.ai_socktype), int(ai.ai_protocol), str_from(canon).into_raw(), sa.into_raw()]).into_raw());
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
        r = ai.ai_next;
    }
    unsafe { libc::freeaddrinfo(res) };
    if let Some(e) = failed {
        for v in out {
            v.decref();
        }
        return Err(e);
    }
    Ok(list_from(out))
});

builtin!(socket_getnameinfo, |a| {
    let p = parse_tuple(a, "_socket", "getnameinfo", 2, 2)?;
    let (sa, flags) = (p[0], parse_int(p[1])?);
    let Some(t) = as_tuple(sa) else {
        return type_error("getnameinfo() argument 1 must be a tuple");
    };
    let items: Vec<Value> = t.items.to_vec();
    let illegal = || type_error("getnameinfo(): illegal sockaddr argument");
    if items.len() < 2 || items.len() > 4 || !is_str(items[0]) {
        return illegal();
    }
    let host = CString::new(str_text(items[0])).or_else(|_| value_error("embedded null character"))?;
    let port = parse_int(items[1])?;
    let mask = |v: Value| -> R<u32> {
        let i = crate::clinic::index(v)?;
        let b = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default() & num_bigint::BigInt::from(u32::MAX);
        Ok(num_traits::ToPrimitive::to_u32(&b).unwrap_or(0))
    };
    let flowinfo = items.get(2).map(|&v| mask(v)).transpose()?.unwrap_or(0);
    let scope = items.get(3).map(|&v| mask(v)).transpose()?.unwrap_or(0);
    if flowinfo > 0xfffff {
        return Err(raise(&OVERFLOW_ERROR, "getnameinfo(): flowinfo must be 0-1048575."));
    }
    let pbuf = CString::new(port.to_string()).unwrap();
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = libc::AF_UNSPEC;
    hints.ai_socktype = libc::SOCK_DGRAM;
    hints.ai_flags = libc::AI_NUMERICHOST;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let e = unsafe { libc::getaddrinfo(host.as_ptr(), pbuf.as_ptr(), &hints, &mut res) };
    if e != 0 {
        return Err(gai_error(e));
    }
    let ai = unsafe { &*res };
    let multiple = !ai.ai_next.is_null();
    let mut sa: SockAddr = addr::copy_from(ai.ai_addr, ai.ai_addrlen);
    unsafe { libc::freeaddrinfo(res) };
    if multiple {
        return Err(raise(&OS_ERROR, "sockaddr resolved to multiple addresses"));
    }
    match sa.storage.ss_family as i32 {
        libc::AF_INET if items.len() != 2 => return Err(raise(&OS_ERROR, "IPv4 sockaddr must be 2 tuple")),
        libc::AF_INET6 => {
            let sin6 = unsafe { &mut *(sa.mut_ptr() as *mut libc::sockaddr_in6) };
            sin6.sin6_flowinfo = flowinfo.to_be();
            sin6.sin6_scope_id = scope;
        }
        _ => {}
    }
    let mut hbuf = [0 as libc::c_char; libc::NI_MAXHOST as usize];
    let mut sbuf = [0 as libc::c_char; 32];
    let e = unsafe { libc::getnameinfo(sa.ptr(), sa.len, hbuf.as_mut_ptr(), hbuf.len() as u32, sbuf.as_mut_ptr(), sbuf.len() as u32, flags) };
    if e != 0 {
        return Err(gai_error(e));
    }
    Ok(tuple_from(vec![str_from(text_of(hbuf.as_ptr())).into_raw(), str_from(text_of(sbuf.as_ptr())).into_raw()]))
});

builtin!(socket_gethostname, |a| {
    crate::clinic::no_args(a, "_socket.gethostname")?;
    let mut buf = [0 as libc::c_char; 1024];
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } < 0 {
        return last_error();
    }
    let b: Vec<u8> = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec();
    krait_runtime::bytes::decode_bytes(&b, "utf-8", "surrogateescape")
});

builtin!(socket_sethostname, |a| {
    let p = parse_tuple(a, "_socket", "sethostname", 1, 1)?;
    let name = if is_str(p[0]) { krait_runtime::bytes::encode_vec(str_text(p[0]), "utf-8", "surrogateescape")? } else { buffer_arg(p[0])? };
    if unsafe { libc::sethostname(name.as_ptr() as *const libc::c_char, name.len()) } < 0 {
        return last_error();
    }
    Ok(none())
});

builtin!(socket_gethostbyname, |a| {
    let p = parse_tuple(a, "_socket", "gethostbyname", 1, 1)?;
    let name = host_arg(p[0], "gethostbyname")?;
    let mut sa = SockAddr::empty();
    addr::set_ip_addr(name.as_bytes(), libc::AF_INET, &mut sa)?;
    addr::ip_text(&sa)
});

/// `(name, aliases, addresses)` of a host entry (`gethost_common`).
fn host_entry(h: &ffi::HostEnt, af: i32) -> R<Obj> {
    if h.h_addrtype != af {
        return Err(os_error(libc::EAFNOSUPPORT, None, None));
    }
    let mut aliases = Vec::new();
    let mut p = h.h_aliases;
    while !p.is_null() && !unsafe { *p }.is_null() {
        aliases.push(str_from(text_of(unsafe { *p })).into_raw());
        p = unsafe { p.add(1) };
    }
    let mut addrs = Vec::new();
    let mut p = h.h_addr_list;
    while !p.is_null() && !unsafe { *p }.is_null() {
        let mut buf = [0 as libc::c_char; 64];
        let r = unsafe { ffi::inet_ntop(af, *p as *const libc::c_void, buf.as_mut_ptr(), buf.len() as u32) };
        if !r.is_null() {
            addrs.push(str_from(text_of(buf.as_ptr())).into_raw());
        }
        p = unsafe { p.add(1) };
    }
    Ok(tuple_from(vec![str_from(text_of(h.h_name)).into_raw(), list_from(aliases).into_raw(), list_from(addrs).into_raw()]))
}

/// Runs a reentrant host lookup with a growing buffer.
fn host_lookup(af: i32, lookup: impl Fn(*mut ffi::HostEnt, &mut [libc::c_char], *mut *mut ffi::HostEnt, *mut libc::c_int) -> libc::c_int) -> R<Obj> {
    let mut buf = vec![0 as libc::c_char; 16384];
    loop {
        let mut ent: ffi::HostEnt = unsafe { zeroed() };
        let mut result: *mut ffi::HostEnt = std::ptr::null_mut();
        let mut herr: libc::c_int = 0;
        let r = lookup(&mut ent, &mut buf, &mut result, &mut herr);
        if r == libc::ERANGE && buf.len() < 1 << 22 {
            let n = buf.len() * 2;
            buf.resize(n, 0);
            continue;
        }
        if result.is_null() {
            return Err(h_error(herr));
        }
        return host_entry(unsafe { &*result }, af);
    }
}

builtin!(socket_gethostbyname_ex, |a| {
    let p = parse_tuple(a, "_socket", "gethostbyname_ex", 1, 1)?;
    let name = host_arg(p[0], "gethostbyname_ex")?;
    let mut sa = SockAddr::empty();
    addr::set_ip_addr(name.as_bytes(), libc::AF_INET, &mut sa)?;
    host_lookup(libc::AF_INET, |ent, buf, result, herr| unsafe { ffi::gethostbyname2_r(name.as_ptr(), libc::AF_INET, ent, buf.as_mut_ptr(), buf.len(), result, herr) })
});

builtin!(socket_gethostbyaddr, |a| {
    let p = parse_tuple(a, "_socket", "gethostbyaddr", 1, 1)?;
    let name = host_arg(p[0], "gethostbyaddr")?;
    let mut sa = SockAddr::empty();
    let af = addr::set_ip_addr(name.as_bytes(), libc::AF_UNSPEC, &mut sa)?;
    let (ptr, len): (*const libc::c_void, u32) = if af == libc::AF_INET {
        let sin = unsafe { &*(sa.ptr() as *const libc::sockaddr_in) };
        (&sin.sin_addr as *const _ as *const libc::c_void, 4)
    } else {
        let sin6 = unsafe { &*(sa.ptr() as *const libc::sockaddr_in6) };
        (&sin6.sin6_addr as *const _ as *const libc::c_void, 16)
    };
    host_lookup(af, |ent, buf, result, herr| unsafe { ffi::gethostbyaddr_r(ptr, len, af, ent, buf.as_mut_ptr(), buf.len(), result, herr) })
});

builtin!(socket_getservbyname, |a| {
    let p = parse_tuple(a, "_socket", "getservbyname", 1, 2)?;
    let name = str_arg(p[0], "getservbyname", 1)?;
    let proto = p.get(1).map(|&v| str_arg(v, "getservbyname", 2)).transpose()?;
    let s = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if s.is_null() {
        return Err(raise(&OS_ERROR, "service/proto not found"));
    }
    Ok(int_from_i64(u16::from_be(unsafe { (*s).s_port } as u16) as i64))
});

builtin!(socket_getservbyport, |a| {
    let p = parse_tuple(a, "_socket", "getservbyport", 1, 2)?;
    let port = parse_int(p[0])?;
    let proto = p.get(1).map(|&v| str_arg(v, "getservbyport", 2)).transpose()?;
    if !(0..=0xffff).contains(&port) {
        return Err(raise(&OVERFLOW_ERROR, "getservbyport: port must be 0-65535."));
    }
    let s = unsafe { libc::getservbyport((port as u16).to_be() as i32, proto.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if s.is_null() {
        return Err(raise(&OS_ERROR, "port/proto not found"));
    }
    Ok(str_from(text_of(unsafe { (*s).s_name })))
});

builtin!(socket_getprotobyname, |a| {
    let p = parse_tuple(a, "_socket", "getprotobyname", 1, 1)?;
    let name = str_arg(p[0], "getprotobyname", 1)?;
    let s = unsafe { libc::getprotobyname(name.as_ptr()) };
    if s.is_null() {
        return Err(raise(&OS_ERROR, "protocol not found"));
    }
    Ok(int_from_i64(unsafe { (*s).p_proto } as i64))
});

builtin!(socket_inet_aton, |a| {
    let p = parse_tuple(a, "_socket", "inet_aton", 1, 1)?;
    let s = str_arg(p[0], "inet_aton", 1)?;
    let mut addr: libc::in_addr = unsafe { zeroed() };
    if unsafe { ffi::inet_aton(s.as_ptr(), &mut addr) } == 0 {
        return Err(raise(&OS_ERROR, "illegal IP address string passed to inet_aton"));
    }
    Ok(bytes_from(addr.s_addr.to_ne_bytes().to_vec()))
});

builtin!(socket_inet_ntoa, |a| {
    let p = parse_tuple(a, "_socket", "inet_ntoa", 1, 1)?;
    let b = buffer_arg(p[0])?;
    if b.len() != 4 {
        return Err(raise(&OS_ERROR, "packed IP wrong length for inet_ntoa"));
    }
    Ok(str_from(format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])))
});

builtin!(socket_inet_pton, |a| {
    let p = parse_tuple(a, "_socket", "inet_pton", 2, 2)?;
    let af = parse_int(p[0])?;
    let s = str_arg(p[1], "inet_pton", 2)?;
    let mut buf = [0u8; 16];
    let r = unsafe { ffi::inet_pton(af, s.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void) };
    if r < 0 {
        return last_error();
    }
    if r == 0 {
        return Err(raise(&OS_ERROR, "illegal IP address string passed to inet_pton"));
    }
    match af {
        libc::AF_INET => Ok(bytes_from(buf[..4].to_vec())),
        libc::AF_INET6 => Ok(bytes_from(buf.to_vec())),
        _ => Err(raise(&OS_ERROR, "unknown address family")),
    }
});

builtin!(socket_inet_ntop, |a| {
    let p = parse_tuple(a, "_socket", "inet_ntop", 2, 2)?;
    let af = parse_int(p[0])?;
    let b = buffer_arg(p[1])?;
    let want = match af {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => return value_error(format!("unknown address family {}", af)),
    };
    if b.len() != want {
        return value_error("invalid length of packed IP address string");
    }
    let mut out = [0 as libc::c_char; 64];
    let r = unsafe { ffi::inet_ntop(af, b.as_ptr() as *const libc::c_void, out.as_mut_ptr(), out.len() as u32) };
    if r.is_null() {
        return Err(os_error(errno(), None, None));
    }
    Ok(str_from(text_of(out.as_ptr())))
});

/// `htons`/`ntohs`: a C int in 0..=0xffff, byte-swapped.
fn short_swap(a: &Args, name: &str) -> R<Obj> {
    let p = parse_tuple(a, "_socket", name, 1, 1)?;
    let x = parse_int(p[0])?;
    if x < 0 {
        return Err(raise(&OVERFLOW_ERROR, format!("{}: can't convert negative Python int to C 16-bit unsigned integer", name)));
    }
    if x > 0xffff {
        return Err(raise(&OVERFLOW_ERROR, format!("{}: Python int too large to convert to C 16-bit unsigned integer", name)));
    }
    Ok(int_from_i64((x as u16).swap_bytes() as i64))
}

/// `htonl`/`ntohl`: an int of at most 32 bits, byte-swapped.
fn long_swap(a: &Args, name: &str) -> R<Obj> {
    let v = crate::clinic::one_arg(a, &format!("_socket.{}", name))?;
    if !crate::clinic::is_int(v) {
        return type_error(format!("expected int, {} found", krait_runtime::ops::type_name(v)));
    }
    let b = krait_runtime::seq::int_to_big(v).unwrap_or_default();
    if b.sign() == num_bigint::Sign::Minus {
        return Err(raise(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    let Some(x) = num_traits::ToPrimitive::to_u64(&b) else {
        return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"));
    };
    if x > u32::MAX as u64 {
        return Err(raise(&OVERFLOW_ERROR, "int larger than 32 bits"));
    }
    Ok(int_from_i64((x as u32).swap_bytes() as i64))
}

builtin!(socket_htons, |a| short_swap(a, "htons"));
builtin!(socket_ntohs, |a| short_swap(a, "ntohs"));
builtin!(socket_htonl, |a| long_swap(a, "htonl"));
builtin!(socket_ntohl, |a| long_swap(a, "ntohl"));

builtin!(socket_if_nameindex, |a| {
    crate::clinic::no_args(a, "_socket.if_nameindex")?;
    let ni = unsafe { libc::if_nameindex() };
    if ni.is_null() {
        return last_error();
    }
    let mut out = Vec::new();
    let mut p = ni;
    while unsafe { (*p).if_index } != 0 {
        let e = unsafe { &*p };
        out.push(tuple_from(vec![int_from_i64(e.if_index as i64).into_raw(), str_from(text_of(e.if_name)).into_raw()]).into_raw());
        p = unsafe { p.add(1) };
    }
    unsafe { libc::if_freenameindex(ni) };
    Ok(list_from(out))
});

builtin!(socket_if_nametoindex, |a| {
    let p = parse_tuple(a, "_socket", "if_nametoindex", 1, 1)?;
    let name = crate::posix::args::fs_bytes(p[0])?;
    let i = unsafe { libc::if_nametoindex(name.as_ptr()) };
    if i == 0 {
        return Err(raise(&OS_ERROR, "no interface with this name"));
    }
    Ok(int_from_i64(i as i64))
});

builtin!(socket_if_indextoname, |a| {
    let v = crate::clinic::one_arg(a, "_socket.if_indextoname")?;
    if !crate::clinic::is_int(v) {
        return type_error("an integer is required");
    }
    let Some(i) = crate::clinic::as_i64(v).and_then(|i| u32::try_from(i).ok()) else {
        return Err(raise(&OVERFLOW_ERROR, "index too large"));
    };
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    if unsafe { libc::if_indextoname(i, buf.as_mut_ptr()) }.is_null() {
        return last_error();
    }
    Ok(str_from(text_of(buf.as_ptr())))
});

/// The module's functions.
pub fn attrs(out: &mut Attrs) {
    let fs: [(&'static str, krait_runtime::types::BuiltinFn); 21] = [
        ("getaddrinfo", socket_getaddrinfo),
        ("getnameinfo", socket_getnameinfo),
        ("gethostname", socket_gethostname),
        ("sethostname", socket_sethostname),
        ("gethostbyname", socket_gethostbyname),
        ("gethostbyname_ex", socket_gethostbyname_ex),
        ("gethostbyaddr", socket_gethostbyaddr),
        ("getservbyname", socket_getservbyname),
        ("getservbyport", socket_getservbyport),
        ("getprotobyname", socket_getprotobyname),
        ("inet_aton", socket_inet_aton),
        ("inet_ntoa", socket_inet_ntoa),
        ("inet_pton", socket_inet_pton),
        ("inet_ntop", socket_inet_ntop),
        ("htons", socket_htons),
        ("ntohs", socket_ntohs),
        ("htonl", socket_htonl),
        ("ntohl", socket_ntohl),
        ("if_nameindex", socket_if_nameindex),
        ("if_nametoindex", socket_if_nametoindex),
        ("if_indextoname", socket_if_indextoname),
    ];
    for (n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
}
