//! The replay stepper: a session computed once by an engine, revealed one step at a
//! time. Every lab's stepper (the unpickler, `decompressobj`, the TLS handshake) is a
//! [`Replay`] cursor over its steps; the page holds the cursor, the engine the steps.

/// What a stepper's buttons (and keys) do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayAction {
    /// One more step.
    Next,
    /// One step undone.
    Back,
    /// Every step that is left.
    RunToEnd,
    /// Back to the start: nothing done yet.
    Reset,
}

impl ReplayAction {
    /// Every action, in the order the controls show them.
    pub const ALL: [ReplayAction; 4] = [
        ReplayAction::Reset,
        ReplayAction::Back,
        ReplayAction::Next,
        ReplayAction::RunToEnd,
    ];
}

/// How many of `total` precomputed steps are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Replay {
    shown: usize,
    total: usize,
}

impl Replay {
    /// A session of `total` steps, none shown.
    pub fn new(total: usize) -> Self {
        Replay { shown: 0, total }
    }

    /// A session of `total` steps with `shown` of them shown (clamped), e.g. from a URL.
    pub fn at(shown: usize, total: usize) -> Self {
        Replay {
            shown: shown.min(total),
            total,
        }
    }

    /// Steps shown so far.
    pub fn shown(self) -> usize {
        self.shown
    }

    /// Steps in the session.
    pub fn total(self) -> usize {
        self.total
    }

    /// Nothing shown yet.
    pub fn at_start(self) -> bool {
        self.shown == 0
    }

    /// Every step shown.
    pub fn at_end(self) -> bool {
        self.shown >= self.total
    }

    /// Whether `action` would change anything (the control is then enabled).
    pub fn can(self, action: ReplayAction) -> bool {
        match action {
            ReplayAction::Next | ReplayAction::RunToEnd => !self.at_end(),
            ReplayAction::Back | ReplayAction::Reset => !self.at_start(),
        }
    }

    /// The cursor after `action`; the same value when it changes nothing.
    pub fn step(self, action: ReplayAction) -> Self {
        let shown = match action {
            ReplayAction::Next => self.shown.saturating_add(1).min(self.total),
            ReplayAction::Back => self.shown.saturating_sub(1),
            ReplayAction::RunToEnd => self.total,
            ReplayAction::Reset => 0,
        };
        Replay { shown, ..self }
    }

    /// The index of the step shown last, if any.
    pub fn current(self) -> Option<usize> {
        self.shown.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_back_stay_inside_the_session() {
        let r = Replay::new(2);
        assert!(!r.can(ReplayAction::Back));
        let r = r.step(ReplayAction::Next).step(ReplayAction::Next);
        assert_eq!(r.shown(), 2);
        assert!(r.at_end());
        assert_eq!(r.step(ReplayAction::Next), r);
        let r = r.step(ReplayAction::Back);
        assert_eq!((r.shown(), r.current()), (1, Some(0)));
        assert_eq!(
            r.step(ReplayAction::Back).step(ReplayAction::Back).shown(),
            0
        );
    }

    #[test]
    fn run_to_end_and_reset_jump() {
        let r = Replay::new(5).step(ReplayAction::RunToEnd);
        assert_eq!(r.shown(), 5);
        assert!(!r.can(ReplayAction::RunToEnd));
        assert!(r.can(ReplayAction::Reset));
        assert_eq!(r.step(ReplayAction::Reset), Replay::new(5));
    }

    #[test]
    fn an_empty_session_can_do_nothing() {
        let r = Replay::new(0);
        assert!(ReplayAction::ALL.iter().all(|&a| !r.can(a)));
        assert_eq!(r.current(), None);
        assert_eq!(Replay::at(9, 3).shown(), 3);
    }
}
