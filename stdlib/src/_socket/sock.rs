//! `_socket.socket`: a socket descriptor with its family, type, protocol and
//! timeout, and the methods `socket.py` builds on (CPython 3.11's `sock_*`
//! functions): creation from a family/type/protocol or an existing descriptor,
//! blocking and timeouts, `send`/`sendall`/`sendto`, `recv`/`recv_into`/`recvfrom`,
//! `bind`/`listen`/`_accept`/`connect`/`connect_ex`, the local and peer addresses,
//! options, `shutdown`, `close` and `detach`. The descriptor is closed with the
//! object.

use super::addr::{self, SockAddr};
use super::wait::{self, Failure};
use super::{default_timeout, parse_tuple, timeout_value};
use crate::clinic::{self, no_args, rest, self_state, unpack_keywords};
use crate::posix::args::{errno, last_error, os_error, parse_int};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::bytes::{buffer_arg, bytes_from};
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj, OS_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct Sock {
    /// -1 once closed or detached (and before `__init__`).
    pub fd: Cell<i32>,
    pub family: Cell<i32>,
    pub ty: Cell<i32>,
    pub proto: Cell<i32>,
    /// Nanoseconds; negative for none (blocking), 0 for non-blocking.
    pub timeout: Cell<i64>,
}

impl NativeState for Sock {}

impl Drop for Sock {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            unsafe { libc::close(fd) };
        }
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Sock { fd: Cell::new(-1), family: Cell::new(0), ty: Cell::new(0), proto: Cell::new(0), timeout: Cell::new(-1) })
}

thread_local! {
    /// `_socket.socket`, made with the module.
    static SOCKET_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// Sets the descriptor's O_NONBLOCK flag.
fn set_blocking_fd(fd: i32, block: bool) -> R<()> {
    let mut flag: libc::c_int = if block { 0 } else { 1 };
    if unsafe { libc::ioctl(fd, libc::FIONBIO, &mut flag) } < 0 {
        return last_error();
    }
    Ok(())
}

impl Sock {
    /// Fills a new socket object's state (`init_sockobject`): the type without the
    /// creation flags, and the default timeout unless SOCK_NONBLOCK asked for none.
    fn init(&self, fd: i32, family: i32, ty: i32, proto: i32) -> R<()> {
        self.fd.set(fd);
        self.family.set(family);
        self.ty.set(ty & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
        self.proto.set(proto);
        if ty & libc::SOCK_NONBLOCK != 0 {
            self.timeout.set(0);
        } else {
            let t = default_timeout();
            self.timeout.set(t);
            if t >= 0 {
                set_blocking_fd(fd, false)?;
            }
        }
        Ok(())
    }

    /// Runs a call with the socket's timeout, raising its failure.
    fn call(&self, writing: bool, f: impl FnMut() -> isize) -> R<isize> {
        let t = self.timeout.get();
        wait::call(self.fd.get(), t, t, writing, false, true, f).or_else(wait::raised)
    }
}

/// A new `_socket.socket` for a descriptor (`new_sockobject`).
pub fn new_socket(fd: i32, family: i32, ty: i32, proto: i32) -> R<Obj> {
    let t = SOCKET_TYPE.with(|t| t.get()).expect("_socket.socket is made with the module");
    let o = native_obj::new(t, new_state());
    native_obj::state::<Sock>(o.v()).unwrap().init(fd, family, ty, proto)?;
    Ok(o)
}

fn this<'a>(a: &Args, method: &str) -> R<&'a Sock> {
    self_state::<Sock>(a, "_socket.socket", method)
}

/// An optional `i` argument of `PyArg_ParseTuple`.
fn int_or(v: Option<&Value>, default: i32) -> R<i32> {
    v.map_or(Ok(default), |&v| parse_int(v))
}

// `socket(family=-1, type=-1, proto=-1, fileno=None)`.
builtin!(sock_init, |a| {
    let st = this(a, "__init__")?;
    let b = unpack_keywords(&rest(a), "socket", &["family", "type", "proto", "fileno"], 0, 0, 4)?;
    let arg = |i: usize| b[i].map_or(Ok(-1), clinic::c_int);
    let (mut family, mut ty, mut proto) = (arg(0)?, arg(1)?, arg(2)?);
    let fd = match b[3] {
        Some(f) if !is_none(f) => {
            let fd = crate::posix::args::c_long(f)?;
            if fd < 0 {
                return value_error("negative file descriptor");
            }
            let fd = fd as i32;
            // The descriptor must be a socket; its family, type and protocol fill
            // what was not given.
            let mut sa = SockAddr::empty();
            if unsafe { libc::getsockname(fd, sa.mut_ptr(), &mut sa.len) } == 0 {
                if family == -1 {
                    family = sa.storage.ss_family as i32;
                }
            } else {
                let e = errno();
                if e == libc::EBADF || e == libc::ENOTSOCK {
                    return Err(os_error(e, None, None));
                }
            }
            let opt = |name: i32| -> R<i32> {
                let mut v: libc::c_int = 0;
                let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
                if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, name, &mut v as *mut _ as *mut libc::c_void, &mut len) } < 0 {
                    return last_error();
                }
                Ok(v)
            };
            if ty == -1 {
                ty = opt(libc::SO_TYPE)?;
            }
            if proto == -1 {
                proto = opt(libc::SO_PROTOCOL)?;
            }
            fd
        }
        _ => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if ty == -1 {
                ty = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
            if fd < 0 {
                return last_error();
            }
            fd
        }
    };
    // Re-initialising an open socket replaces its descriptor without closing the
    // old one, as in CPython.
    if let Err(e) = st.init(fd, family, ty, proto) {
        unsafe { libc::close(fd) };
        return Err(e);
    }
    Ok(none())
});

