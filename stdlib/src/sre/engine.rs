//! The matching engine: CPython's `SRE(match)` (sre_lib.h) as a loop over an explicit
//! stack of contexts, so deep backtracking never grows the machine stack.
//!
//! Where CPython's C code calls itself (`DO_JUMP`), this engine saves the current
//! position in the top context, pushes a new one tagged with where to resume
//! ([`Jump`]) and continues at the sub-pattern; when a context finishes, its result
//! is handed to the resume point of the context below (`resume`). The marks saved for
//! backtracking (`MARK_PUSH`) and the repeat contexts' saved `last_ptr` live on
//! `State::data`, in the same order CPython's data stack holds them.

use super::chars::*;

/// A character of the subject: a byte (bytes-like subjects, ASCII str) or a code point.
pub trait Ch: Copy {
    fn u(self) -> u32;
}
impl Ch for u8 {
    #[inline]
    fn u(self) -> u32 {
        self as u32
    }
}
impl Ch for u32 {
    #[inline]
    fn u(self) -> u32 {
        self
    }
}

/// Why the engine stopped without an answer: the code is malformed (CPython's
/// "internal error in regular expression engine").
#[derive(Debug)]
pub struct Illegal;

pub type Res<T> = Result<T, Illegal>;

/// An active `REPEAT` (`SRE_REPEAT`).
pub(super) struct Repeat {
    pub(super) count: isize,
    /// The code index of the REPEAT's operands (`<skip> <min> <max> item`).
    pub(super) pc: usize,
    pub(super) last_ptr: isize,
    pub(super) prev: Option<usize>,
}

/// The matching state of one subject (`SRE_STATE`): positions are indices of
/// characters; the subject's beginning is index 0.
pub struct State<'a, T: Ch> {
    pub code: &'a [u32],
    pub text: &'a [T],
    /// Where the current attempt starts, and the end (`endpos`).
    pub start: isize,
    pub end: isize,
    /// The current position; after a match, its end.
    pub ptr: isize,
    /// Group boundaries (`2 * group`, `2 * group + 1`), -1 where unset.
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub(super) repeat: Option<usize>,
    pub(super) repeats: Vec<Repeat>,
    pub(super) data: Vec<isize>,
    pub match_all: bool,
    pub must_advance: bool,
}

impl<'a, T: Ch> State<'a, T> {
    pub fn new(code: &'a [u32], text: &'a [T], groups: usize, start: isize, end: isize) -> Self {
        State {
            code,
            text,
            start,
            end,
            ptr: start,
            marks: vec![-1; groups * 2],
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            repeats: Vec::new(),
            data: Vec::new(),
            match_all: false,
            must_advance: false,
        }
    }

