//! The `time` module (CPython's `Modules/timemodule.c`): the clocks and `sleep`
//! (`clocks.rs`), `struct_time` and the C `struct tm` (`tm.rs`), the calendar
//! functions `gmtime`, `localtime`, `mktime`, `asctime`, `ctime`, `strftime`,
//! `strptime` (`dates.rs`) and the time zone attributes with `tzset` (`zone.rs`).

mod clocks;
mod dates;
mod tm;
mod zone;

use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::objects::*;
use krait_runtime::value::{abi, Obj, Value, R};

/// `PyArg_ParseTuple`'s checks of a `METH_VARARGS` function: no keywords, and
/// "gmtime() takes at most 1 argument (2 given)".
fn varargs(a: &Args, fname: &str, min: usize, max: usize) -> R<()> {
    crate::clinic::no_keywords(a, fname)?;
    let len = a.pos.len();
    if len < min || len > max {
        let (how, n) = if min == max {
            ("exactly", min)
        } else if len < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let s = if n == 1 { "" } else { "s" };
        return type_error(format!("{}() takes {} {} argument{} ({} given)", fname, how, n, s, len));
    }
    Ok(())
}

fn make() -> R<Obj> {
    let mut attrs: Vec<(&str, Obj)> = Vec::new();
    clocks::attrs(&mut attrs);
    dates::attrs(&mut attrs);
    attrs.push(("tzset", zone::tzset_fn()));
    attrs.push(("struct_time", tm::make_class()?.as_value().to_owned()));
    attrs.push(("_STRUCT_TM_ITEMS", int_from_i64(11)));
    attrs.extend(zone::attrs()?);
    krait_runtime::sysmod::new_module("time", attrs)
}

/// `import time`.
#[no_mangle]
pub extern "C" fn krait_module_time() -> Value {
    abi(make())
}