builtin!(sock_repr, |a| {
    let st = this(a, "__repr__")?;
    Ok(str_from(format!("<socket object, fd={}, family={}, type={}, proto={}>", st.fd.get(), st.family.get(), st.ty.get(), st.proto.get())))
});

builtin!(sock_fileno, |a| {
    let st = this(a, "fileno")?;
    no_args(&rest(a), "socket.fileno")?;
    Ok(int_from_i64(st.fd.get() as i64))
});

builtin!(sock_close, |a| {
    let st = this(a, "close")?;
    no_args(&rest(a), "socket.close")?;
    let fd = st.fd.replace(-1);
    // A connection reset by the peer is no error for the closer (bpo-30319).
    if fd >= 0 && unsafe { libc::close(fd) } < 0 && errno() != libc::ECONNRESET {
        return last_error();
    }
    Ok(none())
});

builtin!(sock_detach, |a| {
    let st = this(a, "detach")?;
    no_args(&rest(a), "socket.detach")?;
    Ok(int_from_i64(st.fd.replace(-1) as i64))
});

builtin!(sock_family, |a| Ok(int_from_i64(this(a, "family")?.family.get() as i64)));
builtin!(sock_type, |a| Ok(int_from_i64(this(a, "type")?.ty.get() as i64)));
builtin!(sock_proto, |a| Ok(int_from_i64(this(a, "proto")?.proto.get() as i64)));

/// A timeout in nanoseconds as `gettimeout()` shows it.
pub fn timeout_obj(ns: i64) -> Obj {
    if ns < 0 {
        none()
    } else if ns % 1_000_000_000 == 0 {
        float((ns / 1_000_000_000) as f64)
    } else {
        float(ns as f64 / 1e9)
    }
}

builtin!(sock_gettimeout, |a| {
    let st = this(a, "gettimeout")?;
    no_args(&rest(a), "socket.gettimeout")?;
    Ok(timeout_obj(st.timeout.get()))
});

builtin!(sock_timeout_attr, |a| Ok(timeout_obj(this(a, "timeout")?.timeout.get())));

builtin!(sock_settimeout, |a| {
    let st = this(a, "settimeout")?;
    let v = clinic::one_arg(&rest(a), "socket.settimeout")?;
    let t = timeout_value(v)?;
    st.timeout.set(t);
    set_blocking_fd(st.fd.get(), t < 0)?;
    Ok(none())
});