    /// `state_reset`: forget the groups of the previous attempt.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
    }

    #[inline]
    pub(super) fn ch(&self, i: isize) -> u32 {
        self.text.get(i as usize).map_or(0, |c| c.u())
    }
    #[inline]
    pub(super) fn w(&self, i: usize) -> u32 {
        word(self.code, i)
    }

    pub(super) fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }
    pub(super) fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            let at = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[at..]);
            if discard {
                self.data.truncate(at);
            }
        }
    }
    pub(super) fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            self.data.truncate(self.data.len() - n);
        }
    }

    /// `SRE(at)`: is the position `ptr` at the place `at` names?
    fn at(&self, ptr: isize, at: u32) -> bool {
        let (end, begin) = (self.end, 0isize);
        let boundary = |f: fn(u32) -> bool| -> Option<(bool, bool)> {
            if end == begin {
                return None;
            }
            let that = ptr > begin && f(self.ch(ptr - 1));
            let this = ptr < end && f(self.ch(ptr));
            Some((this, that))
        };
        match at {
            0 | 2 => ptr == begin,
            1 => ptr == begin || is_linebreak(self.ch(ptr - 1)),
            5 => (end - ptr == 1 && is_linebreak(self.ch(ptr))) || ptr == end,
            6 => ptr == end || is_linebreak(self.ch(ptr)),
            7 => ptr == end,
            3 => boundary(ascii_is_word).is_some_and(|(a, b)| a != b),
            4 => boundary(ascii_is_word).is_some_and(|(a, b)| a == b),
            8 => boundary(loc_is_word).is_some_and(|(a, b)| a != b),
            9 => boundary(loc_is_word).is_some_and(|(a, b)| a == b),
            10 => boundary(uni_is_word).is_some_and(|(a, b)| a != b),
            11 => boundary(uni_is_word).is_some_and(|(a, b)| a == b),
            _ => false,
        }
    }

    /// `SRE(count)`: how many times (at most `maxcount`) the single-character item at
    /// `pc` matches from `self.ptr`.
    pub(super) fn count(&mut self, pc: usize, maxcount: u32) -> Res<isize> {
        let start = self.ptr;
        let mut ptr = start;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as isize) < end - ptr {
            end = ptr + maxcount as isize;
        }
        let code = self.code;
        let arg = self.w(pc + 1);
        macro_rules! scan {
            ($cond:expr) => {
                while ptr < end && {
                    let c = self.ch(ptr);
                    #[allow(clippy::redundant_closure_call)]
                    ($cond)(c)
                } {
                    ptr += 1;
                }
            };
        }
        match self.w(pc) {
            IN => scan!(|c| in_charset(code, pc + 2, c)),
            ANY => scan!(|c| !is_linebreak(c)),
            ANY_ALL => ptr = end.max(ptr),
            LITERAL => scan!(|c| c == arg),
            LITERAL_IGNORE => scan!(|c| lower_ascii(c) == arg),
            LITERAL_UNI_IGNORE => scan!(|c| lower_unicode(c) == arg),
            LITERAL_LOC_IGNORE => scan!(|c| char_loc_ignore(arg, c)),
            NOT_LITERAL => scan!(|c| c != arg),
            NOT_LITERAL_IGNORE => scan!(|c| lower_ascii(c) != arg),
            NOT_LITERAL_UNI_IGNORE => scan!(|c| lower_unicode(c) != arg),
            NOT_LITERAL_LOC_IGNORE => scan!(|c| !char_loc_ignore(arg, c)),
            _ => {
                // A general single-character item: match it repeatedly.
                while self.ptr < end {
                    let before = self.ptr;
                    // A valid item consumes one character; malformed code may not.
                    if !run(self, pc, false)? || self.ptr <= before {
                        break;
                    }
                }
                return Ok(self.ptr - start);
            }
        }
        Ok(ptr - start)
    }
}

/// Where a finished sub-match returns to (CPython's `JUMP_*`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One level of the match (`SRE(match_context)`).
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    pub(super) pc: usize,
    pub(super) ptr: isize,
    pub(super) count: isize,
    /// The literal a REPEAT_ONE's tail starts with, or the index of a repeat.
    pub(super) u: usize,
    pub(super) lastmark: isize,
    pub(super) lastindex: isize,
    pub(super) toplevel: bool,
    pub(super) jump: Jump,
}

/// What the engine does next.
pub(super) enum Flow {
    /// Start a sub-match at `pc` from `state.ptr` (CPython's `entrance`).
    Enter,
    /// Execute the opcode at `pc` from `ptr`.
    Dispatch,
    /// The current context finished with this result.
    Exit(bool),
}

/// The running engine: the state, the stack of contexts and the registers.
pub(super) struct Machine<'s, 'a, T: Ch> {
    pub(super) st: &'s mut State<'a, T>,
    ctxs: Vec<Ctx>,
    pub(super) pc: usize,
    pub(super) ptr: isize,
}

