//! The Python literal editor: textarea, example buttons, and Python's error with a caret.

use super::words::SerializeWords;
use crate::labs::serialize::{caret, EXAMPLES};
use crate::py::literal::{ErrorKind, LiteralError};
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::ui::kit::ErrorBox;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiteralEditorProps {
    pub value: AttrValue,
    pub error: Option<LiteralError>,
    pub on_input: Callback<String>,
}

/// The place in the source, as Python's traceback shows it (when there is one).
fn place(source: &str, err: &LiteralError) -> Option<String> {
    caret(source, err).map(|(line, mark)| {
        let file = format!("  File \"<literal>\", line {}\n    {line}", err.line);
        if mark.is_empty() {
            file
        } else {
            format!("{file}\n    {mark}")
        }
    })
}

/// The last lines of Python's traceback: the place (when there is one), then the error.
fn traceback(source: &str, err: &LiteralError) -> String {
    match place(source, err) {
        Some(place) => format!("{place}\n{err}"),
        None => err.to_string(),
    }
}

#[component]
pub fn LiteralEditor(props: &LiteralEditorProps) -> Html {
    let t = &use_words::<SerializeWords>().serialize;
    let oninput = props.on_input.reform(|e: InputEvent| {
        e.target_dyn_into::<HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    });
    let examples = EXAMPLES.iter().map(|ex| {
        let on_input = props.on_input.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_input.emit((*ex).to_owned()));
        html! { <li><button type="button" class="example" {onclick}><code>{ *ex }</code></button></li> }
    });
    let error = props.error.as_ref().map(|err| {
        let help = match err.kind {
            ErrorKind::SyntaxError | ErrorKind::IndentationError => t.syntax_error_help,
            ErrorKind::TypeError => t.type_error_help,
            ErrorKind::ValueError => t.value_error_help,
            ErrorKind::Unsupported => t.unsupported_help,
        };
        match &err.not_literal {
            // Not Python's error but wirelab's reason: in the page language, with the place.
            Some(why) => {
                let help = format!("{} {help}", (t.not_literal)(why));
                let text = place(&props.value, err);
                html! { <ErrorBox {help} {text} testid="literal-error" /> }
            }
            None => html! { <ErrorBox {help} text={traceback(&props.value, err)} testid="literal-error" /> },
        }
    });
    html! {
        <section class="panel literal-editor" aria-labelledby="literal-label">
            <label id="literal-label" for="literal-input"><h2>{ t.literal_label }</h2></label>
            <textarea id="literal-input" data-testid="literal-input" class="code" rows="4"
                spellcheck="false" autocapitalize="off" autocomplete="off"
                aria-describedby="literal-help"
                value={props.value.clone()} {oninput} />
            <p id="literal-help" class="hint">{ t.literal_help }</p>
            <div class="examples">
                <span id="examples-label">{ t.examples_label }</span>
                <ul aria-labelledby="examples-label">{ for examples }</ul>
            </div>
            { opt(error) }
        </section>
    }
}
