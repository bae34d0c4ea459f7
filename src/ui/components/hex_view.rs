//! The hex view: offsets, 16 bytes a row, an ASCII column; one focusable grid whose
//! arrow keys move a byte cursor, so the keyboard reaches every byte.

use crate::labs::serialize::{ascii, hex_rows, HEX_VIEW_MAX};
use crate::ui::hooks::use_texts;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HexViewProps {
    pub bytes: Rc<Vec<u8>>,
    /// Bytes of the selected opcode.
    pub highlight: Option<Range<usize>>,
    /// The byte under the keyboard cursor or the pointer.
    pub cursor: Option<usize>,
    pub on_select_byte: Callback<usize>,
    /// The e2e contract's `data-testid` (only the dumps view carries `pickle-hex`).
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Accessible name (defaults to the dumps view's).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[component]
pub fn HexView(props: &HexViewProps) -> Html {
    let t = &use_texts().serialize;
    let shown = &props.bytes[..props.bytes.len().min(HEX_VIEW_MAX)];
    let len = shown.len();
    let onkeydown = {
        let cursor = props.cursor;
        let on_select = props.on_select_byte.clone();
        Callback::from(move |e: KeyboardEvent| {
            if len == 0 {
                return;
            }
            let at = cursor.unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => at.saturating_add(1),
                "ArrowLeft" => at.saturating_sub(1),
                "ArrowDown" => at.saturating_add(16),
                "ArrowUp" => at.saturating_sub(16),
                "Home" => 0,
                "End" => len - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next.min(len - 1));
        })
    };
    let onfocus = {
        let cursor = props.cursor;
        let on_select = props.on_select_byte.clone();
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() && len > 0 {
                on_select.emit(0);
            }
        })
    };
    let class_of = |i: usize| {
        let lit = props.highlight.as_ref().is_some_and(|r| r.contains(&i));
        classes!(
            "b",
            lit.then_some("lit"),
            (props.cursor == Some(i)).then_some("cursor")
        )
    };
    let rows = hex_rows(shown).into_iter().map(|row| {
        let hex = row.bytes.iter().enumerate().map(|(j, b)| {
            let i = row.offset + j;
            let on_select = props.on_select_byte.clone();
            let onmouseenter = Callback::from(move |_: MouseEvent| on_select.emit(i));
            html! { <span class={class_of(i)} {onmouseenter}>{ format!("{b:02x}") }</span> }
        });
        let text = row.bytes.iter().enumerate().map(|(j, b)| {
            html! { <span class={class_of(row.offset + j)}>{ ascii(*b) }</span> }
        });
        html! {
            <div class="hex-row">
                <span class="off">{ format!("{:08x}", row.offset) }</span>
                <span class="hex">{ for hex }</span>
                <span class="ascii">{ for text }</span>
            </div>
        }
    });
    html! {
        <div class="hex-view code" data-testid={props.testid.clone()} data-hex={crate::hex::encode(&props.bytes)}
            tabindex="0" role="group" aria-label={props.label.clone().unwrap_or(AttrValue::Static(t.hex_aria))}
            {onkeydown} {onfocus}>
            { for rows }
            if shown.len() < props.bytes.len() {
                <div class="hint">{ (t.shown_of)(shown.len(), props.bytes.len()) }</div>
            }
        </div>
    }
}