/// `SRE(match)`: does the code at `pc` match at `state.ptr`? On success `state.ptr`
/// is the end of the match and the marks hold the groups.
pub fn run<T: Ch>(st: &mut State<'_, T>, pc: usize, toplevel: bool) -> Res<bool> {
    let first = Ctx { pc, ptr: st.ptr, count: 0, u: 0, lastmark: -1, lastindex: -1, toplevel, jump: Jump::None };
    let mut m = Machine { st, ctxs: vec![first], pc, ptr: 0 };
    let mut flow = Flow::Enter;
    loop {
        flow = match flow {
            Flow::Enter => {
                m.ptr = m.st.ptr;
                if m.st.w(m.pc) == INFO {
                    // The optimisation block: skipped (its tests never change a result).
                    m.pc += m.st.w(m.pc + 1) as usize + 1;
                }
                Flow::Dispatch
            }
            Flow::Dispatch => m.dispatch()?,
            Flow::Exit(ret) => {
                let done = m.ctxs.pop().expect("sre: context stack underflow");
                match m.ctxs.last() {
                    None => return Ok(ret),
                    Some(c) => {
                        m.pc = c.pc;
                        m.ptr = c.ptr;
                        m.resume(done.jump, ret)?
                    }
                }
            }
        };
    }
}

impl<'s, 'a, T: Ch> Machine<'s, 'a, T> {
    #[inline]
    pub(super) fn ctx(&mut self) -> &mut Ctx {
        self.ctxs.last_mut().expect("sre: no context")
    }
    #[inline]
    pub(super) fn w(&self, i: usize) -> u32 {
        self.st.w(i)
    }
    /// `DO_JUMP`: run the sub-pattern at `next` in a new context.
    pub(super) fn jump(&mut self, kind: Jump, next: usize, toplevel: Option<bool>) -> Flow {
        let (pc, ptr) = (self.pc, self.ptr);
        let c = self.ctx();
        c.pc = pc;
        c.ptr = ptr;
        let toplevel = toplevel.unwrap_or(c.toplevel);
        self.ctxs.push(Ctx { pc: next, ptr: 0, count: 0, u: 0, lastmark: -1, lastindex: -1, toplevel, jump: kind });
        self.pc = next;
        Flow::Enter
    }
    pub(super) fn lastmark_save(&mut self) {
        let (m, i) = (self.st.lastmark, self.st.lastindex);
        let c = self.ctx();
        c.lastmark = m;
        c.lastindex = i;
    }
    pub(super) fn lastmark_restore(&mut self) {
        let c = *self.ctx();
        self.st.lastmark = c.lastmark;
        self.st.lastindex = c.lastindex;
    }
    pub(super) fn lastmark(&mut self) -> isize {
        self.ctx().lastmark
    }
    pub(super) fn has_repeat(&self) -> bool {
        self.st.repeat.is_some()
    }
    /// A group's bounds, if it matched (for GROUPREF and GROUPREF_EXISTS).
    fn group_span(&self, group: u32) -> Option<(isize, isize)> {
        let g = group as isize * 2;
        if g >= self.st.lastmark {
            return None;
        }
        let (p, e) = (self.st.marks[g as usize], self.st.marks[g as usize + 1]);
        if p < 0 || e < 0 || e < p {
            return None;
        }
        Some((p, e))
    }
    /// Matches a backreference with the characters compared through `f`.
    fn groupref(&mut self, f: fn(u32) -> u32) -> bool {
        let Some((mut p, e)) = self.group_span(self.w(self.pc)) else { return false };
        while p < e {
            if self.ptr >= self.st.end || f(self.st.ch(self.ptr)) != f(self.st.ch(p)) {
                return false;
            }
            p += 1;
            self.ptr += 1;
        }
        self.pc += 1;
        true
    }

