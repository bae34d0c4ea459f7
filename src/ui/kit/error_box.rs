//! The error box every lab shares: what went wrong in the learner's language, then the
//! exact text (Python's own words where Python has them), announced to screen readers.

use super::opt;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    /// The error itself, verbatim (`zlib.error: Error -3 ...`), in a code block.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// What it means, in the page language.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The e2e contract's `data-testid`, put on the verbatim text (or the help).
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let (help_id, text_id) = match props.text {
        Some(_) => (None, props.testid.clone()),
        None => (props.testid.clone(), None),
    };
    html! {
        <div class="error" role="alert">
            { opt(props.help.clone().map(|h| html! { <p data-testid={help_id.clone()}>{ h }</p> })) }
            { opt(props.text.clone().map(|t| html! { <pre class="code" data-testid={text_id.clone()}>{ t }</pre> })) }
        </div>
    }
}
