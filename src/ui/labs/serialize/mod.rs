//! The Serialize lab: a Python literal, its `pickle.dumps` bytes with the
//! `pickletools.dis` listing, `json.dumps`, and a safe step-by-step `pickle.loads`.

mod dis_listing;
mod json_loads_panel;
mod json_panel;
mod literal_editor;
mod literal_words;
mod loads_panel;
mod loads_stepper;
mod opcode_info;
mod opcode_words;
mod page;
mod pickle_notes;
mod words;
mod words_en;
mod words_json;
mod words_ko;
mod words_pickle;

use dis_listing::DisListing;
use json_loads_panel::JsonLoadsPanel;
use json_panel::JsonPanel;
use literal_editor::LiteralEditor;
use loads_panel::LoadsPanel;
use loads_stepper::Stepper;
use opcode_info::OpcodeInfo;
pub use page::SerializePage;
use pickle_notes::PickleNotes;
pub use words::card;
