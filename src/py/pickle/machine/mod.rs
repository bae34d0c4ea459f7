//! The unpickler as a step-by-step machine (stack and memo visible), which never
//! imports or calls anything.
//!
//! It follows CPython 3.11's C unpickler (Modules/_pickle.c, `load_*`): the same
//! stack with a separate list of marks and a fence, the same checks in the same
//! order, the same exception texts.

mod globals;
mod numbers;
mod objects;
mod ops;
mod ops_call;
mod ops_fill;
mod reader;
mod repr;
mod set_order;

pub use objects::{Arena, Id, Obj};

use std::collections::BTreeMap;

/// Why `pickle.loads` raised: Python's exception and text, e.g.
/// `_pickle.UnpicklingError: pickle data was truncated` or `EOFError: Ran out of input`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpicklingError {
    /// Whole text with the exception name, as Python's last traceback line.
    pub message: String,
    /// Offset of the opcode that failed.
    pub offset: usize,
}

impl std::fmt::Display for UnpicklingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UnpicklingError {}

/// What a step did that a learner must see: the dangerous part of pickle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum StepNote {
    Plain,
    /// GLOBAL/STACK_GLOBAL naming something this lab refuses to import.
    WouldImport {
        module: String,
        name: String,
    },
    /// REDUCE/BUILD/INST/OBJ/NEWOBJ on a refused global: "would call X(args)".
    WouldCall {
        callable: String,
        args: String,
    },
    /// A global CPython itself emits for built-in types (`_codecs.encode`,
    /// `builtins.set`...), honoured.
    Honoured {
        module: String,
        name: String,
    },
}

/// One executed opcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub offset: usize,
    pub len: usize,
    pub name: &'static str,
    pub note: StepNote,
}

/// A successful `pickle.loads`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// `repr()` of the value.
    pub repr: String,
    /// Offset of the STOP opcode.
    pub stop_offset: usize,
    /// Bytes after STOP, which Python ignores.
    pub trailing: Vec<u8>,
    /// Every refused import/call met on the way (the value then holds placeholders).
    pub dangers: Vec<StepNote>,
}

/// The unpickler's state between opcodes.
#[derive(Debug, Clone, Default)]
struct State {
    arena: Arena,
    /// Object stack (CPython's `Pdata`).
    stack: Vec<Id>,
    /// Stack heights at each MARK (CPython's `marks`).
    marks: Vec<usize>,
    memo: BTreeMap<u64, Id>,
    proto: u8,
}

impl State {
    /// Lowest stack height a pop may reach: the topmost mark (CPython's fence).
    fn fence(&self) -> usize {
        self.marks.last().copied().unwrap_or(0)
    }
}

/// The unpickler, one opcode at a time.
#[derive(Debug, Clone)]
pub struct Machine {
    bytes: Vec<u8>,
    position: usize,
    outcome: Option<Result<Loaded, UnpicklingError>>,
    state: State,
    dangers: Vec<StepNote>,
}

impl Machine {
    pub fn new(bytes: &[u8]) -> Self {
        Machine {
            bytes: bytes.to_vec(),
            position: 0,
            outcome: None,
            state: State::default(),
            dangers: Vec::new(),
        }
    }

    /// Runs the next opcode; `None` once the machine has stopped or failed. The
    /// opcode that fails is returned as a step too (its error is in `outcome`).
    pub fn step(&mut self) -> Option<Step> {
        if self.outcome.is_some() {
            return None;
        }
        let offset = self.position;
        let Some(&code) = self.bytes.get(offset) else {
            self.fail("EOFError: Ran out of input".into(), offset);
            return None;
        };
        let mut reader = ops::Reader::new(&self.bytes, offset + 1);
        let result = ops::execute(&mut self.state, &mut reader, code);
        self.position = reader.pos();
        let name = crate::py::pickle::opinfo::info(code).map_or("?", |op| op.name);
        let note = match result {
            Ok(ops::Flow::Continue(note)) => note,
            Ok(ops::Flow::Stop) => {
                self.finish(offset);
                StepNote::Plain
            }
            Err(message) => {
                self.fail(message, offset);
                StepNote::Plain
            }
        };
        if matches!(
            note,
            StepNote::WouldCall { .. } | StepNote::WouldImport { .. }
        ) {
            self.dangers.push(note.clone());
        }
        Some(Step {
            offset,
            len: self.position - offset,
            name,
            note,
        })
    }

