//! What every lab's page shares: one stepper control bar, one annotated-bytes view,
//! one error box, copy and download buttons, labelled selects, and their words.
//! A pattern two labs need lives here once; a lab's own components live in its folder.

mod copy_button;
mod download_button;
mod error_box;
mod field_list;
mod hex_view;
mod labelled_select;
mod stepper_controls;
mod words;

pub use copy_button::CopyButton;
pub use download_button::DownloadButton;
pub use error_box::ErrorBox;
pub use field_list::FieldList;
pub use hex_view::HexView;
pub use labelled_select::LabelledSelect;
pub use stepper_controls::{use_replay, StepperControls};
pub use words::KitWords;