builtin!(sock_setblocking, |a| {
    let st = this(a, "setblocking")?;
    let v = clinic::one_arg(&rest(a), "socket.setblocking")?;
    let block = crate::posix::args::c_long(v)? != 0;
    st.timeout.set(if block { -1 } else { 0 });
    set_blocking_fd(st.fd.get(), block)?;
    Ok(none())
});

builtin!(sock_getblocking, |a| {
    let st = this(a, "getblocking")?;
    no_args(&rest(a), "socket.getblocking")?;
    Ok(bool_obj(st.timeout.get() != 0))
});

builtin!(sock_bind, |a| {
    let st = this(a, "bind")?;
    let v = clinic::one_arg(&rest(a), "socket.bind")?;
    let sa = addr::from_py(st.family.get(), v, "bind")?;
    if unsafe { libc::bind(st.fd.get(), sa.ptr(), sa.len) } < 0 {
        return last_error();
    }
    Ok(none())
});

builtin!(sock_listen, |a| {
    let st = this(a, "listen")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "listen", 0, 1)?;
    // The default backlog is SOMAXCONN, at most 128; a negative one means 0.
    let backlog = int_or(args.first(), libc::SOMAXCONN.min(128))?.max(0);
    if unsafe { libc::listen(st.fd.get(), backlog) } < 0 {
        return last_error();
    }
    Ok(none())
});

builtin!(sock_accept, |a| {
    let st = this(a, "_accept")?;
    no_args(&rest(a), "socket._accept")?;
    let mut sa = SockAddr::empty();
    let fd = st.fd.get();
    let n = st.call(false, || {
        sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        unsafe { libc::accept4(fd, sa.mut_ptr(), &mut sa.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    let addr = match addr::to_py(&sa) {
        Ok(o) => o,
        Err(e) => {
            unsafe { libc::close(n as i32) };
            return Err(e);
        }
    };
    Ok(tuple_from(vec![int_from_i64(n as i64).into_raw(), addr.into_raw()]))
});

/// `internal_connect`: 0 when connected, else the errno (`raise` false) or the
/// raised error.
fn connect(st: &Sock, sa: &SockAddr, raise_errors: bool) -> R<i32> {
    let fd = st.fd.get();
    if unsafe { libc::connect(fd, sa.ptr(), sa.len) } == 0 {
        return Ok(0);
    }
    let err = errno();
    let timeout = st.timeout.get();
    let wait_connect = if err == libc::EINTR {
        krait_runtime::signals::check()?;
        // An interrupted connect goes on in the background: a blocking socket or
        // one with a timeout waits for it; a non-blocking one reports EINTR.
        timeout != 0
    } else {
        timeout > 0 && err == libc::EINPROGRESS
    };
    if !wait_connect {
        if raise_errors {
            return Err(os_error(err, None, None));
        }
        return Ok(err);
    }
    // Once the socket is writable, SO_ERROR says how the connection ended.
    let status = || -> isize {
        let mut e: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, &mut e as *mut _ as *mut libc::c_void, &mut len) } < 0 {
            return -1;
        }
        if e == 0 || e == libc::EISCONN {
            return 0;
        }
        unsafe { *libc::__errno_location() = e };
        -1
    };
    match wait::call(fd, timeout, timeout, true, true, raise_errors, status) {
        Ok(_) => Ok(0),
        Err(Failure::Errno(e)) if !raise_errors => Ok(e),
        Err(f) => wait::raised(f),
    }
}

builtin!(sock_connect, |a| {
    let st = this(a, "connect")?;
    let v = clinic::one_arg(&rest(a), "socket.connect")?;
    let sa = addr::from_py(st.family.get(), v, "connect")?;
    connect(st, &sa, true)?;
    Ok(none())
});

builtin!(sock_connect_ex, |a| {
    let st = this(a, "connect_ex")?;
    let v = clinic::one_arg(&rest(a), "socket.connect_ex")?;
    let sa = addr::from_py(st.family.get(), v, "connect_ex")?;
    Ok(int_from_i64(connect(st, &sa, false)? as i64))
});

/// `getsockname()` or `getpeername()`.
fn name_of(a: &Args, method: &str, peer: bool) -> R<Obj> {
    let st = this(a, method)?;
    no_args(&rest(a), &format!("socket.{}", method))?;
    let mut sa = SockAddr::empty();
    let r = unsafe {
        if peer {
            libc::getpeername(st.fd.get(), sa.mut_ptr(), &mut sa.len)
        } else {
            libc::getsockname(st.fd.get(), sa.mut_ptr(), &mut sa.len)
        }
    };
    if r < 0 {
        return last_error();
    }
    addr::to_py(&sa)
}

builtin!(sock_getsockname, |a| name_of(a, "getsockname", false));
builtin!(sock_getpeername, |a| name_of(a, "getpeername", true));

/// The bytes of a bytes-like argument (`y*`).
fn data_arg(v: Value) -> R<Vec<u8>> {
    buffer_arg(v)
}

builtin!(sock_send, |a| {
    let st = this(a, "send")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "send", 1, 2)?;
    let data = data_arg(args[0])?;
    let flags = int_or(args.get(1), 0)?;
    let fd = st.fd.get();
    let n = st.call(true, || unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) })?;
    Ok(int_from_i64(n as i64))
});

