//! The C library's network functions the `libc` crate does not declare on Linux:
//! address text conversion (`inet_aton`, `inet_pton`, `inet_ntop`) and the
//! reentrant host database lookups `gethostbyname_ex` and `gethostbyaddr` use.

use libc::{c_char, c_int, c_void, size_t, socklen_t};

/// `struct hostent` (`<netdb.h>`).
#[repr(C)]
pub struct HostEnt {
    pub h_name: *mut c_char,
    pub h_aliases: *mut *mut c_char,
    pub h_addrtype: c_int,
    pub h_length: c_int,
    pub h_addr_list: *mut *mut c_char,
}

extern "C" {
    pub fn inet_aton(cp: *const c_char, inp: *mut libc::in_addr) -> c_int;
    pub fn inet_pton(af: c_int, src: *const c_char, dst: *mut c_void) -> c_int;
    pub fn inet_ntop(af: c_int, src: *const c_void, dst: *mut c_char, size: socklen_t) -> *const c_char;
    pub fn gethostbyname2_r(
        name: *const c_char,
        af: c_int,
        ret: *mut HostEnt,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut HostEnt,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn gethostbyaddr_r(
        addr: *const c_void,
        len: socklen_t,
        af: c_int,
        ret: *mut HostEnt,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut HostEnt,
        h_errnop: *mut c_int,
    ) -> c_int;
}
