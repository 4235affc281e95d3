//! The integer functions of `math`: `gcd`, `lcm`, `isqrt`, `factorial`, `comb` and
//! `perm`, on arbitrary-precision ints (`__index__` accepted, floats refused), with
//! CPython's checks and messages. Large products are computed by binary splitting.

use super::*;
use krait_runtime::builtin;
use num_bigint::Sign;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

builtin!(math_gcd, |a| {
    if !a.kwnames.is_empty() {
        return type_error("math.gcd() takes no keyword arguments");
    }
    if a.pos.is_empty() {
        return Ok(int_from_i64(0));
    }
    let mut res = to_index(a.pos[0])?;
    if a.pos.len() == 1 {
        return Ok(int_from_big(res.abs()));
    }
    for &v in &a.pos[1..] {
        let x = to_index(v)?;
        // Once the gcd is 1 the remaining arguments are only checked.
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(int_from_big(res))
});

builtin!(math_lcm, |a| {
    if !a.kwnames.is_empty() {
        return type_error("math.lcm() takes no keyword arguments");
    }
    if a.pos.is_empty() {
        return Ok(int_from_i64(1));
    }
    let mut res = to_index(a.pos[0])?;
    if a.pos.len() == 1 {
        return Ok(int_from_big(res.abs()));
    }
    for &v in &a.pos[1..] {
        let x = to_index(v)?;
        // Once the lcm is 0 the remaining arguments are only checked.
        if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                let g = res.gcd(&x);
                (res.div_floor(&g) * &x).abs()
            };
        }
    }
    Ok(int_from_big(res))
});

builtin!(math_isqrt, |a| {
    let n = to_index(one_arg(a, "math.isqrt")?)?;
    if n.is_negative() {
        return Err(raise(&VALUE_ERROR, "isqrt() argument must be nonnegative"));
    }
    Ok(int_from_big(n.sqrt()))
});

/// The product `lo * (lo + step) * ... ` of `count` terms, by binary splitting so that
/// the big multiplications are balanced.
fn range_product(lo: &BigInt, count: u64, step: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 8 {
        // Multiplies in machine words while the product fits.
        if let Some(l) = lo.to_u64() {
            let mut acc: u128 = 1;
            let mut ok = true;
            for i in 0..count {
                match acc.checked_mul(l as u128 + (i * step) as u128) {
                    Some(p) => acc = p,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                return BigInt::from(acc);
            }
        }
        let mut acc = lo.clone();
        for i in 1..count {
            acc *= lo + BigInt::from(i * step);
        }
        return acc;
    }
    let half = count / 2;
    let left = range_product(lo, half, step);
    let right = range_product(&(lo + BigInt::from(half * step)), count - half, step);
    left * right
}

/// `n!` for a machine-sized `n`: the odd part by binary splitting, times the power of
/// two `2**(n - popcount(n))`.
fn factorial_u64(n: u64) -> BigInt {
    // The odd part is the product over i of the odd numbers in (n >> (i+1), n >> i].
    let mut odd = BigInt::one();
    let mut i = 0;
    while (n >> i) > 2 {
        let upper = n >> i;
        let lower = n >> (i + 1);
        // The odd numbers in (lower, upper].
        let first = (lower + 1) | 1;
        if first <= upper {
            let count = (upper - first) / 2 + 1;
            let part = range_product(&BigInt::from(first), count, 2);
            odd = odd * part.pow((i + 1) as u32);
        }
        i += 1;
    }
    odd << (n - n.count_ones() as u64)
}

/// `math.factorial(x)` (also `perm(n)`).
fn factorial(v: Value) -> R<Obj> {
    let x = to_index(v)?;
    match x.to_i64() {
        Some(n) if n >= 0 => Ok(int_from_big(factorial_u64(n as u64))),
        None if x.sign() == Sign::Plus => {
            Err(raise(&OVERFLOW_ERROR, format!("factorial() argument should not exceed {}", i64::MAX)))
        }
        _ => Err(raise(&VALUE_ERROR, "factorial() not defined for negative values")),
    }
}

builtin!(math_factorial, |a| factorial(one_arg(a, "math.factorial")?));

/// Converts `n` and `k` and rejects negative values.
fn n_and_k(n: Value, k: Value) -> R<(BigInt, BigInt)> {
    let n = to_index(n)?;
    let k = to_index(k)?;
    if n.is_negative() {
        return Err(raise(&VALUE_ERROR, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(raise(&VALUE_ERROR, "k must be a non-negative integer"));
    }
    Ok((n, k))
}

builtin!(math_perm, |a| {
    positional(a, "perm", 1, 2)?;
    let k = match a.pos.get(1) {
        Some(&k) if !is_none(k) => k,
        _ => return factorial(a.pos[0]),
    };
    let (n, k) = n_and_k(a.pos[0], k)?;
    if n < k {
        return Ok(int_from_i64(0));
    }
    let k = match k.to_i64() {
        Some(k) => k as u64,
        None => return Err(raise(&OVERFLOW_ERROR, format!("k must not exceed {}", i64::MAX))),
    };
    // n * (n-1) * ... * (n-k+1).
    let lo = &n - BigInt::from(k) + 1u32;
    Ok(int_from_big(range_product(&lo, k, 1)))
});

builtin!(math_comb, |a| {
    positional(a, "comb", 2, 2)?;
    let (n, k) = n_and_k(a.pos[0], a.pos[1])?;
    let k = if n.to_i64().is_some() {
        if k > n {
            return Ok(int_from_i64(0));
        }
        let k2 = &n - &k;
        k.min(k2).to_u64().unwrap_or(0)
    } else {
        let rest = &n - &k;
        if rest.is_negative() {
            return Ok(int_from_i64(0));
        }
        match k.min(rest).to_i64() {
            Some(k) => k as u64,
            None => return Err(raise(&OVERFLOW_ERROR, format!("min(n - k, k) must not exceed {}", i64::MAX))),
        }
    };
    // n! / (k! (n-k)!) as the falling product over k!.
    let lo = &n - BigInt::from(k) + 1u32;
    let top = range_product(&lo, k, 1);
    Ok(int_from_big(top / factorial_u64(k)))
});

/// The integer functions, for the module's namespace.
pub fn functions() -> Vec<(&'static str, Obj)> {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("comb", math_comb),
        ("factorial", math_factorial),
        ("gcd", math_gcd),
        ("isqrt", math_isqrt),
        ("lcm", math_lcm),
        ("perm", math_perm),
    ];
    table.iter().map(|&(name, f)| (name, builtin_fn(name, f))).collect()
}