builtin!(sock_sendall, |a| {
    let st = this(a, "sendall")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "sendall", 1, 2)?;
    let data = data_arg(args[0])?;
    let flags = int_or(args.get(1), 0)?;
    let fd = st.fd.get();
    let timeout = st.timeout.get();
    let deadline = (timeout > 0).then(|| Instant::now() + Duration::from_nanos(timeout as u64));
    let mut off = 0;
    while off < data.len() {
        // The timeout covers the whole transfer.
        let left = match deadline {
            Some(d) => match d.checked_duration_since(Instant::now()) {
                Some(l) if !l.is_zero() => l.as_nanos().min(i64::MAX as u128) as i64,
                _ => return Err(raise(&krait_runtime::types::TIMEOUT_ERROR, "timed out")),
            },
            None => timeout,
        };
        let chunk = &data[off..];
        let n = wait::call(fd, timeout, left, true, false, true, || unsafe {
            libc::send(fd, chunk.as_ptr() as *const libc::c_void, chunk.len(), flags)
        })
        .or_else(wait::raised)?;
        off += n as usize;
        // A send interrupted after a partial write returns its count, not EINTR:
        // handlers run here.
        krait_runtime::signals::check()?;
    }
    Ok(none())
});

builtin!(sock_sendto, |a| {
    let st = this(a, "sendto")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "sendto", 0, 3)?;
    if args.len() < 2 {
        return type_error(format!("sendto() takes 2 or 3 arguments ({} given)", args.len()));
    }
    let (data, flags, addr_v) = if args.len() == 2 { (args[0], 0, args[1]) } else { (args[0], parse_int(args[1])?, args[2]) };
    let data = data_arg(data)?;
    let sa = addr::from_py(st.family.get(), addr_v, "sendto")?;
    let fd = st.fd.get();
    let n = st.call(true, || unsafe { libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags, sa.ptr(), sa.len) })?;
    Ok(int_from_i64(n as i64))
});

/// The size argument of `recv`/`recvfrom`.
fn recv_size(v: Value, method: &str) -> R<usize> {
    let n = crate::clinic::ssize(v)?;
    if n < 0 {
        return value_error(format!("negative buffersize in {}", method));
    }
    Ok(n as usize)
}

/// Receives at most `n` bytes (and the sender's address when `from`).
fn recv_bytes(st: &Sock, n: usize, flags: i32, from: bool) -> R<(Vec<u8>, Option<SockAddr>)> {
    let mut buf = crate::posix::args::buffer(n)?;
    let fd = st.fd.get();
    let mut sa = SockAddr::empty();
    let got = st.call(false, || unsafe {
        if from {
            sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
            libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags, sa.mut_ptr(), &mut sa.len)
        } else {
            libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags)
        }
    })?;
    buf.truncate(got as usize);
    Ok((buf, from.then_some(sa)))
}

builtin!(sock_recv, |a| {
    let st = this(a, "recv")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "recv", 1, 2)?;
    let n = recv_size(args[0], "recv")?;
    let flags = int_or(args.get(1), 0)?;
    Ok(bytes_from(recv_bytes(st, n, flags, false)?.0))
});