    /// Executes opcodes until one finishes the context or starts a sub-match.
    fn dispatch(&mut self) -> Res<Flow> {
        let end = self.st.end;
        let code = self.st.code;
        loop {
            let op = self.w(self.pc);
            self.pc += 1;
            let pc = self.pc;
            let ptr = self.ptr;
            // One character of the subject, when there is one.
            let cur = if ptr < end && ptr >= 0 { Some(self.st.ch(ptr)) } else { None };
            macro_rules! single {
                ($test:expr, $advance:expr) => {{
                    match cur {
                        #[allow(clippy::redundant_closure_call)]
                        Some(c) if ($test)(c) => {
                            self.pc += $advance;
                            self.ptr += 1;
                        }
                        _ => return Ok(Flow::Exit(false)),
                    }
                }};
            }
            let arg = self.w(pc);
            match op {
                MARK => {
                    let i = arg as usize;
                    if i >= self.st.marks.len() {
                        return Err(Illegal);
                    }
                    if i & 1 == 1 {
                        self.st.lastindex = (i / 2 + 1) as isize;
                    }
                    if i as isize > self.st.lastmark {
                        for j in (self.st.lastmark + 1) as usize..i {
                            self.st.marks[j] = -1;
                        }
                        self.st.lastmark = i as isize;
                    }
                    self.st.marks[i] = ptr;
                    self.pc += 1;
                }
                LITERAL => single!(|c| c == arg, 1),
                NOT_LITERAL => single!(|c| c != arg, 1),
                LITERAL_IGNORE => single!(|c| lower_ascii(c) == arg, 1),
                NOT_LITERAL_IGNORE => single!(|c| lower_ascii(c) != arg, 1),
                LITERAL_UNI_IGNORE => single!(|c| lower_unicode(c) == arg, 1),
                NOT_LITERAL_UNI_IGNORE => single!(|c| lower_unicode(c) != arg, 1),
                LITERAL_LOC_IGNORE => single!(|c| char_loc_ignore(arg, c), 1),
                NOT_LITERAL_LOC_IGNORE => single!(|c| !char_loc_ignore(arg, c), 1),
                CATEGORY => single!(|c| category(arg, c), 1),
                ANY => single!(|c| !is_linebreak(c), 0),
                ANY_ALL => single!(|_| true, 0),
                IN => single!(|c| in_charset(code, pc + 1, c), arg as usize),
                IN_IGNORE => single!(|c| in_charset(code, pc + 1, lower_ascii(c)), arg as usize),
                IN_UNI_IGNORE => single!(|c| in_charset(code, pc + 1, lower_unicode(c)), arg as usize),
                IN_LOC_IGNORE => single!(|c| in_charset_loc_ignore(code, pc + 1, c), arg as usize),
                SUCCESS => {
                    let c = *self.ctx();
                    if c.toplevel && ((self.st.match_all && ptr != end) || (self.st.must_advance && ptr == self.st.start)) {
                        return Ok(Flow::Exit(false));
                    }
                    self.st.ptr = ptr;
                    return Ok(Flow::Exit(true));
                }
                AT => {
                    if !self.st.at(ptr, arg) {
                        return Ok(Flow::Exit(false));
                    }
                    self.pc += 1;
                }
                JUMP | INFO => self.pc += arg as usize,
                FAILURE => return Ok(Flow::Exit(false)),
                BRANCH => {
                    self.lastmark_save();
                    if self.has_repeat() {
                        let lm = self.lastmark();
                        self.st.mark_push(lm);
                    }
                    return Ok(self.branch_next(pc));
                }
                REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => {
                    if let Some(f) = self.repeat_one(op)? {
                        return Ok(f);
                    }
                }
                REPEAT => {
                    let idx = self.st.repeats.len();
                    self.st.repeats.push(Repeat { count: -1, pc, last_ptr: -1, prev: self.st.repeat });
                    self.ctx().u = idx;
                    self.st.repeat = Some(idx);
                    self.st.ptr = ptr;
                    return Ok(self.jump(Jump::Repeat, pc + arg as usize, None));
                }
                MAX_UNTIL | MIN_UNTIL => return self.until(op == MAX_UNTIL),
                POSSESSIVE_REPEAT => {
                    self.st.ptr = ptr;
                    self.ctx().count = 0;
                    return Ok(self.poss_min());
                }
                ATOMIC_GROUP => {
                    self.st.ptr = ptr;
                    return Ok(self.jump(Jump::AtomicGroup, pc + 1, Some(false)));
                }
                GROUPREF => {
                    if !self.groupref(|c| c) {
                        return Ok(Flow::Exit(false));
                    }
                }
                GROUPREF_IGNORE => {
                    if !self.groupref(lower_ascii) {
                        return Ok(Flow::Exit(false));
                    }
                }
                GROUPREF_UNI_IGNORE => {
                    if !self.groupref(lower_unicode) {
                        return Ok(Flow::Exit(false));
                    }
                }
                GROUPREF_LOC_IGNORE => {
                    if !self.groupref(lower_locale) {
                        return Ok(Flow::Exit(false));
                    }
                }
                GROUPREF_EXISTS => {
                    if self.group_span(arg).is_none() {
                        self.pc += self.w(pc + 1) as usize;
                    } else {
                        self.pc += 2;
                    }
                }
                ASSERT => {
                    let back = self.w(pc + 1) as isize;
                    if ptr < back {
                        return Ok(Flow::Exit(false));
                    }
                    self.st.ptr = ptr - back;
                    return Ok(self.jump(Jump::Assert, pc + 2, Some(false)));
                }
                ASSERT_NOT => {
                    let back = self.w(pc + 1) as isize;
                    if ptr >= back {
                        self.st.ptr = ptr - back;
                        self.lastmark_save();
                        if self.has_repeat() {
                            let lm = self.lastmark();
                            self.st.mark_push(lm);
                        }
                        return Ok(self.jump(Jump::AssertNot, pc + 2, Some(false)));
                    }
                    self.pc += arg as usize;
                }
                _ => return Err(Illegal),
            }
        }
    }

