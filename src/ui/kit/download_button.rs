//! Downloads bytes as a file through a Blob and an object URL (nothing leaves the page).

use js_sys::{Array, Uint8Array};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadButtonProps {
    pub bytes: Rc<Vec<u8>>,
    pub filename: AttrValue,
    pub label: AttrValue,
    /// The e2e contract's `data-testid`, if any.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// Saves `bytes` as `filename`; for bytes made on the click itself (a large file a
/// page should not hold while it is not wanted).
pub fn save_bytes(bytes: &[u8], filename: &str) -> Result<(), JsValue> {
    let parts = Array::new();
    parts.push(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    Url::revoke_object_url(&url)
}

#[component]
pub fn DownloadButton(props: &DownloadButtonProps) -> Html {
    let onclick = {
        let bytes = props.bytes.clone();
        let filename = props.filename.clone();
        Callback::from(move |_: MouseEvent| {
            // A refused download leaves the page as it was; there is nothing to undo.
            let _ = save_bytes(&bytes, &filename);
        })
    };
    html! {
        <button type="button" data-testid={props.testid.clone()} {onclick}>{ props.label.clone() }</button>
    }
}
