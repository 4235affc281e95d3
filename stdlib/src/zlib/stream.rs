//! A zlib stream (`z_stream` of the pure-Rust zlib-rs, through its C-style API in
//! `libz-rs-sys`) and the buffer loop CPython's `zlibmodule.c` runs around
//! `deflate`/`inflate`: the output grows (doubling) while the call fills it, up to
//! an optional limit, and a dictionary is supplied when the stream asks for one.

use super::zlib_error;
use krait_runtime::value::R;
use libz_rs_sys as z;

/// zlib's default output chunk (`DEF_BUF_SIZE`).
pub const DEF_BUF_SIZE: usize = 16 * 1024;

/// An initialised deflate or inflate stream, ended when dropped. Boxed: zlib's
/// state points back at the stream, which must not move.
pub struct Stream {
    pub z: Box<z::z_stream>,
    pub inflate: bool,
}

impl Drop for Stream {
    fn drop(&mut self) {
        unsafe {
            if self.inflate {
                z::inflateEnd(&mut *self.z);
            } else {
                z::deflateEnd(&mut *self.z);
            }
        }
    }
}

fn version() -> *const libc::c_char {
    z::zlibVersion()
}

const STREAM_SIZE: i32 = std::mem::size_of::<z::z_stream>() as i32;

impl Stream {
    /// `deflateInit2`; `Err(code)` when zlib refuses.
    pub fn deflate(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> Result<Stream, (i32, Box<z::z_stream>)> {
        let mut zs = Box::<z::z_stream>::default();
        let err = unsafe { z::deflateInit2_(&mut *zs, level, method, wbits, mem_level, strategy, version(), STREAM_SIZE) };
        if err != z::Z_OK {
            return Err((err, zs));
        }
        Ok(Stream { z: zs, inflate: false })
    }

    /// `inflateInit2`.
    pub fn inflate(wbits: i32) -> Result<Stream, (i32, Box<z::z_stream>)> {
        let mut zs = Box::<z::z_stream>::default();
        // zlib-rs prints a line to stderr for a window size out of range: the check
        // it makes is made here first, with the same result.
        let window = match wbits {
            w if w < 0 => -(w as i64),
            w if w < 48 => (w & 15) as i64,
            w => w as i64,
        };
        if window != 0 && !(8..=15).contains(&window) {
            return Err((z::Z_STREAM_ERROR, zs));
        }
        let err = unsafe { z::inflateInit2_(&mut *zs, wbits, version(), STREAM_SIZE) };
        if err != z::Z_OK {
            return Err((err, zs));
        }
        Ok(Stream { z: zs, inflate: true })
    }

    /// `deflateCopy`/`inflateCopy`.
    pub fn copy(&self) -> Result<Stream, (i32, Box<z::z_stream>)> {
        let mut zs = Box::<z::z_stream>::default();
        let src = &*self.z as *const z::z_stream as *mut z::z_stream;
        let err = unsafe {
            if self.inflate {
                z::inflateCopy(&mut *zs, src)
            } else {
                z::deflateCopy(&mut *zs, src)
            }
        };
        if err != z::Z_OK {
            return Err((err, zs));
        }
        Ok(Stream { z: zs, inflate: self.inflate })
    }

    /// `inflateSetDictionary`/`deflateSetDictionary`: the zlib return code.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        unsafe {
            if self.inflate {
                z::inflateSetDictionary(&mut *self.z, dict.as_ptr(), dict.len() as u32)
            } else {
                z::deflateSetDictionary(&mut *self.z, dict.as_ptr(), dict.len() as u32)
            }
        }
    }

    /// One `deflate`/`inflate` call.
    fn step(&mut self, flush: i32) -> i32 {
        unsafe {
            if self.inflate {
                z::inflate(&mut *self.z, flush)
            } else {
                z::deflate(&mut *self.z, flush)
            }
        }
    }

    /// Runs `input` through the stream with `flush`, collecting output in chunks of
    /// `bufsize` and then doubling, until a call leaves room in the output (input
    /// used up or stream ended), an error, or `limit` bytes of output. `zdict` is
    /// supplied if inflate asks for a dictionary. Returns the output, the last zlib
    /// code and the number of input bytes not consumed.
    pub fn pump(&mut self, input: &[u8], flush: i32, bufsize: usize, limit: usize, zdict: Option<&[u8]>) -> R<(Vec<u8>, i32, usize)> {
        let mut rest = input;
        let mut out: Vec<u8> = Vec::new();
        let mut chunk = bufsize.max(1);
        let mut err;
        self.z.avail_in = 0;
        loop {
            if self.z.avail_in == 0 && !rest.is_empty() {
                let n = rest.len().min(u32::MAX as usize);
                self.z.next_in = rest.as_ptr();
                self.z.avail_in = n as u32;
                rest = &rest[n..];
            }
            if out.len() >= limit {
                err = z::Z_OK;
                break;
            }
            let room = chunk.min(limit - out.len()).min(u32::MAX as usize);
            out.reserve(room);
            let before = out.len();
            self.z.next_out = unsafe { out.as_mut_ptr().add(before) };
            self.z.avail_out = room as u32;
            err = self.step(flush);
            let produced = room - self.z.avail_out as usize;
            unsafe { out.set_len(before + produced) };
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_NEED_DICT if zdict.is_some() => {
                    let e = self.set_dictionary(zdict.unwrap());
                    if e != z::Z_OK {
                        return Err(zlib_error(&self.z, e, "while setting zdict"));
                    }
                    continue;
                }
                _ => break,
            }
            if self.z.avail_out != 0 && (rest.is_empty() || err == z::Z_STREAM_END) {
                break;
            }
            if self.z.avail_out == 0 {
                chunk = out.len().max(chunk);
            }
        }
        let left = self.z.avail_in as usize + rest.len();
        self.z.next_in = std::ptr::null();
        self.z.avail_in = 0;
        Ok((out, err, left))
    }
}
