//! What the Serialize lab made last, carried to the Compress lab: app-level state
//! behind a context, so serialize -> compress -> send reads as one pipeline.

use std::rc::Rc;
use yew::prelude::*;

/// The literal and the bytes the Serialize lab shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Carried {
    pub source: String,
    pub protocol: u8,
    pub pickle: Option<Rc<Vec<u8>>>,
    pub json: Option<Rc<String>>,
}

/// The context: the last bytes (None until the Serialize lab has rendered) and
/// the way to replace them.
#[derive(Clone, PartialEq)]
pub struct CarryContext {
    pub last: Option<Rc<Carried>>,
    pub set: Callback<Carried>,
}

/// The carried bytes, if a provider is mounted and the Serialize lab has run.
#[hook]
pub fn use_carried() -> Option<Rc<Carried>> {
    use_context::<CarryContext>().and_then(|c| c.last)
}
