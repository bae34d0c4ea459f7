//! The pickle format: `pickle.dumps`, `pickletools.dis`, and a safe `pickle.loads`
//! that shows (never runs) what GLOBAL/REDUCE would do.
//!
//! CONTRACT (the UI and the CLI rely on these names):
//! - `dumps(&Value, protocol: u8) -> Result<Vec<u8>, DumpError>` (bytes as CPython 3.11)
//! - `dis::dis(&[u8]) -> Disassembly` (`.text` equals `pickletools.dis` output; `.lines`
//!   carry offset and length of each opcode for the hex view)
//! - `machine::Machine` steps the unpickler one opcode at a time;
//!   `machine::loads(&[u8]) -> Result<Loaded, UnpicklingError>`

pub mod decode;
pub mod dis;
pub mod dumps;
pub mod machine;
pub mod opcodes;
pub mod opinfo;
pub mod text;

pub use dumps::{dumps, DumpError};
