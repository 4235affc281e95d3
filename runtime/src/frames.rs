//! The Python call stack as compiled code records it: one record per live frame,
//! indexed by the call depth, for `sys._getframe` (and through it `warnings`,
//! `logging` and `inspect.currentframe`).
//!
//! Each compiled function, on entry, writes its `FuncInfo` into `rt_frames[rt_depth]`
//! (after counting the frame), and before an instruction that may run other code it
//! writes the current line when the line changed in that block. Reading the stack is
//! then a walk down from `rt_depth`; nothing is pushed or popped, because a record
//! above the current depth is never read. Runtime operations that count a level of
//! their own (`recursion::guard`) clear their record, so a stale one is never shown.
//!
//! The array lives in zero-initialised static memory: the pages are mapped on first
//! touch, so its size costs nothing until a program recurses that deep. The effective
//! recursion limit never exceeds its capacity (`recursion::set_limit`).

use crate::exc::TbEntry;
use crate::value::R;
use krait_abi::FuncInfo;

/// One frame's record: its function and the line executing in it.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FrameRec {
    pub info: *const FuncInfo,
    pub line: i64,
}

/// How many frames the array holds (64 MiB of address space).
pub const CAPACITY: usize = 1 << 22;

#[no_mangle]
pub static mut rt_frames: [FrameRec; CAPACITY] = [FrameRec { info: std::ptr::null(), line: 0 }; CAPACITY];

/// Marks the record at `depth` as belonging to no Python frame.
pub fn clear(depth: i64) {
    if depth >= 0 && (depth as usize) < CAPACITY {
        unsafe { (*std::ptr::addr_of_mut!(rt_frames))[depth as usize].info = std::ptr::null() };
    }
}

fn records() -> &'static [FrameRec; CAPACITY] {
    unsafe { &*std::ptr::addr_of!(rt_frames) }
}

fn depth() -> usize {
    unsafe { crate::recursion::rt_depth }.clamp(0, CAPACITY as i64 - 1) as usize
}

/// The depths of the live Python frames, innermost first.
fn live_depths() -> Vec<usize> {
    let recs = records();
    (1..=depth()).rev().filter(|&d| !recs[d].info.is_null()).collect()
}

/// The live Python frames, innermost first, as traceback entries (function and line).
pub fn stack() -> Vec<TbEntry> {
    let recs = records();
    live_depths().into_iter().map(|d| TbEntry { func: recs[d].info, line: recs[d].line as i32, col: -1, end_col: -1, anchor: -1, anchor_end: -1 }).collect()
}

/// The line executing in the frame of `info` at `depth`, if that frame still runs
/// (as far as the record tells: the same function at the same depth).
pub fn live_line(depth_: usize, info: *const FuncInfo) -> Option<i64> {
    let r = records()[depth_];
    (depth_ <= depth() && r.info == info).then_some(r.line)
}

/// `sys._getframe(depth)`: the frame `depth` calls below the caller's.
pub fn getframe(depth: i64) -> R<crate::value::Obj> {
    let s = stack();
    if depth < 0 || depth as usize >= s.len() {
        return Err(crate::exc::raise(&crate::types::VALUE_ERROR, "call stack is not deep enough"));
    }
    crate::code::live_frame(std::rc::Rc::new(s), depth as usize, std::rc::Rc::new(live_depths()))
}
