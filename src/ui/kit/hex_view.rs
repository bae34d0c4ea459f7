//! The annotated-bytes hex view: offsets, 16 bytes a row, an ASCII column; the
//! highlighted field's bytes light up with its parts told apart (opcode, length,
//! payload); one focusable grid whose arrow keys move a byte cursor, so the keyboard
//! reaches every byte. Its partner is [`super::FieldList`]: each highlights the other.

use super::narrow::use_narrow;
use super::scroll::scroll_to;
use super::KitWords;
use crate::labs::kit::hexdump::{ascii, hex_rows, HEX_ROW, HEX_VIEW_MAX};
use crate::labs::kit::{Annotated, Role};
use crate::ui::hooks::use_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HexViewProps {
    pub data: Rc<Annotated>,
    /// The top-level field whose bytes light up.
    #[prop_or_default]
    pub highlight: Option<usize>,
    /// The byte under the keyboard cursor or the pointer.
    #[prop_or_default]
    pub cursor: Option<usize>,
    /// The cursor moved (arrow keys, pointer).
    #[prop_or_default]
    pub on_cursor: Callback<usize>,
    /// The pointer entered a byte (the page may ignore it while a selection is locked).
    #[prop_or_default]
    pub on_hover: Callback<usize>,
    /// A byte was clicked (the page may lock the selection); Esc emits `on_release`.
    #[prop_or_default]
    pub on_pick: Callback<usize>,
    #[prop_or_default]
    pub on_release: Callback<()>,
    /// The e2e contract's `data-testid`.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Accessible name (defaults to the kit's).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

fn role_class(role: Option<Role>) -> Option<&'static str> {
    match role? {
        Role::Opcode => Some("r-op"),
        Role::Length => Some("r-len"),
        Role::Payload => Some("r-pay"),
        Role::Whole | Role::Field => None,
    }
}

/// Bytes a row on a phone-narrow screen (with its ASCII column, nothing clipped).
const HEX_ROW_NARROW: usize = 8;

fn next_cursor(key: &str, at: usize, len: usize, row: usize) -> Option<usize> {
    let next = match key {
        "ArrowRight" => at.saturating_add(1),
        "ArrowLeft" => at.saturating_sub(1),
        "ArrowDown" => at.saturating_add(row),
        "ArrowUp" => at.saturating_sub(row),
        "Home" => 0,
        "End" => len.saturating_sub(1),
        _ => return None,
    };
    Some(next.min(len.saturating_sub(1)))
}

/// The byte a pointer event happened on: its hex cell's `data-i`.
fn byte_under(e: &MouseEvent) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.get_attribute("data-i")?.parse().ok()
}

#[component]
pub fn HexView(props: &HexViewProps) -> Html {
    let t = use_words::<KitWords>();
    let bytes = &props.data.bytes;
    let shown = &bytes[..bytes.len().min(HEX_VIEW_MAX)];
    let len = shown.len();
    let row = if use_narrow() {
        HEX_ROW_NARROW
    } else {
        HEX_ROW
    };
    let onkeydown = {
        let cursor = props.cursor;
        let on_cursor = props.on_cursor.clone();
        let on_release = props.on_release.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_release.emit(());
                return;
            }
            if len == 0 {
                return;
            }
            if let Some(next) = next_cursor(&e.key(), cursor.unwrap_or(0), len, row) {
                e.prevent_default();
                on_cursor.emit(next);
            }
        })
    };
    let onfocus = {
        let cursor = props.cursor;
        let on_cursor = props.on_cursor.clone();
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() && len > 0 {
                on_cursor.emit(0);
            }
        })
    };
    let lit = props
        .highlight
        .and_then(|f| props.data.fields.get(f).map(|a| (f, a.span.bytes())));
    let class_of = |i: usize| {
        let on = lit.as_ref().filter(|(_, r)| r.contains(&i));
        let role = on.and_then(|(f, _)| role_class(props.data.role_at(*f, i)));
        classes!(
            "b",
            on.map(|_| "lit"),
            role,
            (props.cursor == Some(i)).then_some("cursor")
        )
    };
    let grid = use_node_ref();
    {
        // The lit field's first byte scrolls into view (the nearest edge: no page jump).
        let grid = grid.clone();
        use_effect_with(props.highlight, move |_| scroll_to(&grid, ".b.lit"));
    }
    // One listener pair on the grid, not two per byte: a certificate's 1.7 KB drew
    // 3,400 listeners and took most of a 50 ms frame. The byte is the target's `data-i`.
    let onclick = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = byte_under(&e) {
                on_pick.emit(i);
            }
        })
    };
    let onmouseover = {
        let on_hover = props.on_hover.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = byte_under(&e) {
                on_hover.emit(i);
            }
        })
    };
    let rows = hex_rows(shown, row).into_iter().map(|row| {
        let hex = row.bytes.iter().enumerate().map(|(j, b)| {
            let i = row.offset + j;
            html! { <span class={class_of(i)} data-i={i.to_string()}>{ format!("{b:02x}") }</span> }
        });
        // The ASCII column in runs of one look: a span per run, not per byte.
        let mut runs: Vec<(Classes, String)> = Vec::new();
        for (j, b) in row.bytes.iter().enumerate() {
            let class = class_of(row.offset + j);
            match runs.last_mut() {
                Some((c, text)) if *c == class => text.push(ascii(*b)),
                _ => runs.push((class, ascii(*b).to_string())),
            }
        }
        let text = runs
            .into_iter()
            .map(|(class, text)| html! { <span {class}>{ text }</span> });
        html! {
            <div class="hex-row">
                <span class="off">{ format!("{:08x}", row.offset) }</span>
                <span class="hex">{ for hex }</span>
                <span class="ascii">{ for text }</span>
            </div>
        }
    });
    html! {
        <div class="hex-view code" data-testid={props.testid.clone()} data-hex={crate::hex::encode(bytes)}
            tabindex="0" role="group" ref={grid} aria-label={props.label.clone().unwrap_or(AttrValue::Static(t.hex_aria))}
            translate="no" {onkeydown} {onfocus} {onclick} {onmouseover}>
            { for rows }
            if len < bytes.len() {
                <div class="hint">{ (t.shown_of)(len, bytes.len()) }</div>
            }
        </div>
    }
}
