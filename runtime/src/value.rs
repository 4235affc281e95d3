//! Values, object headers and reference counting.
//!
//! A [`Value`] is one machine word. If its lowest bit is set it is a *small int*
//! (`n << 1 | 1`, for `-2**62 <= n < 2**62`), which never allocates. Otherwise it is a
//! pointer to a heap object that starts with a [`Header`]: a reference count and a
//! pointer to the object's [`TypeObj`]. The word 0 means "no value": an unbound
//! variable, or an error result after an exception has been raised.
//!
//! Ownership is manual at the ABI: functions document whether they return a new
//! reference. Inside the runtime, [`Obj`] is an owned reference that releases itself
//! when dropped, which keeps Rust code honest.

use crate::types::TypeObj;
use std::cell::UnsafeCell;

/// A Python value: a small int or an object pointer (0 = none).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

/// The reference count cell; interior mutability because immortal objects are statics.
#[repr(transparent)]
pub struct RefCnt(pub UnsafeCell<i64>);

// The runtime is single-threaded for now (see ARCHITECTURE.md): statics with a count are shared freely.
unsafe impl Sync for RefCnt {}

impl RefCnt {
    /// The count immortal objects start with: far from zero in both directions.
    pub const IMMORTAL: i64 = 1 << 60;
    pub const fn new(n: i64) -> RefCnt {
        RefCnt(UnsafeCell::new(n))
    }
    pub const fn immortal() -> RefCnt {
        RefCnt::new(Self::IMMORTAL)
    }
}

/// The start of every heap object.
#[repr(C)]
pub struct Header {
    pub rc: RefCnt,
    pub ty: *const TypeObj,
}

unsafe impl Sync for Header {}

impl Header {
    pub const fn new(ty: &'static TypeObj) -> Header {
        Header { rc: RefCnt::new(1), ty }
    }
    pub const fn immortal(ty: &'static TypeObj) -> Header {
        Header { rc: RefCnt::immortal(), ty }
    }
}

impl Value {
    pub const NULL: Value = Value(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    /// Is this a small int stored in the word?
    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }
    /// Does `n` fit a small int?
    #[inline]
    pub fn fits_small(n: i64) -> bool {
        (krait_abi::tag::SMALL_MIN..=krait_abi::tag::SMALL_MAX).contains(&n)
    }
    /// The small int `n`; the caller checked [`Value::fits_small`].
    #[inline]
    pub fn small(n: i64) -> Value {
        debug_assert!(Value::fits_small(n));
        Value(((n << 1) | 1) as u64)
    }
    /// The value of a small int.
    #[inline]
    pub fn as_small(self) -> i64 {
        (self.0 as i64) >> 1
    }
    /// The object header of a pointer value.
    #[inline]
    pub fn header(self) -> *mut Header {
        self.0 as *mut Header
    }
    /// A value from an object pointer.
    #[inline]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as u64)
    }
    /// The object pointer, cast to a concrete layout. The caller knows the type.
    #[inline]
    pub unsafe fn as_ref<'a, T>(self) -> &'a T {
        &*(self.0 as *const T)
    }
    #[inline]
    pub unsafe fn as_mut<'a, T>(self) -> &'a mut T {
        &mut *(self.0 as *mut T)
    }
    /// The type object of any non-null value.
    #[inline]
    pub fn ty(self) -> &'static TypeObj {
        if self.is_small() {
            &crate::types::INT_TYPE
        } else {
            unsafe { &*(*self.header()).ty }
        }
    }
    /// Adds a reference.
    #[inline]
    pub fn incref(self) {
        if self.0 != 0 && !self.is_small() {
            unsafe {
                *(*self.header()).rc.0.get() += 1;
            }
        }
    }
    /// Drops a reference, freeing the object when it was the last.
    #[inline]
    pub fn decref(self) {
        if self.0 != 0 && !self.is_small() {
            unsafe {
                let rc = (*self.header()).rc.0.get();
                *rc -= 1;
                if *rc == 0 {
                    crate::types::dealloc(self);
                }
            }
        }
    }
    /// The reference count (for tests).
    pub fn refcount(self) -> i64 {
        if self.is_small() || self.is_null() {
            return RefCnt::IMMORTAL;
        }
        unsafe { *(*self.header()).rc.0.get() }
    }
    /// Makes a new owned reference to this value.
    #[inline]
    pub fn to_owned(self) -> Obj {
        self.incref();
        Obj(self)
    }
    /// Takes over a reference the caller owns.
    #[inline]
    pub unsafe fn owned(self) -> Obj {
        Obj(self)
    }
}

/// An owned reference: dropping it releases the reference, cloning adds one.
#[repr(transparent)]
#[derive(PartialEq, Eq, Debug)]
pub struct Obj(Value);

impl Obj {
    /// The value, still owned by this `Obj`.
    #[inline]
    pub fn v(&self) -> Value {
        self.0
    }
    /// Gives up ownership to the caller (who must release it).
    #[inline]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }
    /// Wraps a freshly allocated object. Prefer [`crate::gc::new_obj`], which allocates
    /// the collector's head with the object when its type needs one; this moves the
    /// object there in that case.
    #[inline]
    pub fn from_box<T>(b: Box<T>) -> Obj {
        crate::gc::new_obj(*b)
    }
    pub fn ty(&self) -> &'static TypeObj {
        self.0.ty()
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        self.0.to_owned()
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        self.0.decref();
    }
}

/// Marker for "a Python exception has been raised and is stored in the thread state".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// The result of any runtime operation that can raise.
pub type R<T> = Result<T, Raised>;

/// Converts an internal result to the ABI's "new reference or 0" convention.
#[inline]
pub fn abi(r: R<Obj>) -> Value {
    match r {
        Ok(o) => o.into_raw(),
        Err(Raised) => Value::NULL,
    }
}

/// Converts an internal boolean result to the ABI's "1, 0 or -1" convention.
#[inline]
pub fn abi_bool(r: R<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(Raised) => -1,
    }
}
