//! Bringing a selection into view inside a scrolling box, without moving the page
//! more than needed (`block: "nearest"`).

use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::NodeRef;

/// Scrolls the first element under `root` that matches `selector` into view.
pub fn scroll_to(root: &NodeRef, selector: &str) {
    let Some(el) = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    options.set_inline(ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
