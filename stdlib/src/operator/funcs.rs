//! The operator functions of `_operator`: arithmetic and bitwise operators, their
//! in-place forms, comparisons, identity, truth and the unary operators.

use crate::support::*;
use krait_abi::{BinOp, CmpOp, UnaryOp};
use krait_runtime::call::Args;
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{Value, R};

/// The two operands of a binary operator function (`add expected 2 arguments, got 1`).
pub fn two<'a>(a: &'a Args, name: &str) -> R<(Value, Value)> {
    no_keywords(a, &format!("_operator.{}", name))?;
    check_positional(a, name, 2, 2)?;
    Ok((a.pos[0], a.pos[1]))
}

/// The operand of a unary operator function.
pub fn one(a: &Args, name: &str) -> R<Value> {
    one_arg(a, &format!("_operator.{}", name))
}

macro_rules! binary {
    ($($fn:ident, $name:expr, $op:expr, $inplace:expr;)*) => {
        $(krait_runtime::builtin!($fn, |a| {
            let (x, y) = two(a, $name)?;
            if $inplace { ops::inplace($op, x, y) } else { ops::binary($op, x, y) }
        });)*
        fn binaries(out: &mut Attrs) {
            $(out.push(($name, builtin_fn($name, $fn)));)*
        }
    };
}

binary! {
    op_add, "add", BinOp::Add, false;
    op_sub, "sub", BinOp::Sub, false;
    op_mul, "mul", BinOp::Mul, false;
    op_truediv, "truediv", BinOp::TrueDiv, false;
    op_floordiv, "floordiv", BinOp::FloorDiv, false;
    op_mod, "mod", BinOp::Mod, false;
    op_pow, "pow", BinOp::Pow, false;
    op_lshift, "lshift", BinOp::LShift, false;
    op_rshift, "rshift", BinOp::RShift, false;
    op_and, "and_", BinOp::And, false;
    op_or, "or_", BinOp::Or, false;
    op_xor, "xor", BinOp::Xor, false;
    op_matmul, "matmul", BinOp::MatMul, false;
    op_iadd, "iadd", BinOp::Add, true;
    op_isub, "isub", BinOp::Sub, true;
    op_imul, "imul", BinOp::Mul, true;
    op_itruediv, "itruediv", BinOp::TrueDiv, true;
    op_ifloordiv, "ifloordiv", BinOp::FloorDiv, true;
    op_imod, "imod", BinOp::Mod, true;
    op_ipow, "ipow", BinOp::Pow, true;
    op_ilshift, "ilshift", BinOp::LShift, true;
    op_irshift, "irshift", BinOp::RShift, true;
    op_iand, "iand", BinOp::And, true;
    op_ior, "ior", BinOp::Or, true;
    op_ixor, "ixor", BinOp::Xor, true;
    op_imatmul, "imatmul", BinOp::MatMul, true;
}

macro_rules! compare {
    ($($fn:ident, $name:expr, $op:expr;)*) => {
        $(krait_runtime::builtin!($fn, |a| {
            let (x, y) = two(a, $name)?;
            ops::compare($op, x, y)
        });)*
        fn comparisons(out: &mut Attrs) {
            $(out.push(($name, builtin_fn($name, $fn)));)*
        }
    };
}

compare! {
    op_lt, "lt", CmpOp::Lt;
    op_le, "le", CmpOp::Le;
    op_eq, "eq", CmpOp::Eq;
    op_ne, "ne", CmpOp::Ne;
    op_gt, "gt", CmpOp::Gt;
    op_ge, "ge", CmpOp::Ge;
}

krait_runtime::builtin!(op_neg, |a| ops::unary(UnaryOp::Neg, one(a, "neg")?));
krait_runtime::builtin!(op_pos, |a| ops::unary(UnaryOp::Pos, one(a, "pos")?));
krait_runtime::builtin!(op_inv, |a| ops::unary(UnaryOp::Invert, one(a, "inv")?));
krait_runtime::builtin!(op_invert, |a| ops::unary(UnaryOp::Invert, one(a, "invert")?));
krait_runtime::builtin!(op_not, |a| Ok(bool_obj(!ops::truthy(one(a, "not_")?)?)));
krait_runtime::builtin!(op_truth, |a| Ok(bool_obj(ops::truthy(one(a, "truth")?)?)));
krait_runtime::builtin!(op_abs, |a| {
    let x = one(a, "abs")?;
    if let Some(r) = krait_runtime::class::dunder(x, "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(r) = krait_runtime::complex::abs(x) {
        return r;
    }
    krait_runtime::num::abs(x)
});
krait_runtime::builtin!(op_index, |a| {
    let x = one(a, "index")?;
    match index_of(x)? {
        Some(i) => Ok(i),
        None => type_err(&format!("'{}' object cannot be interpreted as an integer", x.ty().name)),
    }
});
krait_runtime::builtin!(op_is, |a| {
    let (x, y) = two(a, "is_")?;
    Ok(bool_obj(x == y))
});
krait_runtime::builtin!(op_is_not, |a| {
    let (x, y) = two(a, "is_not")?;
    Ok(bool_obj(x != y))
});

/// The functions defined here.
pub fn attrs(out: &mut Attrs) {
    binaries(out);
    comparisons(out);
    let unary: [(&'static str, krait_runtime::types::BuiltinFn); 10] = [
        ("neg", op_neg),
        ("pos", op_pos),
        ("inv", op_inv),
        ("invert", op_invert),
        ("not_", op_not),
        ("truth", op_truth),
        ("abs", op_abs),
        ("index", op_index),
        ("is_", op_is),
        ("is_not", op_is_not),
    ];
    for (n, f) in unary {
        out.push((n, builtin_fn(n, f)));
    }
}