    /// BRANCH: tries the alternatives from the one at `p` (`<skip> code <JUMP>`).
    pub(super) fn branch_next(&mut self, mut p: usize) -> Flow {
        let end = self.st.end;
        let code = self.st.code;
        loop {
            let skip = self.w(p) as usize;
            if skip == 0 {
                if self.has_repeat() {
                    let lm = self.lastmark();
                    self.st.mark_discard(lm);
                }
                return Flow::Exit(false);
            }
            let cur = if self.ptr < end { Some(self.st.ch(self.ptr)) } else { None };
            let first = self.w(p + 1);
            let skip_it = (first == LITERAL && cur != Some(self.w(p + 2))) || (first == IN && !cur.is_some_and(|c| in_charset(code, p + 3, c)));
            if skip_it {
                p += skip;
                continue;
            }
            self.st.ptr = self.ptr;
            self.pc = p;
            return self.jump(Jump::Branch, p + 1, None);
        }
    }

    /// REPEAT_ONE, MIN_REPEAT_ONE and POSSESSIVE_REPEAT_ONE: `<skip> <min> <max> item
    /// <SUCCESS> tail`. `None` continues dispatching (the possessive form).
    fn repeat_one(&mut self, op: u32) -> Res<Option<Flow>> {
        let pc = self.pc;
        let (skip, min, max) = (self.w(pc) as usize, self.w(pc + 1) as isize, self.w(pc + 2));
        let tail = pc + skip;
        let end = self.st.end;
        if min > end - self.ptr {
            return Ok(Some(Flow::Exit(false)));
        }
        self.st.ptr = self.ptr;
        let limit = if op == MIN_REPEAT_ONE { min as u32 } else { max };
        let count = if op == MIN_REPEAT_ONE && min == 0 { 0 } else { self.st.count(pc + 3, limit)? };
        if count < min {
            return Ok(Some(Flow::Exit(false)));
        }
        self.ptr += count;
        self.ctx().count = count;
        let c = *self.ctx();
        let ptr = self.ptr;
        let at_start_blocked = c.toplevel && self.st.must_advance && ptr == self.st.start;
        if op == POSSESSIVE_REPEAT_ONE {
            self.pc = tail;
            if self.w(tail) == SUCCESS && ptr == self.st.end && !at_start_blocked {
                self.st.ptr = ptr;
                return Ok(Some(Flow::Exit(true)));
            }
            return Ok(None);
        }
        if op == REPEAT_ONE {
            if self.w(tail) == SUCCESS && ptr == self.st.end && !at_start_blocked {
                self.st.ptr = ptr;
                return Ok(Some(Flow::Exit(true)));
            }
        } else if self.w(tail) == SUCCESS && !(c.toplevel && ((self.st.match_all && ptr != self.st.end) || at_start_blocked)) {
            self.st.ptr = ptr;
            return Ok(Some(Flow::Exit(true)));
        }
        self.lastmark_save();
        if self.has_repeat() {
            let lm = self.lastmark();
            self.st.mark_push(lm);
        }
        if op == MIN_REPEAT_ONE {
            return Ok(Some(self.min_repeat_one_next()));
        }
        if self.w(tail) == LITERAL {
            self.ctx().u = self.w(tail + 1) as usize;
            return Ok(Some(self.repeat_one_literal()));
        }
        Ok(Some(self.repeat_one_general()))
    }

