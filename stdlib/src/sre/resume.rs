//! Resuming a context after a sub-match it started has finished: the code CPython's
//! `SRE(match)` runs after each `DO_JUMP` returns (`jump_branch:`, `jump_max_until_2:`...).

use super::chars::MAXREPEAT;
use super::engine::{Ch, Flow, Jump, Machine, Res};

impl<'s, 'a, T: Ch> Machine<'s, 'a, T> {
    /// Continues the context below a finished sub-match with its result.
    pub(super) fn resume(&mut self, jump: Jump, ret: bool) -> Res<Flow> {
        Ok(match jump {
            Jump::None => Flow::Exit(ret),
            Jump::Branch => {
                let lm = self.lastmark();
                if ret {
                    if self.has_repeat() {
                        self.st.mark_discard(lm);
                    }
                    return Ok(Flow::Exit(true));
                }
                if self.has_repeat() {
                    self.st.mark_pop(lm, false);
                }
                self.lastmark_restore();
                let next = self.pc + self.w(self.pc) as usize;
                self.branch_next(next)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 | Jump::MinRepeatOne => {
                let lm = self.lastmark();
                if ret {
                    if self.has_repeat() {
                        self.st.mark_discard(lm);
                    }
                    return Ok(Flow::Exit(true));
                }
                if self.has_repeat() {
                    self.st.mark_pop(lm, false);
                }
                self.lastmark_restore();
                if jump == Jump::MinRepeatOne {
                    self.st.ptr = self.ptr;
                    let item = self.pc + 3;
                    if self.st.count(item, 1)? == 0 {
                        return Ok(self.fail_discarding());
                    }
                    self.ptr += 1;
                    self.ctx().count += 1;
                    return Ok(self.min_repeat_one_next());
                }
                self.ptr -= 1;
                self.ctx().count -= 1;
                if jump == Jump::RepeatOne1 {
                    self.repeat_one_literal()
                } else {
                    self.repeat_one_general()
                }
            }
            Jump::Repeat => {
                let r = self.ctx().u;
                self.st.repeat = self.st.repeats[r].prev;
                self.st.repeats.truncate(r);
                Flow::Exit(ret)
            }
            Jump::MaxUntil1 | Jump::MinUntil1 | Jump::MinUntil3 => {
                let (r, count) = (self.ctx().u, self.ctx().count);
                if jump == Jump::MinUntil3 {
                    self.st.repeats[r].last_ptr = self.st.data.pop().unwrap_or(-1);
                }
                if ret {
                    return Ok(Flow::Exit(true));
                }
                self.st.repeats[r].count = count - 1;
                self.st.ptr = self.ptr;
                Flow::Exit(false)
            }
            Jump::MaxUntil2 => {
                let (r, count, lm) = (self.ctx().u, self.ctx().count, self.lastmark());
                self.st.repeats[r].last_ptr = self.st.data.pop().unwrap_or(-1);
                if ret {
                    self.st.mark_discard(lm);
                    return Ok(Flow::Exit(true));
                }
                self.st.mark_pop(lm, true);
                self.lastmark_restore();
                self.st.repeats[r].count = count - 1;
                self.st.ptr = self.ptr;
                self.max_until_tail()
            }
            Jump::MaxUntil3 => {
                self.st.repeat = Some(self.ctx().u);
                if ret {
                    return Ok(Flow::Exit(true));
                }
                self.st.ptr = self.ptr;
                Flow::Exit(false)
            }
            Jump::MinUntil2 => {
                let (r, count, lm) = (self.ctx().u, self.ctx().count, self.lastmark());
                let repeat_of_tail = self.st.repeat.is_some();
                self.st.repeat = Some(r);
                if ret {
                    if repeat_of_tail {
                        self.st.mark_discard(lm);
                    }
                    return Ok(Flow::Exit(true));
                }
                if repeat_of_tail {
                    self.st.mark_pop(lm, true);
                }
                self.lastmark_restore();
                self.st.ptr = self.ptr;
                let rp = self.st.repeats[r].pc;
                let max = self.w(rp + 2);
                if (max != MAXREPEAT && count >= max as isize) || self.st.ptr == self.st.repeats[r].last_ptr {
                    return Ok(Flow::Exit(false));
                }
                self.st.repeats[r].count = count;
                self.st.data.push(self.st.repeats[r].last_ptr);
                self.st.repeats[r].last_ptr = self.st.ptr;
                self.jump(Jump::MinUntil3, rp + 3, None)
            }
            Jump::PossRepeat1 => {
                if ret {
                    self.ctx().count += 1;
                    return Ok(self.poss_min());
                }
                self.st.ptr = self.ptr;
                Flow::Exit(false)
            }
            Jump::PossRepeat2 => {
                let lm = self.lastmark();
                if ret {
                    self.st.mark_discard(lm);
                    self.ctx().count += 1;
                    return Ok(self.poss_more());
                }
                self.st.mark_pop(lm, true);
                self.lastmark_restore();
                self.st.ptr = self.ptr;
                self.poss_tail()
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.st.ptr = self.ptr;
                    return Ok(Flow::Exit(false));
                }
                self.pc += self.w(self.pc) as usize;
                self.ptr = self.st.ptr;
                Flow::Dispatch
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Flow::Exit(false));
                }
                self.pc += self.w(self.pc) as usize;
                Flow::Dispatch
            }
            Jump::AssertNot => {
                let lm = self.lastmark();
                if ret {
                    if self.has_repeat() {
                        self.st.mark_discard(lm);
                    }
                    return Ok(Flow::Exit(false));
                }
                if self.has_repeat() {
                    self.st.mark_pop(lm, true);
                }
                self.lastmark_restore();
                self.pc += self.w(self.pc) as usize;
                Flow::Dispatch
            }
        })
    }
}
