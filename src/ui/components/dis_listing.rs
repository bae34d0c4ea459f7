//! The `pickletools.dis` listing: one focusable list whose arrow keys move the
//! selected opcode; hovering a line selects it too.

use crate::labs::serialize::DIS_VIEW_MAX;
use crate::py::pickle::dis::Disassembly;
use crate::ui::hooks::use_texts;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisListingProps {
    pub listing: Rc<Disassembly>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

#[component]
pub fn DisListing(props: &DisListingProps) -> Html {
    let t = &use_texts().serialize;
    let all = props.listing.lines.len();
    let count = all.min(DIS_VIEW_MAX);
    let onkeydown = {
        let selected = props.selected;
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if count == 0 {
                return;
            }
            let at = selected.unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowDown" => at.saturating_add(1),
                "ArrowUp" => at.saturating_sub(1),
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next.min(count - 1));
        })
    };
    let onfocus = {
        let selected = props.selected;
        let on_select = props.on_select.clone();
        Callback::from(move |_: FocusEvent| {
            if selected.is_none() && count > 0 {
                on_select.emit(0);
            }
        })
    };
    let lines = props
        .listing
        .lines
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, line)| {
            let on_select = props.on_select.clone();
            let onmouseenter = Callback::from(move |_: MouseEvent| on_select.emit(i));
            let selected = props.selected == Some(i);
            html! {
                <div id={format!("dis-{i}")} role="option" aria-selected={selected.to_string()}
                    class={classes!("dis-line", selected.then_some("lit"))} {onmouseenter}>
                    { line.text.clone() }
                </div>
            }
        });
    // Lines past the last opcode (the "highest protocol" footer, an error).
    let tail: Vec<&str> = props.listing.text.lines().skip(all).collect();
    let active = props.selected.map(|i| format!("dis-{i}"));
    html! {
        <div class="dis code" data-testid="dis-listing">
            <div role="listbox" tabindex="0" aria-label={t.dis_aria}
                aria-activedescendant={active} {onkeydown} {onfocus}>
                { for lines }
            </div>
            if count < all {
                <div class="dis-line tail">{ (t.shown_of)(count, all) }</div>
            }
            { for tail.iter().map(|l| html! { <div class="dis-line tail">{ *l }</div> }) }
            { for props.listing.error.iter().map(|e| html! { <div class="dis-line error-text">{ e.clone() }</div> }) }
        </div>
    }
}
