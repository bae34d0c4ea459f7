//! Where progress lives in the browser: localStorage under one key, as the same JSON
//! the export file holds, and reading a chosen file (the import). Nothing else here
//! touches the browser.

use crate::labs::exercises::progress::Progress;
use gloo::file::callbacks::{read_as_text, FileReader};
use web_sys::HtmlInputElement;

/// The localStorage key.
const KEY: &str = "wirelab.exercises";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored progress, or none yet (an unreadable entry counts as none).
pub fn load() -> Progress {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| Progress::from_json(&text).ok())
        .unwrap_or_default()
}

/// Stores `progress` (a refused or full storage only means it is not remembered).
pub fn save(progress: &Progress) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &progress.to_json());
    }
}

/// Starts reading the file chosen in `input`; `done` gets its text. The reader must
/// be kept until then (dropping it cancels the read).
pub fn read_chosen(
    input: &HtmlInputElement,
    done: impl FnOnce(String) + 'static,
) -> Option<FileReader> {
    let file = input.files()?.get(0)?;
    let file = gloo::file::File::from(file);
    Some(read_as_text(&file, move |text| {
        done(text.unwrap_or_default())
    }))
}