builtin!(sock_recvfrom, |a| {
    let st = this(a, "recvfrom")?;
    let r = rest(a);
    let args = parse_tuple(&r, "socket", "recvfrom", 1, 2)?;
    let n = recv_size(args[0], "recvfrom")?;
    let flags = int_or(args.get(1), 0)?;
    let (data, sa) = recv_bytes(st, n, flags, true)?;
    let addr = addr::to_py(&sa.unwrap())?;
    Ok(tuple_from(vec![bytes_from(data).into_raw(), addr.into_raw()]))
});

/// The length of a writable buffer argument (`w*`), with CPython's message for
/// other objects.
fn writable_len(v: Value, method: &str) -> R<usize> {
    let ok = !v.is_small()
        && match v.ty().kind {
            Kind::ByteArray => true,
            Kind::MemoryView => !krait_runtime::ops::truthy(krait_runtime::ops::getattr(v, "readonly")?.v())?,
            _ => false,
        };
    if !ok {
        return type_error(format!("{}() argument 1 must be read-write bytes-like object, not {}", method, krait_runtime::ops::type_name(v)));
    }
    Ok(krait_runtime::bytes::buffer(v)?.map_or(0, |b| b.len()))
}

/// `recv_into`/`recvfrom_into`: receives into `buffer` (at most `nbytes`).
fn recv_into(a: &Args, method: &str, from: bool) -> R<Obj> {
    let st = this(a, method)?;
    let b = unpack_keywords(&rest(a), method, &["buffer", "nbytes", "flags"], 0, 1, 3)?;
    let buf = b[0].unwrap();
    let cap = writable_len(buf, method)?;
    let n = b[1].map_or(Ok(0), crate::clinic::ssize)?;
    let flags = b[2].map_or(Ok(0), parse_int)?;
    if n < 0 {
        return value_error(format!("negative buffersize in {}", method));
    }
    let n = if n == 0 { cap } else { n as usize };
    if n > cap {
        return value_error(if from { "nbytes is greater than the length of the buffer" } else { "buffer too small for requested bytes" });
    }
    let (data, sa) = recv_bytes(st, n, flags, from)?;
    let got = data.len();
    let d = bytes_from(data);
    krait_runtime::iobase::fill_buffer(buf, d.v())?;
    match sa {
        Some(sa) => Ok(tuple_from(vec![int_from_i64(got as i64).into_raw(), addr::to_py(&sa)?.into_raw()])),
        None => Ok(int_from_i64(got as i64)),
    }
}

builtin!(sock_recv_into, |a| recv_into(a, "recv_into", false));
builtin!(sock_recvfrom_into, |a| recv_into(a, "recvfrom_into", true));

builtin!(sock_setsockopt, |a| {
    let st = this(a, "setsockopt")?;
    let r = rest(a);
    clinic::no_keywords(&r, "socket.setsockopt")?;
    let p = r.pos;
    let fd = st.fd.get();
    let set = |level: i32, name: i32, ptr: *const libc::c_void, len: libc::socklen_t| -> R<Obj> {
        if unsafe { libc::setsockopt(fd, level, name, ptr, len) } < 0 {
            return last_error();
        }
        Ok(none())
    };
    // An int value, `None` with a length (an option without value), or a buffer:
    // CPython tries the three forms in turn, and reports the last one's error.
    if p.len() == 3 && clinic::is_int(p[2]) {
        if let (Ok(level), Ok(name), Some(v)) = (parse_int(p[0]), parse_int(p[1]), clinic::as_i64(p[2]).filter(|v| i32::try_from(*v).is_ok())) {
            let v = v as libc::c_int;
            return set(level, name, &v as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t);
        }
        krait_runtime::exc::clear_current();
    }
    if p.len() == 4 && is_none(p[2]) {
        if let (Ok(level), Ok(name)) = (parse_int(p[0]), parse_int(p[1])) {
            if clinic::is_int(p[3]) {
                let len = uint(p[3])?;
                return set(level, name, std::ptr::null(), len);
            }
        }
        krait_runtime::exc::clear_current();
    }
    let p = parse_tuple(&r, "socket", "setsockopt", 3, 3)?;
    let (level, name) = (parse_int(p[0])?, parse_int(p[1])?);
    let data = data_arg(p[2])?;
    set(level, name, data.as_ptr() as *const libc::c_void, data.len() as libc::socklen_t)
});