    fn fail(&mut self, message: String, offset: usize) {
        self.outcome = Some(Err(UnpicklingError { message, offset }));
    }

    /// STOP: pop the result (CPython's `PDATA_POP` after the loop) and repr it.
    fn finish(&mut self, offset: usize) {
        let st = &mut self.state;
        if st.stack.len() <= st.fence() {
            let message = ops::underflow(st);
            self.fail(message, offset);
            return;
        }
        let top = st.stack.pop().unwrap_or_default();
        match repr::repr(&st.arena, top) {
            Ok(text) => {
                self.outcome = Some(Ok(Loaded {
                    repr: text,
                    stop_offset: offset,
                    trailing: self.bytes.get(self.position..).unwrap_or_default().to_vec(),
                    dangers: self.dangers.clone(),
                }));
            }
            Err(message) => self.fail(message, offset),
        }
    }

    /// Offset of the next opcode.
    pub fn position(&self) -> usize {
        self.position
    }

    /// repr of each stack entry, bottom first (a mark shows as `MARK`).
    pub fn stack(&self) -> Vec<String> {
        let st = &self.state;
        let mut out = Vec::with_capacity(st.stack.len() + st.marks.len());
        let mut marks = st.marks.iter().peekable();
        for (height, &id) in st.stack.iter().enumerate() {
            while marks.next_if(|&&m| m == height).is_some() {
                out.push("MARK".to_string());
            }
            out.push(show(&st.arena, id));
        }
        out.extend(marks.map(|_| "MARK".to_string()));
        out
    }

    /// Number of stack entries (marks included), for views that show only the top.
    pub fn stack_len(&self) -> usize {
        self.state.stack.len() + self.state.marks.len()
    }

    /// The top `n` entries of [`Machine::stack`] (bottom first): a view redrawn at
    /// every step should not repr a stack of 100000 entries each time.
    pub fn stack_top(&self, n: usize) -> Vec<String> {
        let st = &self.state;
        let mut out = Vec::new();
        let mut marks = st.marks.iter().rev().peekable();
        for (height, &id) in st.stack.iter().enumerate().rev() {
            while marks.next_if(|&&m| m > height).is_some() {
                out.push("MARK".to_string());
            }
            if out.len() >= n {
                break;
            }
            out.push(show(&st.arena, id));
        }
        while out.len() < n && marks.next().is_some() {
            out.push("MARK".to_string());
        }
        out.truncate(n);
        out.reverse();
        out
    }

    /// Memo entries (key, repr) in key order.
    pub fn memo(&self) -> Vec<(u64, String)> {
        let st = &self.state;
        st.memo
            .iter()
            .map(|(&k, &id)| (k, show(&st.arena, id)))
            .collect()
    }

    /// The result once STOP ran or an opcode failed.
    pub fn outcome(&self) -> Option<&Result<Loaded, UnpicklingError>> {
        self.outcome.as_ref()
    }
}

/// Longest repr shown for one stack or memo entry.
const VIEW_LIMIT: usize = 4096;

/// A repr for the stack/memo views, which must always show something.
fn show(arena: &Arena, id: Id) -> String {
    repr::preview(arena, id, VIEW_LIMIT)
}

/// `pickle.loads(bytes)`, safely.
pub fn loads(bytes: &[u8]) -> Result<Loaded, UnpicklingError> {
    let mut machine = Machine::new(bytes);
    while machine.step().is_some() {}
    match machine.outcome() {
        Some(outcome) => outcome.clone(),
        None => Err(UnpicklingError {
            message: "EOFError: Ran out of input".into(),
            offset: 0,
        }),
    }
}
