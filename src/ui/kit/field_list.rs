//! The annotated-bytes field list: one focusable listbox, a row per top-level field
//! (its label, and its value when it has one); arrow keys and the pointer move the
//! selection, which [`super::HexView`] lights up in the bytes.

use super::scroll::scroll_to;
use super::KitWords;
use crate::labs::kit::Annotated;
use crate::ui::hooks::use_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldListProps {
    pub data: Rc<Annotated>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    /// The pointer entered a row (the page may ignore it while a selection is locked).
    #[prop_or_default]
    pub on_hover: Callback<usize>,
    /// A row was clicked (the page may lock the selection); Esc emits `on_release`.
    #[prop_or_default]
    pub on_pick: Callback<usize>,
    #[prop_or_default]
    pub on_release: Callback<()>,
    /// The selection was locked by a click (shown, and announced as pressed).
    #[prop_or_default]
    pub locked: bool,
    /// The listbox's accessible name.
    pub label: AttrValue,
    /// Prefix of each row's element id (`dis` gives `dis-0`, `dis-1`, ...).
    pub id_prefix: AttrValue,
    /// The most rows drawn (a DOM node each); the rest are counted.
    #[prop_or(2000)]
    pub max_rows: usize,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Lines drawn after the rows (a tool's footer, an error).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn FieldList(props: &FieldListProps) -> Html {
    let t = use_words::<KitWords>();
    let all = props.data.fields.len();
    let count = all.min(props.max_rows);
    let onkeydown = {
        let selected = props.selected;
        let on_select = props.on_select.clone();
        let on_release = props.on_release.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_release.emit(());
                return;
            }
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
    let rows = props
        .data
        .fields
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, field)| {
            let on_hover = props.on_hover.clone();
            let onmouseenter = Callback::from(move |_: MouseEvent| on_hover.emit(i));
            let on_pick = props.on_pick.clone();
            let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(i));
            let selected = props.selected == Some(i);
            let text = match &field.value {
                Some(v) => format!("{} {v}", field.label),
                None => field.label.clone(),
            };
            html! {
                <div id={format!("{}-{i}", props.id_prefix)} role="option" aria-selected={selected.to_string()}
                    class={classes!("dis-line", selected.then_some("lit"))} {onmouseenter} {onclick}>
                    { text }
                </div>
            }
        });
    let active = props.selected.map(|i| format!("{}-{i}", props.id_prefix));
    let list = use_node_ref();
    {
        // The selected row scrolls into view (the nearest edge: no page jump).
        let list = list.clone();
        use_effect_with(props.selected, move |_| {
            scroll_to(&list, "[aria-selected=\"true\"]")
        });
    }
    html! {
        <div class={classes!("dis", "code", props.locked.then_some("locked"))} data-testid={props.testid.clone()}
            data-locked={props.locked.to_string()} translate="no">
            <div role="listbox" tabindex="0" ref={list} aria-label={props.label.clone()}
                aria-activedescendant={active} {onkeydown} {onfocus}>
                { for rows }
            </div>
            if count < all {
                <div class="dis-line tail">{ (t.shown_of)(count, all) }</div>
            }
            { props.children.clone() }
        </div>
    }
}
