//! A `<select>` with its visible label and an optional help line tied to it
//! (`aria-describedby`), as every lab's choices are drawn.

use super::opt;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabelledSelectProps {
    /// The element id (the label's `for`); also the e2e `data-testid` unless `testid`.
    pub id: AttrValue,
    pub label: Html,
    /// `(value, text)` per option, in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component]
pub fn LabelledSelect(props: &LabelledSelectProps) -> Html {
    let onchange = props.on_change.reform(|e: Event| {
        e.target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    });
    let help_id = props.help.as_ref().map(|_| format!("{}-help", props.id));
    let testid = props.testid.clone().unwrap_or_else(|| props.id.clone());
    html! {
        <div class="controls">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} data-testid={testid} {onchange}
                aria-describedby={help_id.clone()}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ text.clone() }</option>
                }) }
            </select>
            { opt(props.help.clone().map(|h| html! { <span id={help_id.clone()} class="hint">{ h }</span> })) }
        </div>
    }
}
