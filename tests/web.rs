//! Browser tests of the Yew app (wasm-bindgen-test in headless Chromium): mount the
//! app, act as a learner would (click, type), and wait for the DOM, never sleeping.
#![cfg(target_arch = "wasm32")]
// Tests may unwrap: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).unwrap()
}

/// A mounted app (the whole site, or one lab's bundle app); `done` unmounts it so the
/// next test starts clean.
struct Mounted<A: yew::BaseComponent = wirelab::ui::App> {
    root: Element,
    app: yew::AppHandle<A>,
}

impl<A: yew::BaseComponent> Mounted<A> {
    fn done(self) {
        self.app.destroy();
        self.root.remove();
    }
}

/// Mounts a fresh app at `hash` in its own container and lets it render.
async fn mount(hash: &str) -> Mounted {
    let root = fresh_root(hash);
    let app = yew::Renderer::<wirelab::ui::App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, app }
}

/// A new container for an app at `hash`. Every test starts with no lab inputs
/// remembered from an earlier test (the language and theme stay: a test checks that
/// they are remembered).
fn fresh_root(hash: &str) -> Element {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    for key in ["wirelab.serialize", "wirelab.compress"] {
        storage.remove_item(key).unwrap();
    }
    window.location().set_hash(hash).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts a lab of its own bundle as that bundle does (`ui::lazy::LabRoot`): the
/// runner serves no bundle for the site's `LazyLab` to fetch.
async fn mount_lab(
    hash: &str,
    lab: wirelab::ui::Lab,
    page: fn() -> yew::Html,
) -> Mounted<wirelab::ui::lazy::LabRoot> {
    let root = fresh_root(hash);
    let props = wirelab::ui::lazy::LabRootProps::new(lab, page, "en", String::new(), 0, None, None);
    let app = yew::Renderer::<wirelab::ui::lazy::LabRoot>::with_root_and_props(root.clone(), props)
        .render();
    settle().await;
    Mounted { root, app }
}

/// Runs Yew's scheduler until the DOM stops changing (effects may schedule renders).
async fn settle() {
    for _ in 0..4 {
        yew::scheduler::flush().await;
    }
}

fn by_testid(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
}

async fn click(root: &Element, id: &str) {
    let el = by_testid(root, id).unwrap_or_else(|| panic!("no {id}"));
    el.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
}

/// Types into a textarea as the browser reports it: set the value, fire `input`.
async fn type_into(root: &Element, id: &str, text: &str) {
    let area: HtmlTextAreaElement = by_testid(root, id).unwrap().dyn_into().unwrap();
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    settle().await;
}

fn html_attr(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

#[wasm_bindgen_test]
async fn lang_toggle_flips_html_lang_and_text() {
    let m = mount("#/").await;
    let root = &m.root;
    let before = html_attr("lang").unwrap();
    let nav = |root: &Element| by_testid(root, "nav-serialize").unwrap().text_content();
    let text_before = nav(root);
    click(root, "lang-toggle").await;
    let after = html_attr("lang").unwrap();
    assert_ne!(before, after);
    assert!(["en", "ko"].contains(&after.as_str()));
    assert_ne!(nav(root), text_before);
    let expected = if after == "ko" {
        "직렬화"
    } else {
        "Serialize"
    };
    assert_eq!(nav(root).as_deref(), Some(expected));
    // The choice is remembered: a new visit starts in it.
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("wirelab.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some(after.as_str()));
    m.done();
    let again = mount("#/").await;
    assert_eq!(html_attr("lang"), Some(after.clone()));
    assert_eq!(
        by_testid(&again.root, "nav-serialize")
            .unwrap()
            .text_content()
            .as_deref(),
        Some(expected)
    );
    click(&again.root, "lang-toggle").await;
    assert_eq!(html_attr("lang"), Some(before));
    again.done();
}

#[wasm_bindgen_test]
async fn theme_toggle_sets_data_theme() {
    let m = mount("#/").await;
    let root = &m.root;
    let before = html_attr("data-theme").unwrap();
    click(root, "theme-toggle").await;
    let after = html_attr("data-theme").unwrap();
    assert_eq!(
        (before.as_str(), after.as_str()),
        if before == "light" {
            ("light", "dark")
        } else {
            ("dark", "light")
        }
    );
    m.done();
}

#[wasm_bindgen_test]
async fn a_syntax_error_shows_python_text_and_the_page_recovers() {
    let m = mount("#/serialize").await;
    let root = &m.root;
    type_into(root, "literal-input", "[1, 2").await;
    let error = by_testid(root, "literal-error").expect("literal-error shown");
    let text = error.text_content().unwrap_or_default();
    // python3 -c "[1, 2" -> SyntaxError: '[' was never closed
    assert!(text.contains("SyntaxError: '[' was never closed"), "{text}");
    type_into(root, "literal-input", "[1, 2]").await;
    assert!(by_testid(root, "literal-error").is_none());
    m.done();
}

// pickle.loads (its errors, dangers and stepper) runs in the Web Worker, which the
// wasm-bindgen test runner does not serve: tests/e2e/loads.test.mjs and
// robustness.test.mjs cover it against the built site.

/// Fires a DOM event of `kind`, bubbling or not as the browser would send it.
fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(kind != "mouseenter");
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn lit_bytes(root: &Element) -> Vec<String> {
    let hex = root
        .query_selector("[data-testid=\"pickle-hex\"] .hex")
        .unwrap()
        .unwrap();
    let lit = hex.query_selector_all(".b.lit").unwrap();
    (0..lit.length())
        .filter_map(|i| lit.item(i).and_then(|n| n.text_content()))
        .collect()
}

#[wasm_bindgen_test]
async fn protocol_select_and_the_listing_light_up_the_bytes() {
    let m = mount("#/serialize").await;
    let root = &m.root;
    type_into(root, "literal-input", "{'a': 1}").await;
    let select = by_testid(root, "protocol-select").unwrap();
    select
        .clone()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap()
        .set_value("2");
    fire(&select, "change");
    settle().await;
    // python3 -c "import pickle; print(pickle.dumps({'a': 1}, 2).hex())"
    let hex = by_testid(root, "pickle-hex").unwrap();
    assert_eq!(
        hex.get_attribute("data-hex").as_deref(),
        Some("80027d710058010000006171014b01732e")
    );
    // pickletools.dis: line 3 is "    5: X    BINUNICODE 'a'" (bytes 5..11).
    let lines = root.query_selector_all(".dis-line").unwrap();
    let binunicode: Element = lines.item(3).unwrap().dyn_into().unwrap();
    assert_eq!(
        binunicode.text_content().as_deref(),
        Some("    5: X    BINUNICODE 'a'")
    );
    fire(&binunicode, "mouseenter");
    settle().await;
    assert_eq!(lit_bytes(root), ["58", "01", "00", "00", "00", "61"]);
    // And back: a byte of BININT1 (offset 14) selects its line.
    let bytes = root
        .query_selector_all("[data-testid=\"pickle-hex\"] .hex .b")
        .unwrap();
    let byte14: Element = bytes.item(14).unwrap().dyn_into().unwrap();
    // The grid listens for the pointer once (mouseover bubbles from the byte).
    fire(&byte14, "mouseover");
    settle().await;
    let selected = root.query_selector(".dis-line.lit").unwrap().unwrap();
    assert_eq!(
        selected.text_content().as_deref(),
        Some("   13: K    BININT1    1")
    );
    assert_eq!(lit_bytes(root), ["4b", "01"]);
    m.done();
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_the_listing() {
    let m = mount("#/serialize").await;
    let root = &m.root;
    type_into(root, "literal-input", "{'a': 1}").await;
    let listbox = root.query_selector("[role=\"listbox\"]").unwrap().unwrap();
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    // Protocol 4 listing of {'a': 1}: PROTO, FRAME, EMPTY_DICT, ...
    listbox.dispatch_event(&key("ArrowDown")).unwrap();
    settle().await;
    listbox.dispatch_event(&key("ArrowDown")).unwrap();
    settle().await;
    let selected = root.query_selector(".dis-line.lit").unwrap().unwrap();
    assert!(selected.text_content().unwrap().contains("EMPTY_DICT"));
    assert_eq!(
        listbox.get_attribute("aria-activedescendant").as_deref(),
        Some("dis-2")
    );
    // EMPTY_DICT is the one byte 0x7d at offset 11.
    assert_eq!(lit_bytes(root), ["7d"]);
    listbox.dispatch_event(&key("End")).unwrap();
    settle().await;
    let selected = root.query_selector(".dis-line.lit").unwrap().unwrap();
    assert!(selected.text_content().unwrap().contains("STOP"));
    m.done();
}

/// Sets a `<select>` as the browser does when the learner picks an option.
async fn choose(root: &Element, id: &str, value: &str) {
    let select = by_testid(root, id).unwrap();
    select
        .clone()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap()
        .set_value(value);
    fire(&select, "change");
    settle().await;
}

// The Compress lab's zlib runs in the Web Worker, which the wasm-bindgen test runner
// does not serve: tests/e2e/compress.test.mjs and student.test.mjs cover it (bytes
// against python3, the exercise, the carried pickle) against the built site.

#[wasm_bindgen_test]
async fn switching_the_compress_input_to_hex_keeps_the_bytes() {
    let m = mount_lab(
        "#/compress",
        wirelab::ui::Lab::Compress,
        wirelab::ui::bundle_pages::compress,
    )
    .await;
    let root = &m.root;
    type_into(root, "compress-input", "안녕 hi").await;
    choose(root, "compress-mode", "hex").await;
    let area = by_testid(root, "compress-input")
        .unwrap()
        .dyn_into::<HtmlTextAreaElement>()
        .unwrap();
    // python3: '안녕 hi'.encode().hex()
    assert_eq!(area.value(), "ec9588eb8595206869");
    choose(root, "compress-mode", "text").await;
    let area = by_testid(root, "compress-input")
        .unwrap()
        .dyn_into::<HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(area.value(), "안녕 hi");
    m.done();
}

/// Waits (a frame at a time, at most about 10 s) until `root` holds `id`.
async fn wait_for(root: &Element, id: &str) -> Element {
    for _ in 0..600 {
        if let Some(el) = by_testid(root, id) {
            return el;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
        settle().await;
    }
    panic!("no {id}");
}

#[wasm_bindgen_test]
async fn a_lab_whose_bundle_cannot_load_says_so_and_the_site_keeps_working() {
    // The runner serves no lab bundle: the page shows the loading line, then the error.
    let m = mount("#/tls").await;
    let root = &m.root;
    assert!(
        by_testid(root, "lab-loading").is_some() || by_testid(root, "lab-load-error").is_some()
    );
    let error = wait_for(root, "lab-load-error").await;
    assert!(error.text_content().unwrap().contains("wirelab-lab-tls.js"));
    // The first bundle still answers: the nav takes the learner to Serialize.
    click(root, "nav-serialize").await;
    wait_for(root, "literal-input").await;
    m.done();
}
