//! The unpickler as a step-by-step machine (stack and memo visible), which never
//! imports or calls anything.

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepNote {
    Plain,
    /// GLOBAL/STACK_GLOBAL naming something this lab refuses to import.
    WouldImport { module: String, name: String },
    /// REDUCE/BUILD/INST/OBJ/NEWOBJ on a refused global: "would call X(args)".
    WouldCall { callable: String, args: String },
    /// A global CPython itself emits for built-in types (`_codecs.encode`,
    /// `builtins.set`...), honoured.
    Honoured { module: String, name: String },
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

/// The unpickler, one opcode at a time.
#[derive(Debug, Clone)]
pub struct Machine {
    bytes: Vec<u8>,
    position: usize,
    outcome: Option<Result<Loaded, UnpicklingError>>,
}

impl Machine {
    pub fn new(bytes: &[u8]) -> Self {
        Machine {
            bytes: bytes.to_vec(),
            position: 0,
            outcome: None,
        }
    }

    /// Runs the next opcode; `None` once the machine has stopped or failed.
    pub fn step(&mut self) -> Option<Step> {
        if self.outcome.is_none() {
            self.outcome = Some(Err(UnpicklingError {
                message: "pickle.loads is being written".into(),
                offset: self.position,
            }));
        }
        let _ = &self.bytes;
        None
    }

    /// Offset of the next opcode.
    pub fn position(&self) -> usize {
        self.position
    }

    /// repr of each stack entry, bottom first (a mark shows as `MARK`).
    pub fn stack(&self) -> Vec<String> {
        Vec::new()
    }

    /// Memo entries (key, repr) in key order.
    pub fn memo(&self) -> Vec<(u64, String)> {
        Vec::new()
    }

    /// The result once STOP ran or an opcode failed.
    pub fn outcome(&self) -> Option<&Result<Loaded, UnpicklingError>> {
        self.outcome.as_ref()
    }
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
