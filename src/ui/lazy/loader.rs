//! The first bundle's side of a lab bundle: load it once, mount the lab, keep it told
//! of the language and the carried pickle, unmount it when the route changes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::ui::carry::use_carried;
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::kit::ErrorBox;
use crate::ui::labs::Lab;
use crate::ui::shell::ShellWords;

/// Where the bundles' scripts put their wasm-bindgen init functions, by slug (whose
/// properties are the bundle's exports): `scripts/csp_hook.py` wraps them so.
const GLOBAL: &str = "wirelabLab";

thread_local! {
    /// Each bundle's exports once started, by slug.
    static BUNDLES: RefCell<HashMap<&'static str, Promise>> = RefCell::default();
}

#[derive(Properties, PartialEq)]
pub struct LazyLabProps {
    pub lab: Lab,
}

/// Where the mounting is.
#[derive(Clone, PartialEq)]
enum Mounting {
    Loading,
    Mounted,
    Failed(String),
}

/// A lab of the labs bundle, mounted into this component's element.
#[component]
pub fn LazyLab(props: &LazyLabProps) -> Html {
    let host = use_node_ref();
    let lang = use_lang();
    let carried = use_carried();
    let mounting = use_state_eq(|| Mounting::Loading);
    let mounted: Rc<RefCell<Option<JsValue>>> = use_memo((), |_| RefCell::new(None));
    let args = Rc::new(MountArgs::new(props.lab, lang.tag(), carried.as_deref()));
    {
        let (host, mounting, mounted, args) = (
            host.clone(),
            mounting.clone(),
            mounted.clone(),
            args.clone(),
        );
        use_effect_with(props.lab, move |_| {
            let (cell, cleanup) = (mounted.clone(), mounted);
            wasm_bindgen_futures::spawn_local(async move {
                match mount(&host, &args).await {
                    Ok(handle) => {
                        *cell.borrow_mut() = Some(handle);
                        mounting.set(Mounting::Mounted);
                    }
                    Err(e) => mounting.set(Mounting::Failed(describe(&e))),
                }
            });
            move || {
                if let Some(handle) = cleanup.borrow_mut().take() {
                    let _ = call(&handle, "unmount", &[]);
                }
            }
        });
    }
    {
        // The language or the carried pickle changed: tell the mounted lab.
        let mounted = mounted.clone();
        use_effect_with(args, move |args| {
            if let Some(handle) = mounted.borrow().as_ref() {
                let _ = call(handle, "update", &args.update_args());
            }
        });
    }
    let t = &use_words::<ShellWords>().shell;
    let status = match &*mounting {
        Mounting::Loading => {
            html! { <p class="boot-line" role="status" data-testid="lab-loading">{ t.lab_loading }</p> }
        }
        Mounting::Mounted => html! {},
        Mounting::Failed(why) => {
            html! { <ErrorBox help={t.lab_load_failed} text={AttrValue::from(why.clone())} testid="lab-load-error" /> }
        }
    };
    html! {
        <>
            { status }
            <div ref={host} data-lab={props.lab.slug()}></div>
        </>
    }
}

/// What the bundle's `mount_lab` and `LabMount.update` take.
#[derive(PartialEq)]
struct MountArgs {
    lab: &'static str,
    lang: &'static str,
    source: String,
    protocol: u8,
    pickle: Option<Vec<u8>>,
    json: Option<String>,
}

impl MountArgs {
    fn new(lab: Lab, lang: &'static str, carried: Option<&crate::ui::carry::Carried>) -> Self {
        MountArgs {
            lab: lab.slug(),
            lang,
            source: carried.map(|c| c.source.clone()).unwrap_or_default(),
            protocol: carried.map(|c| c.protocol).unwrap_or_default(),
            pickle: carried.and_then(|c| c.pickle.as_deref().cloned()),
            json: carried.and_then(|c| c.json.as_deref().cloned()),
        }
    }

