//! Socket addresses between Python and the system, as CPython's `_socket` converts
//! them: `(host, port)` for AF_INET, `(host, port, flowinfo, scope_id)` for
//! AF_INET6, a path (str, or bytes for Linux's abstract namespace) for AF_UNIX;
//! host names are resolved as `setipaddr` does (numeric addresses without a lookup,
//! `''` the wildcard, `'<broadcast>'`), and errors carry CPython's messages.

use super::{gai_error, idna};
use crate::posix::args::parse_int;
use krait_runtime::bytes::bytes_from;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OS_ERROR, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};

/// A socket address of any family, with its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    /// An empty address whose length is the whole storage (for the calls that fill
    /// one in).
    pub fn empty() -> SockAddr {
        SockAddr { storage: unsafe { zeroed() }, len: size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    pub fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    pub fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
    fn as_in(&mut self) -> &mut libc::sockaddr_in {
        unsafe { &mut *(self.mut_ptr() as *mut libc::sockaddr_in) }
    }
    fn as_in6(&mut self) -> &mut libc::sockaddr_in6 {
        unsafe { &mut *(self.mut_ptr() as *mut libc::sockaddr_in6) }
    }
}

/// Copies `len` bytes of a system address into a `SockAddr`.
pub fn copy_from(p: *const libc::sockaddr, len: libc::socklen_t) -> SockAddr {
    let mut a = SockAddr::empty();
    let n = (len as usize).min(size_of::<libc::sockaddr_storage>());
    unsafe { std::ptr::copy_nonoverlapping(p as *const u8, a.mut_ptr() as *mut u8, n) };
    a.len = n as libc::socklen_t;
    a
}

/// Resolves `name` for family `af` (AF_INET, AF_INET6 or AF_UNSPEC) into `out`, as
/// CPython's `setipaddr`: the wildcard for `''`, the broadcast address, a numeric
/// address without a lookup, else the first answer of `getaddrinfo`. Returns the
/// family found.
pub fn set_ip_addr(name: &[u8], af: i32, out: &mut SockAddr) -> R<i32> {
    *out = SockAddr::empty();
    let cname = CString::new(name).unwrap_or_default();
    if name.is_empty() {
        let mut hints: libc::addrinfo = unsafe { zeroed() };
        hints.ai_family = af;
        hints.ai_socktype = libc::SOCK_DGRAM;
        hints.ai_flags = libc::AI_PASSIVE;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let e = unsafe { libc::getaddrinfo(std::ptr::null(), c"0".as_ptr(), &hints, &mut res) };
        if e != 0 {
            return Err(gai_error(e));
        }
        let r = unsafe { &*res };
        let fam = r.ai_family;
        let fail = if fam != libc::AF_INET && fam != libc::AF_INET6 {
            Some("unsupported address family")
        } else if !r.ai_next.is_null() {
            Some("wildcard resolved to multiple address")
        } else {
            *out = copy_from(r.ai_addr, r.ai_addrlen);
            None
        };
        unsafe { libc::freeaddrinfo(res) };
        if let Some(msg) = fail {
            return Err(raise(&OS_ERROR, msg));
        }
        return Ok(fam);
    }
    if name == b"<broadcast>" || name == b"255.255.255.255" {
        if af != libc::AF_INET && af != libc::AF_UNSPEC {
            return Err(raise(&OS_ERROR, "address family mismatched"));
        }
        let sin = out.as_in();
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_addr.s_addr = libc::INADDR_BROADCAST.to_be();
        out.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
        return Ok(libc::AF_INET);
    }
    if af == libc::AF_INET || af == libc::AF_UNSPEC {
        let mut a: libc::in_addr = unsafe { zeroed() };
        if unsafe { super::ffi::inet_pton(libc::AF_INET, cname.as_ptr(), &mut a as *mut _ as *mut libc::c_void) } > 0 {
            let sin = out.as_in();
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_addr = a;
            out.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
            return Ok(libc::AF_INET);
        }
    }
    // An address with a scope (`fe80::1%eth0`) goes through getaddrinfo, which
    // knows interface names.
    if (af == libc::AF_INET6 || af == libc::AF_UNSPEC) && !name.contains(&b'%') {
        let mut a: libc::in6_addr = unsafe { zeroed() };
        if unsafe { super::ffi::inet_pton(libc::AF_INET6, cname.as_ptr(), &mut a as *mut _ as *mut libc::c_void) } > 0 {
            let sin6 = out.as_in6();
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_addr = a;
            out.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            return Ok(libc::AF_INET6);
        }
    }
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = af;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let e = unsafe { libc::getaddrinfo(cname.as_ptr(), std::ptr::null(), &hints, &mut res) };
    if e != 0 {
        return Err(gai_error(e));
    }
    let r = unsafe { &*res };
    *out = copy_from(r.ai_addr, r.ai_addrlen);
    unsafe { libc::freeaddrinfo(res) };
    match out.storage.ss_family as i32 {
        f @ (libc::AF_INET | libc::AF_INET6) => Ok(f),
        _ => Err(raise(&OS_ERROR, "unknown address family")),
    }
}

/// The numeric text of an IPv4 or IPv6 address (`makeipaddr`: with the scope of a
/// link-local IPv6 address).
pub fn ip_text(a: &SockAddr) -> R<Obj> {
    let mut host = [0 as libc::c_char; libc::NI_MAXHOST as usize];
    let e = unsafe {
        libc::getnameinfo(a.ptr(), a.len, host.as_mut_ptr(), host.len() as libc::socklen_t, std::ptr::null_mut(), 0, libc::NI_NUMERICHOST)
    };
    if e != 0 {
        return Err(gai_error(e));
    }
    Ok(str_from(unsafe { CStr::from_ptr(host.as_ptr()) }.to_string_lossy().into_owned()))
}

/// The Python form of a socket address (`makesockaddr`).
pub fn to_py(a: &SockAddr) -> R<Obj> {
    if a.len == 0 {
        return Ok(none());
    }
    let fam = a.storage.ss_family as i32;
    let int = |n: i64| int_from_i64(n).into_raw();
    match fam {
        libc::AF_INET => {
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            let host = ip_text(a)?;
            Ok(tuple_from(vec![host.into_raw(), int(u16::from_be(sin.sin_port) as i64)]))
        }
        libc::AF_INET6 => {
            let sin6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            let host = ip_text(a)?;
            Ok(tuple_from(vec![
                host.into_raw(),
                int(u16::from_be(sin6.sin6_port) as i64),
                int(u32::from_be(sin6.sin6_flowinfo) as i64),
                int(sin6.sin6_scope_id as i64),
            ]))
        }
        libc::AF_UNIX => {
            let off = size_of::<libc::sa_family_t>();
            let n = (a.len as usize).saturating_sub(off);
            let sun = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let path: Vec<u8> = sun.sun_path[..n.min(sun.sun_path.len())].iter().map(|&c| c as u8).collect();
            if n > 0 && path[0] == 0 {
                // Linux's abstract namespace: the name is all the bytes.
                return Ok(bytes_from(path));
            }
            let end = path.iter().position(|&b| b == 0).unwrap_or(path.len());
            krait_runtime::bytes::decode_bytes(&path[..end], "utf-8", "surrogateescape")
        }
        _ => {
            let sa = unsafe { &*(a.ptr()) };
            let data: Vec<u8> = sa.sa_data.iter().map(|&c| c as u8).collect();
            Ok(tuple_from(vec![int(fam as i64), bytes_from(data).into_raw()]))
        }
    }
}

/// The port of an address tuple: an OverflowError of the conversion becomes
/// CPython's range message.
fn port_of(v: Value, caller: &str) -> R<i32> {
    match parse_int(v) {
        Ok(p) => Ok(p),
        Err(e) => {
            if krait_runtime::exc::current_is(&OVERFLOW_ERROR) {
                return Err(raise(&OVERFLOW_ERROR, format!("{}(): port must be 0-65535.", caller)));
            }
            Err(e)
        }
    }
}

/// `PyLong_AsUnsignedLongMask` of an `I` unit: any int, masked to 32 bits.
fn uint_mask(v: Value) -> R<u32> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = crate::clinic::index(v)?;
    let b = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let m: num_bigint::BigInt = b & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

/// The address argument `v` of a socket of `family` (`getsockaddrarg`); `caller`
/// names the method in messages.
pub fn from_py(family: i32, v: Value, caller: &str) -> R<SockAddr> {
    let mut out = SockAddr::empty();
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = if !v.is_small() && v.ty().kind == Kind::Str {
                krait_runtime::bytes::encode_vec(str_text(v), "utf-8", "surrogateescape")?
            } else {
                krait_runtime::bytes::buffer_arg(v)?
            };
            let sun = unsafe { &mut *(out.mut_ptr() as *mut libc::sockaddr_un) };
            let cap = sun.sun_path.len();
            let off = size_of::<libc::sa_family_t>();
            // An empty path auto-binds, and one starting with NUL names the abstract
            // namespace: neither ends with a NUL.
            let abstract_ = path.is_empty() || path[0] == 0;
            if (abstract_ && path.len() > cap) || (!abstract_ && path.len() >= cap) {
                return Err(raise(&OS_ERROR, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, &s) in sun.sun_path.iter_mut().zip(&path) {
                *d = s as libc::c_char;
            }
            out.len = (off + path.len() + if abstract_ { 0 } else { 1 }) as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let (what, pair) = if family == libc::AF_INET {
                ("AF_INET", "AF_INET address must be a pair (host, port)")
            } else {
                ("AF_INET6", "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
            };
            let Some(t) = as_tuple(v) else {
                return type_error(format!("{}(): {} address must be tuple, not {}", caller, what, krait_runtime::ops::type_name(v)));
            };
            let items: Vec<Value> = t.items.to_vec();
            let max = if family == libc::AF_INET { 2 } else { 4 };
            if items.len() < 2 || items.len() > max {
                return type_error(pair);
            }
            let host = idna(items[0])?;
            let port = port_of(items[1], caller)?;
            let (flowinfo, scope) = (items.get(2).map(|&f| uint_mask(f)).transpose()?, items.get(3).map(|&s| uint_mask(s)).transpose()?);
            set_ip_addr(&host, family, &mut out)?;
            if !(0..=0xffff).contains(&port) {
                return Err(raise(&OVERFLOW_ERROR, format!("{}(): port must be 0-65535.", caller)));
            }
            if family == libc::AF_INET {
                out.as_in().sin_port = (port as u16).to_be();
            } else {
                let flowinfo = flowinfo.unwrap_or(0);
                if flowinfo > 0xfffff {
                    return Err(raise(&OVERFLOW_ERROR, format!("{}(): flowinfo must be 0-1048575.", caller)));
                }
                let sin6 = out.as_in6();
                sin6.sin6_port = (port as u16).to_be();
                sin6.sin6_flowinfo = flowinfo.to_be();
                sin6.sin6_scope_id = scope.unwrap_or(0);
            }
            Ok(out)
        }
        _ => Err(raise(&OS_ERROR, format!("{}(): bad family", caller))),
    }
}