/// An `I` argument (unsigned int, masked).
fn uint(v: Value) -> R<libc::socklen_t> {
    let i = crate::clinic::index(v)?;
    let b = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let m: num_bigint::BigInt = b & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

builtin!(sock_getsockopt, |a| {
    let st = this(a, "getsockopt")?;
    let r = rest(a);
    let p = parse_tuple(&r, "socket", "getsockopt", 2, 3)?;
    let (level, name) = (parse_int(p[0])?, parse_int(p[1])?);
    let buflen = int_or(p.get(2), 0)?;
    let fd = st.fd.get();
    if buflen == 0 {
        let mut v: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        if unsafe { libc::getsockopt(fd, level, name, &mut v as *mut _ as *mut libc::c_void, &mut len) } < 0 {
            return last_error();
        }
        return Ok(int_from_i64(v as i64));
    }
    if !(0..=1024).contains(&buflen) {
        return Err(raise(&OS_ERROR, "getsockopt buflen out of range"));
    }
    let mut buf = vec![0u8; buflen as usize];
    let mut len = buflen as libc::socklen_t;
    if unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr() as *mut libc::c_void, &mut len) } < 0 {
        return last_error();
    }
    buf.truncate(len as usize);
    Ok(bytes_from(buf))
});

builtin!(sock_shutdown, |a| {
    let st = this(a, "shutdown")?;
    let v = clinic::one_arg(&rest(a), "socket.shutdown")?;
    let how = clinic::c_int(v)?;
    if unsafe { libc::shutdown(st.fd.get(), how) } < 0 {
        return last_error();
    }
    Ok(none())
});

/// The `socket` class (also `SocketType`).
pub fn attrs(out: &mut Attrs) -> R<()> {
    let m = native_obj::method;
    let prop = |name: &'static str, f| crate::support::property(builtin_fn(name, f), None);
    let cls = clinic::native_class(
        "_socket",
        "socket",
        vec![
            ("__slots__", tuple_from(vec![])),
            ("__init__", m("__init__", sock_init)),
            ("__repr__", m("__repr__", sock_repr)),
            ("_accept", m("_accept", sock_accept)),
            ("bind", m("bind", sock_bind)),
            ("close", m("close", sock_close)),
            ("connect", m("connect", sock_connect)),
            ("connect_ex", m("connect_ex", sock_connect_ex)),
            ("detach", m("detach", sock_detach)),
            ("family", prop("family", sock_family)?),
            ("fileno", m("fileno", sock_fileno)),
            ("getblocking", m("getblocking", sock_getblocking)),
            ("getpeername", m("getpeername", sock_getpeername)),
            ("getsockname", m("getsockname", sock_getsockname)),
            ("getsockopt", m("getsockopt", sock_getsockopt)),
            ("gettimeout", m("gettimeout", sock_gettimeout)),
            ("listen", m("listen", sock_listen)),
            ("proto", prop("proto", sock_proto)?),
            ("recv", m("recv", sock_recv)),
            ("recv_into", m("recv_into", sock_recv_into)),
            ("recvfrom", m("recvfrom", sock_recvfrom)),
            ("recvfrom_into", m("recvfrom_into", sock_recvfrom_into)),
            ("send", m("send", sock_send)),
            ("sendall", m("sendall", sock_sendall)),
            ("sendto", m("sendto", sock_sendto)),
            ("setblocking", m("setblocking", sock_setblocking)),
            ("setsockopt", m("setsockopt", sock_setsockopt)),
            ("settimeout", m("settimeout", sock_settimeout)),
            ("shutdown", m("shutdown", sock_shutdown)),
            ("timeout", prop("timeout", sock_timeout_attr)?),
            ("type", prop("type", sock_type)?),
        ],
        new_state,
    )?;
    SOCKET_TYPE.with(|t| t.set(Some(unsafe { cls.v().as_ref::<TypeObj>() })));
    out.push(("SocketType", cls.clone()));
    out.push(("socket", cls));
    Ok(())
}