    /// `(lang, source, protocol, pickle, json)`.
    fn update_args(&self) -> [JsValue; 5] {
        [
            JsValue::from_str(self.lang),
            JsValue::from_str(&self.source),
            JsValue::from(self.protocol),
            self.pickle
                .as_ref()
                .map(|p| Uint8Array::from(p.as_slice()).into())
                .unwrap_or(JsValue::UNDEFINED),
            self.json
                .as_ref()
                .map(|j| JsValue::from_str(j))
                .unwrap_or(JsValue::UNDEFINED),
        ]
    }
}

/// Loads the bundle (once) and mounts the lab into `host`: the bundle's `LabMount`.
async fn mount(host: &NodeRef, args: &MountArgs) -> Result<JsValue, JsValue> {
    let exports = match JsFuture::from(bundle(args.lab)?).await {
        Ok(exports) => exports,
        Err(e) => {
            // Not kept: the next visit to a lab tries again.
            BUNDLES.with(|cell| cell.borrow_mut().remove(args.lab));
            return Err(e);
        }
    };
    // Starting the wasm and drawing the lab in one task passed 50 ms: draw a frame later.
    next_frame().await;
    let Some(element) = host.get() else {
        return Err(JsValue::from_str("the lab's element is gone"));
    };
    let mut all = vec![element.into()];
    all.extend(args.update_args());
    call(&exports, "mount_lab", &all)
}

/// Resolves at the next animation frame (at once if there is no window).
async fn next_frame() {
    let frame = Promise::new(&mut |resolve, _| {
        let asked = web_sys::window().map(|w| w.request_animation_frame(&resolve));
        if !matches!(asked, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(frame).await;
}

/// The exports of the bundle of the lab `slug`, loading and starting it the first
/// time.
fn bundle(slug: &'static str) -> Result<Promise, JsValue> {
    BUNDLES.with(|cell| {
        if let Some(p) = cell.borrow().get(slug) {
            return Ok(p.clone());
        }
        let p = load(slug)?;
        cell.borrow_mut().insert(slug, p.clone());
        Ok(p)
    })
}

/// Adds the bundle's `<script>`, then starts its wasm: a promise of its exports.
fn load(slug: &'static str) -> Result<Promise, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let file = format!("wirelab-lab-{slug}.js");
    let script = document
        .query_selector(&format!("meta[name=wirelab-lab][content^=\"{file}\"]"))?
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or(file);
    let base = document.base_uri()?.ok_or("no base URL")?;
    let js = web_sys::Url::new_with_base(&script, &base)?;
    let wasm = web_sys::Url::new_with_base(&script, &base)?;
    wasm.set_pathname(&js.pathname().replace(".js", "_bg.wasm"));
    let wasm = wasm.href();
    let element = document.create_element("script")?;
    element.set_attribute("src", &js.href())?;
    let loaded = Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
        let on_error = Closure::once_into_js(move || {
            reject.call1(
                &JsValue::NULL,
                &JsValue::from_str(&format!("wirelab-lab-{slug}.js")),
            )
        });
        let _ = element.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = element.add_event_listener_with_callback("error", on_error.unchecked_ref());
    });
    document.head().ok_or("no head")?.append_child(&element)?;
    Ok(wasm_bindgen_futures::future_to_promise(async move {
        JsFuture::from(loaded).await?;
        let window = web_sys::window().ok_or("no window")?;
        let all = Reflect::get(&window, &JsValue::from_str(GLOBAL))?;
        let init: Function = Reflect::get(&all, &JsValue::from_str(slug))?.dyn_into()?;
        let options = js_sys::Object::new();
        Reflect::set(
            &options,
            &JsValue::from_str("module_or_path"),
            &JsValue::from_str(&wasm),
        )?;
        let starting: Promise = init.call1(&JsValue::NULL, &options)?.dyn_into()?;
        JsFuture::from(starting).await?;
        Ok(init.into())
    }))
}

/// Calls `target[name](...args)`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(target, &JsValue::from_str(name))?.dyn_into()?;
    let array = js_sys::Array::new();
    for a in args {
        array.push(a);
    }
    Reflect::apply(&f, target, &array)
}

/// A JS exception as text.
fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}
