//! The `_posixsubprocess` module (CPython 3.11's `Modules/_posixsubprocess.c`):
//! `fork_exec`, which `subprocess.Popen` calls to start a child. The parent converts
//! every argument first (`convert.rs`, with CPython's messages), then forks; the
//! child (`child.rs`) sets up its descriptors and process attributes and execs,
//! reporting a failure through `errpipe_write` in the format `subprocess.py` reads.
//!
//! krait always uses `fork()`: `allow_vfork` is accepted and, as CPython allows,
//! ignored (the result is the same; vfork is only faster).

mod child;
mod convert;

use crate::support::Attrs;
use child::{c_array, Arrays, Fds, Plan};
use krait_runtime::builtin;
use crate::posix::args::{exact, parse_int};
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{abi, Obj, Value, R};

/// `fork_exec`'s 23 arguments (`PyArg_ParseTuple` with
/// `"OOpO!OOiiiiiiiiii" _Py_PARSE_PID "OOOiOp:fork_exec"`), converted in order.
struct Parsed {
    args: Value,
    executable_list: Value,
    close_fds: bool,
    pass_fds: Value,
    cwd: Value,
    env: Value,
    fds: Fds,
    restore_signals: bool,
    call_setsid: bool,
    pgid_to_set: i32,
    gid: Value,
    groups: Value,
    uid: Value,
    child_umask: i32,
    preexec_fn: Value,
}

fn parse(a: &krait_runtime::call::Args) -> R<Parsed> {
    let p = exact(a, "fork_exec", 23)?;
    let close_fds = ops::truthy(p[2])?;
    if as_tuple(p[3]).is_none() {
        return type_error(format!("fork_exec() argument 4 must be tuple, not {}", ops::type_name(p[3])));
    }
    let mut ints = [0i32; 11];
    for (i, n) in ints.iter_mut().enumerate() {
        *n = parse_int(p[6 + i])?;
    }
    let fds = Fds {
        p2cread: ints[0],
        p2cwrite: ints[1],
        c2pread: ints[2],
        c2pwrite: ints[3],
        errread: ints[4],
        errwrite: ints[5],
        errpipe_read: ints[6],
        errpipe_write: ints[7],
    };
    let child_umask = parse_int(p[20])?;
    ops::truthy(p[22])?;
    Ok(Parsed {
        args: p[0],
        executable_list: p[1],
        close_fds,
        pass_fds: p[3],
        cwd: p[4],
        env: p[5],
        fds,
        restore_signals: ints[8] != 0,
        call_setsid: ints[9] != 0,
        pgid_to_set: ints[10],
        gid: p[17],
        groups: p[18],
        uid: p[19],
        child_umask,
        preexec_fn: p[21],
    })
}

/// Everything the child needs, converted in CPython's order.
fn plan(a: &Parsed, fds_to_keep: Vec<i32>) -> R<Plan> {
    let exec_array = convert::bytes_array(a.executable_list)?;
    let argv = if is_none(a.args) { None } else { Some(convert::argv(a.args)?) };
    let envp = if is_none(a.env) { None } else { Some(convert::bytes_array(a.env)?) };
    let cwd = convert::cwd(a.cwd)?;
    let groups = if is_none(a.groups) { None } else { Some(convert::groups(a.groups)?) };
    let gid = if is_none(a.gid) { None } else { Some(convert::id_t(a.gid, "gid")?) };
    let uid = if is_none(a.uid) { None } else { Some(convert::id_t(a.uid, "uid")?) };
    Ok(Plan {
        exec_array,
        argv,
        envp,
        cwd,
        fds: a.fds,
        close_fds: a.close_fds,
        restore_signals: a.restore_signals,
        call_setsid: a.call_setsid,
        pgid_to_set: a.pgid_to_set,
        gid,
        groups,
        uid,
        child_umask: a.child_umask,
        fds_to_keep,
        preexec_fn: if is_none(a.preexec_fn) { None } else { Some(a.preexec_fn) },
    })
}

builtin!(fork_exec, |a| {
    let parsed = parse(a)?;
    if parsed.close_fds && parsed.fds.errpipe_write < 3 {
        return value_error("errpipe_write must be >= 3");
    }
    let fds_to_keep = convert::fds_to_keep(parsed.pass_fds)?;
    // The collector must not run in the child while preexec_fn runs.
    let has_preexec = !is_none(parsed.preexec_fn);
    let reenable_gc = has_preexec && krait_runtime::gc::enabled();
    if reenable_gc {
        krait_runtime::gc::set_enabled(false);
    }
    let result = plan(&parsed, fds_to_keep).and_then(|plan| spawn(&plan));
    if reenable_gc {
        krait_runtime::gc::set_enabled(true);
    }
    result
});

/// Forks; the child runs `plan` and never returns.
fn spawn(plan: &Plan) -> R<Obj> {
    let arrays = Arrays { argv: plan.argv.as_deref().map(c_array), envp: plan.envp.as_deref().map(c_array) };
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        child::run(plan, &arrays);
    }
    if pid < 0 {
        return crate::posix::args::last_error();
    }
    Ok(int_from_i64(pid as i64))
}

fn make_module() -> R<Obj> {
    let attrs: Attrs = vec![("fork_exec", builtin_fn("fork_exec", fork_exec))];
    krait_runtime::sysmod::new_module("_posixsubprocess", attrs)
}

/// `import _posixsubprocess`.
#[no_mangle]
pub extern "C" fn krait_module__posixsubprocess() -> Value {
    abi(make_module())
}