    pub(super) fn fail_discarding(&mut self) -> Flow {
        if self.has_repeat() {
            let lm = self.lastmark();
            self.st.mark_discard(lm);
        }
        Flow::Exit(false)
    }

    /// REPEAT_ONE whose tail starts with a literal: back off to where it could match.
    pub(super) fn repeat_one_literal(&mut self) -> Flow {
        let (min, tail) = (self.w(self.pc + 1) as isize, self.pc + self.w(self.pc) as usize);
        let chr = self.ctx().u as u32;
        let end = self.st.end;
        loop {
            let count = self.ctx().count;
            if count < min {
                return self.fail_discarding();
            }
            if self.ptr < end && self.st.ch(self.ptr) == chr {
                break;
            }
            self.ptr -= 1;
            self.ctx().count -= 1;
        }
        self.st.ptr = self.ptr;
        self.jump(Jump::RepeatOne1, tail, None)
    }

    pub(super) fn repeat_one_general(&mut self) -> Flow {
        let (min, tail) = (self.w(self.pc + 1) as isize, self.pc + self.w(self.pc) as usize);
        if self.ctx().count < min {
            return self.fail_discarding();
        }
        self.st.ptr = self.ptr;
        self.jump(Jump::RepeatOne2, tail, None)
    }

    pub(super) fn min_repeat_one_next(&mut self) -> Flow {
        let (max, tail) = (self.w(self.pc + 2), self.pc + self.w(self.pc) as usize);
        if max != MAXREPEAT && self.ctx().count > max as isize {
            return self.fail_discarding();
        }
        self.st.ptr = self.ptr;
        self.jump(Jump::MinRepeatOne, tail, None)
    }

    /// POSSESSIVE_REPEAT: the required repetitions.
    pub(super) fn poss_min(&mut self) -> Flow {
        let min = self.w(self.pc + 1) as isize;
        if self.ctx().count < min {
            return self.jump(Jump::PossRepeat1, self.pc + 3, Some(false));
        }
        // No previous position yet, so the loop is entered.
        self.ptr = -1;
        self.poss_more()
    }

    /// POSSESSIVE_REPEAT: as many more repetitions as match, never given back.
    pub(super) fn poss_more(&mut self) -> Flow {
        let max = self.w(self.pc + 2);
        let count = self.ctx().count;
        if (max == MAXREPEAT || count < max as isize) && self.st.ptr != self.ptr {
            self.lastmark_save();
            let lm = self.lastmark();
            self.st.mark_push(lm);
            self.ptr = self.st.ptr;
            return self.jump(Jump::PossRepeat2, self.pc + 3, Some(false));
        }
        self.poss_tail()
    }

