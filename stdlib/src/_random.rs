//! The `_random` module (CPython's `Modules/_randommodule.c`): the Mersenne Twister
//! (MT19937) generator class `Random` that `random.py` subclasses. Seeding
//! (`init_by_array` over the 32-bit words of the seed's absolute value, or of its
//! hash for other objects, or 624 words of `/dev/urandom` for None), `random()`'s 53
//! bits from two outputs, `getrandbits` filling words least significant first, and
//! the state tuple follow CPython exactly, so a seed gives CPython's numbers.
//!
//! `Random` is a native class (`krait_runtime::native_obj`): a fresh instance's
//! state is all zeros, as CPython's zero-filled allocation, and `__init__` seeds it.

use crate::clinic::{as_i64, c_int, check_positional, native_class, no_args, no_keywords, one_arg, rest, self_state};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OVERFLOW_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{class, ops, seq};
use num_bigint::{BigInt, BigUint, Sign};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator: 624 words and the position of the next one.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// The next 32 random bits (`genrand_uint32`), regenerating the block when spent.
    fn next_u32(&mut self) -> u32 {
        let mt = &mut self.state;
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: seeds from the words of `key`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }
}

/// The state of a `Random` object. Borrowed only where no Python code runs.
struct RandomState(RefCell<Mt>);

impl NativeState for RandomState {}

fn new_state() -> Box<dyn NativeState> {
    Box::new(RandomState(RefCell::new(Mt { state: [0; N], index: 0 })))
}

/// The generator of a method's `self`.
fn this<'a>(a: &Args, method: &str) -> R<&'a RefCell<Mt>> {
    Ok(&self_state::<RandomState>(a, "_random.Random", method)?.0)
}

/// Seeds from 624 words of the system's entropy, or from the time and the process id
/// when it is unavailable (`random_seed_urandom`, `random_seed_time_pid`).
fn seed_from_system(mt: &RefCell<Mt>) {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    let key: Vec<u32> = if ok {
        buf.chunks_exact(4).map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect()
    } else {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let ns = now.as_nanos() as u64;
        let mono = now.subsec_nanos() as u64;
        vec![ns as u32, (ns >> 32) as u32, std::process::id(), mono as u32, (mono >> 32) as u32]
    };
    mt.borrow_mut().init_by_array(&key);
}

/// `random_seed`: None from the system; an int by its absolute value; any other
/// object by its hash (as an unsigned machine word).
fn seed(mt: &RefCell<Mt>, arg: Option<Value>) -> R<()> {
    let arg = match arg {
        None => return Ok(seed_from_system(mt)),
        Some(v) if is_none(v) => return Ok(seed_from_system(mt)),
        Some(v) => v,
    };
    let n: BigUint = match seq::int_to_big(arg) {
        Some(b) => b.magnitude().clone(),
        None => BigUint::from(ops::hash(arg)? as u64),
    };
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.borrow_mut().init_by_array(&key);
    Ok(())
}

builtin!(random_init, |a| {
    let mt = this(a, "__init__")?;
    let obj = a.pos[0];
    if !a.kwnames.is_empty() {
        // CPython rejects keywords unless a subclass replaced `__init__`.
        let inherited = class::lookup_type(obj.ty(), "__init__").map_or(true, |f| native_obj::is_method(f) && as_builtin(f).is_some_and(|b| b.f as *const () as usize == random_init as *const () as usize));
        if inherited {
            return type_error("Random() takes no keyword arguments");
        }
    }
    if a.pos.len() > 2 {
        return type_error("Random() requires 0 or 1 argument");
    }
    seed(mt, a.pos.get(1).copied())?;
    Ok(none())
});

builtin!(random_seed, |a| {
    let mt = this(a, "seed")?;
    let r = rest(a);
    no_keywords(&r, "Random.seed")?;
    check_positional(&r, "seed", 0, 1)?;
    seed(mt, r.pos.first().copied())?;
    Ok(none())
});

builtin!(random_random, |a| {
    let mt = this(a, "random")?;
    no_args(&rest(a), "Random.random")?;
    let mut g = mt.borrow_mut();
    let hi = (g.next_u32() >> 5) as f64;
    let lo = (g.next_u32() >> 6) as f64;
    Ok(float((hi * 67_108_864.0 + lo) * (1.0 / 9_007_199_254_740_992.0)))
});

builtin!(random_getstate, |a| {
    let mt = this(a, "getstate")?;
    no_args(&rest(a), "Random.getstate")?;
    let g = mt.borrow();
    let mut items: Vec<Value> = g.state.iter().map(|w| int_from_i64(*w as i64).into_raw()).collect();
    items.push(int_from_i64(g.index as i64).into_raw());
    Ok(tuple_from(items))
});

/// `PyLong_AsUnsignedLong`: an int only (no `__index__`), within 64 bits.
fn state_word(v: Value) -> R<u32> {
    let Some(b) = seq::int_to_big(v) else { return type_error("an integer is required") };
    if b.sign() == Sign::Minus {
        return Err(raise(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    match u64::try_from(b.magnitude()) {
        Ok(n) => Ok(n as u32),
        Err(_) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long")),
    }
}

builtin!(random_setstate, |a| {
    let mt = this(a, "setstate")?;
    let state = one_arg(&rest(a), "Random.setstate")?;
    let Some(t) = (!state.is_small() && state.ty().kind == Kind::Tuple).then(|| as_tuple(state)).flatten() else {
        return type_error("state vector must be a tuple");
    };
    if t.items.len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let items: Vec<Obj> = t.items.iter().map(|&v| v.to_owned()).collect();
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&items) {
        *w = state_word(v.v())?;
    }
    // `PyLong_AsLong`, through `__index__`.
    let index = crate::clinic::index(items[N].v())?;
    let index = match as_i64(index.v()) {
        Some(n) => n,
        None => return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
    };
    if index < 0 || index > N as i64 {
        return value_error("invalid state");
    }
    let mut g = mt.borrow_mut();
    g.state = words;
    g.index = index as usize;
    Ok(none())
});

builtin!(random_getrandbits, |a| {
    let mt = this(a, "getrandbits")?;
    let k = c_int(one_arg(&rest(a), "Random.getrandbits")?)?;
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    if k == 0 {
        return Ok(int_from_i64(0));
    }
    let mut g = mt.borrow_mut();
    if k <= 32 {
        return Ok(int_from_i64((g.next_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut digits = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = g.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left -= 32;
    }
    Ok(int_from_big(BigInt::from_biguint(Sign::Plus, BigUint::new(digits))))
});

/// `import _random`.
#[no_mangle]
pub extern "C" fn krait_module__random() -> Value {
    let methods = vec![
        ("__doc__", str_from("Random() -> create a random number generator with its own internal state.")),
        ("__init__", native_obj::method("__init__", random_init)),
        ("random", native_obj::method("random", random_random)),
        ("seed", native_obj::method("seed", random_seed)),
        ("getstate", native_obj::method("getstate", random_getstate)),
        ("setstate", native_obj::method("setstate", random_setstate)),
        ("getrandbits", native_obj::method("getrandbits", random_getrandbits)),
    ];
    let cls = match native_class("_random", "Random", methods, new_state) {
        Ok(c) => c,
        Err(e) => return abi(Err(e)),
    };
    abi(krait_runtime::sysmod::new_module(
        "_random",
        vec![("__doc__", str_from("Module implements the Mersenne Twister random number generator.")), ("Random", cls)],
    ))
}
