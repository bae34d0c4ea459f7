//! What every lab's page shares: one stepper control bar, one annotated-bytes view,
//! one error box, copy and download buttons, labelled selects, and their words.
//! A pattern two labs need lives here once; a lab's own components live in its folder.

pub mod compute;
mod copy_button;
mod download_button;
mod error_box;
mod field_list;
mod hex_view;
mod labelled_select;
mod narrow;
mod paced;
mod persist;
mod scroll;
mod stepper_controls;
mod words;

pub use copy_button::CopyButton;
pub use download_button::{save_bytes, DownloadButton};
pub use error_box::ErrorBox;
pub use field_list::FieldList;
pub use hex_view::HexView;
pub use labelled_select::LabelledSelect;
pub use paced::{still_drawing, use_paced, use_staged};
pub use persist::{read_stored, use_persisted};
pub use stepper_controls::{use_replay, StepperControls};
pub use words::KitWords;

/// An optional part of a view as one node, present or not. `{ for option }` would
/// splice 0 or 1 nodes into the parent's children, and Yew diffs unkeyed children from
/// the end: a part appearing would then rebuild every sibling before it (focus lost,
/// typing interrupted). Use `{ opt(x) }` for every optional child.
pub fn opt(part: Option<yew::Html>) -> yew::Html {
    part.unwrap_or_default()
}
