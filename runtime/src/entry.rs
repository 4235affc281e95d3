//! Running a compiled program: [`run_main`] sets up the runtime, runs the main
//! module's code on a thread with a large stack, and turns an uncaught exception into
//! CPython's traceback and exit status. (The C `main` symbol itself is defined by the
//! `krait-stdlib` archive, so the runtime's own tests can link.)

use crate::value::Value;

/// The main module's body, emitted by the compiler: returns 0, or -1 after raising.
pub type MainFn = unsafe extern "C" fn() -> i64;

/// Frees an object whose count reached zero (the slow path of compiled code's decref).
#[no_mangle]
pub unsafe extern "C" fn rt_dealloc(v: Value) {
    crate::types::dealloc(v);
}

/// Runs the program and returns its exit status.
fn run(main: MainFn) -> i32 {
    let r = unsafe { main() };
    let status = if r == 0 {
        0
    } else {
        match crate::exc::take_current() {
            Some(e) => crate::exc::exit_status_for(e),
            None => 1,
        }
    };
    crate::coro::at_exit();
    crate::io::flush_stdout();
    status
}

/// Runs a program: `main` is the main module's body, `argc`/`argv` the C arguments.
pub fn run_main(main: MainFn, argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let args: Vec<String> = (0..argc as usize)
        .map(|i| unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }.to_string_lossy().into_owned())
        .collect();
    crate::sysmod::set_argv(args);
    // Deep recursion must reach RecursionError, not the end of the stack: run Python
    // code on a thread whose stack is large (reserved, not committed, memory).
    let t = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run(main));
    match t {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => run(main),
    }
}