    pub(super) fn poss_tail(&mut self) -> Flow {
        self.pc += self.w(self.pc) as usize + 1;
        self.ptr = self.st.ptr;
        Flow::Dispatch
    }

    /// MAX_UNTIL and MIN_UNTIL: one more repetition of the innermost REPEAT, or its tail.
    fn until(&mut self, max_until: bool) -> Res<Flow> {
        let Some(r) = self.st.repeat else { return Err(Illegal) };
        self.ctx().u = r;
        self.st.ptr = self.ptr;
        let count = self.st.repeats[r].count + 1;
        self.ctx().count = count;
        let rp = self.st.repeats[r].pc;
        let (min, max) = (self.w(rp + 1) as isize, self.w(rp + 2));
        if count < min {
            self.st.repeats[r].count = count;
            let kind = if max_until { Jump::MaxUntil1 } else { Jump::MinUntil1 };
            return Ok(self.jump(kind, rp + 3, None));
        }
        if max_until {
            if (max == MAXREPEAT || count < max as isize) && self.st.ptr != self.st.repeats[r].last_ptr {
                self.st.repeats[r].count = count;
                self.lastmark_save();
                let lm = self.lastmark();
                self.st.mark_push(lm);
                self.st.data.push(self.st.repeats[r].last_ptr);
                self.st.repeats[r].last_ptr = self.st.ptr;
                return Ok(self.jump(Jump::MaxUntil2, rp + 3, None));
            }
            return Ok(self.max_until_tail());
        }
        // MIN_UNTIL: see if the tail matches first.
        self.st.repeat = self.st.repeats[r].prev;
        self.lastmark_save();
        if self.has_repeat() {
            let lm = self.lastmark();
            self.st.mark_push(lm);
        }
        let pc = self.pc;
        Ok(self.jump(Jump::MinUntil2, pc, None))
    }

    pub(super) fn max_until_tail(&mut self) -> Flow {
        let r = self.ctx().u;
        self.st.repeat = self.st.repeats[r].prev;
        let pc = self.pc;
        self.jump(Jump::MaxUntil3, pc, None)
    }
}

/// `SRE(search)`: the first position from `state.start` where the code matches. The
/// INFO block's prefix and charset only skip positions where no match can start.
pub fn search<T: Ch>(st: &mut State<'_, T>) -> Res<bool> {
    let mut ptr = st.start;
    let end = st.end;
    if ptr > end {
        return Ok(false);
    }
    let mut pc = 0usize;
    let (mut first_char, mut charset) = (None, None);
    if st.w(0) == INFO {
        let flags = st.w(2);
        let min = st.w(3) as isize;
        if min > 0 && end - ptr < min {
            return Ok(false);
        }
        if flags & INFO_PREFIX != 0 {
            if st.w(5) > 0 {
                first_char = Some(st.w(7));
            }
        } else if flags & INFO_CHARSET != 0 {
            charset = Some(5usize);
        }
        pc = 1 + st.w(1) as usize;
    }
    // Only the first attempt is at the top level (`must_advance` concerns it alone).
    let mut first = true;
    loop {
        let cur = if ptr < end { Some(st.ch(ptr)) } else { None };
        let hopeless = match (first_char, charset) {
            (Some(c), _) => cur != Some(c),
            (None, Some(cs)) => !cur.is_some_and(|c| in_charset(st.code, cs, c)),
            _ => false,
        };
        if !hopeless {
            if !first {
                st.reset();
            }
            st.start = ptr;
            st.ptr = ptr;
            if run(st, pc, first)? {
                return Ok(true);
            }
        }
        st.must_advance = false;
        first = false;
        if ptr >= end {
            return Ok(false);
        }
        ptr += 1;
    }
}
