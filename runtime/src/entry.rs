//! Running a compiled program: [`run_main`] sets up the runtime, runs the main
//! module's code on a thread with a large stack, and turns an uncaught exception into
//! CPython's traceback and exit status. (The C `main` symbol itself is defined by the
//! `krait-stdlib` archive, so the runtime's own tests can link.)

use crate::value::Value;
use std::cell::UnsafeCell;

/// The main module's body, emitted by the compiler: returns 0, or -1 after raising.
pub type MainFn = unsafe extern "C" fn() -> i64;

/// Frees an object whose count reached zero (the slow path of compiled code's decref).
#[no_mangle]
pub unsafe extern "C" fn rt_dealloc(v: Value) {
    crate::types::dealloc(v);
}

/// Functions the native modules ask to run at exit (`atexit`'s callbacks, `threading`'s
/// shutdown), with the order they run in (lowest first).
struct ExitHooks(UnsafeCell<Vec<(u8, fn())>>);
unsafe impl Sync for ExitHooks {}
static EXIT_HOOKS: ExitHooks = ExitHooks(UnsafeCell::new(Vec::new()));

/// Asks for `f` to run once when the program ends normally or by `sys.exit` (after
/// an uncaught exception's traceback is printed, before stdout is flushed), as
/// CPython's finalization calls `threading._shutdown` (order 0) and then the `atexit`
/// callbacks (order 1). Adding the same function again changes nothing.
pub fn add_exit_hook(order: u8, f: fn()) {
    let hooks = unsafe { &mut *EXIT_HOOKS.0.get() };
    if !hooks.iter().any(|&(_, g)| g as usize == f as usize) {
        hooks.push((order, f));
    }
}

fn run_exit_hooks() {
    let mut hooks = std::mem::take(unsafe { &mut *EXIT_HOOKS.0.get() });
    hooks.sort_by_key(|&(order, _)| order);
    for (_, f) in hooks {
        f();
    }
}

/// Set when the program ended with an uncaught KeyboardInterrupt: like CPython, the
/// process then ends by SIGINT (status 130 in a shell), so callers see the interrupt.
static UNHANDLED_INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs the program and returns its exit status.
fn run(main: MainFn) -> i32 {
    let mut r = unsafe { main() };
    // A signal that arrived after the last safe point runs its handler now, as
    // CPython's eval loop would before the module's code ends.
    if r == 0 && crate::signals::check().is_err() {
        r = -1;
    }
    let status = if r == 0 {
        0
    } else {
        match crate::exc::take_current() {
            Some(e) => {
                if e.ty().is_subtype(&crate::types::KEYBOARD_INTERRUPT) {
                    UNHANDLED_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                crate::exc::exit_status_for(e)
            }
            None => 1,
        }
    };
    run_exit_hooks();
    crate::coro::at_exit();
    crate::io::flush_stdout();
    status
}

/// Runs a program: `main` is the main module's body, `argc`/`argv` the C arguments.
pub fn run_main(main: MainFn, argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let args: Vec<String> = (0..argc as usize)
        .map(|i| crate::codecs::fs_decode(unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }.to_bytes()))
        .collect();
    crate::sysmod::set_argv(args);
    // As CPython at start-up: a write to a closed pipe raises BrokenPipeError instead
    // of killing the process, and so does exceeding the file size limit (EFBIG).
    #[cfg(target_os = "linux")]
    unsafe {
        sig::signal(sig::SIGPIPE, sig::SIG_IGN);
        sig::signal(sig::SIGXFSZ, sig::SIG_IGN);
    }
    // Deep recursion must reach RecursionError, not the end of the stack: run Python
    // code on a thread whose stack is large (reserved, not committed, memory).
    let t = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run(main));
    match t {
        Ok(h) => {
            // Signals go to the thread that runs Python code, as in CPython, where the
            // main thread is the one that handles them.
            block_signals();
            let status = h.join().unwrap_or(1);
            if UNHANDLED_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
                return exit_sigint();
            }
            status
        }
        Err(_) => run(main),
    }
}

#[cfg(target_os = "linux")]
mod sig {
    /// glibc's `sigset_t` (1024 bits).
    #[repr(C)]
    pub struct SigSet(pub [u64; 16]);
    extern "C" {
        pub fn sigfillset(set: *mut SigSet) -> i32;
        pub fn sigemptyset(set: *mut SigSet) -> i32;
        pub fn sigaddset(set: *mut SigSet, sig: i32) -> i32;
        pub fn pthread_sigmask(how: i32, set: *const SigSet, old: *mut SigSet) -> i32;
        pub fn signal(sig: i32, handler: usize) -> usize;
        pub fn raise(sig: i32) -> i32;
    }
    pub const SIG_BLOCK: i32 = 0;
    pub const SIG_UNBLOCK: i32 = 1;
    pub const SIGINT: i32 = 2;
    pub const SIGPIPE: i32 = 13;
    pub const SIGXFSZ: i32 = 25;
    pub const SIG_IGN: usize = 1;
}

/// Blocks every signal in the calling thread (the C main thread, which only waits
/// for the Python thread), so that the kernel delivers process-directed signals to
/// the Python thread: its waits are interrupted and `signal.pthread_sigmask` governs
/// delivery, as for CPython's single thread.
fn block_signals() {
    #[cfg(target_os = "linux")]
    unsafe {
        let mut set = sig::SigSet([0; 16]);
        sig::sigfillset(&mut set);
        sig::pthread_sigmask(sig::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// CPython's `exit_sigint`: ends the process by SIGINT with its default action, or
/// returns 130 (128 + SIGINT) if that did not end it.
fn exit_sigint() -> i32 {
    #[cfg(target_os = "linux")]
    unsafe {
        sig::signal(sig::SIGINT, 0);
        let mut set = sig::SigSet([0; 16]);
        sig::sigemptyset(&mut set);
        sig::sigaddset(&mut set, sig::SIGINT);
        sig::pthread_sigmask(sig::SIG_UNBLOCK, &set, std::ptr::null_mut());
        sig::raise(sig::SIGINT);
    }
    130
}
