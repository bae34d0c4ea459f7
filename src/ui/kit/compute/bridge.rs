//! The page's side of a worker: spawns `wirelab-worker` (or `wirelab-worker-tls`,
//! `jobs::WorkerKind`) from a tiny blob loader,
//! waits for its `jobs::hello()`, queues requests until then, hands every reply to a
//! callback, and terminates the worker when dropped (that is how a job is cancelled).
//!
//! The worker's files are not content-hashed by Trunk, so the loader asks for them
//! with `?v=<hash of both files>`, which `scripts/csp_hook.py` writes into
//! `<meta name="wirelab-worker">` at build time: a cached worker of another build is
//! never fetched, and if one ever answers, its greeting differs and it is not used.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, ErrorEvent, MessageEvent, Url, Worker};

use crate::labs::jobs::{self, JobReply, JobRequest, WorkerKind};

/// What the worker said.
#[derive(Clone)]
pub enum FromWorker {
    /// A reply to a request.
    Reply(JobReply),
    /// Its greeting was not ours: a worker of another build (what it said).
    Mismatch(String),
    /// It failed to load or crashed (the browser's message).
    Broken(String),
}

/// A running worker; dropping it terminates the worker.
pub struct JobWorker {
    kind: WorkerKind,
    worker: Worker,
    ready: Rc<Cell<bool>>,
    queue: Rc<RefCell<Vec<Uint8Array>>>,
    loader_url: String,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl JobWorker {
    /// Starts the worker; `on_event` hears everything it says.
    pub fn spawn(
        kind: WorkerKind,
        on_event: impl Fn(FromWorker) + 'static,
    ) -> Result<JobWorker, String> {
        let loader_url = loader_url(kind)?;
        let worker = Worker::new(&loader_url).map_err(describe)?;
        let ready = Rc::new(Cell::new(false));
        let queue: Rc<RefCell<Vec<Uint8Array>>> = Rc::default();
        let on_event = Rc::new(on_event);
        let on_message = {
            let (worker, ready, queue, on_event) = (
                worker.clone(),
                ready.clone(),
                queue.clone(),
                on_event.clone(),
            );
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if let Some(greeting) = data.as_string() {
                    if greeting == jobs::hello() {
                        ready.set(true);
                        for message in queue.borrow_mut().drain(..) {
                            let _ = worker.post_message(&message);
                        }
                    } else {
                        on_event(FromWorker::Mismatch(greeting));
                    }
                    return;
                }
                let bytes = data
                    .dyn_ref::<Uint8Array>()
                    .map(Uint8Array::to_vec)
                    .unwrap_or_default();
                match jobs::decode::<JobReply>(&bytes) {
                    Ok(reply) => on_event(FromWorker::Reply(reply)),
                    Err(e) => on_event(FromWorker::Mismatch(e)),
                }
            })
        };
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
            // Handled here: the page shows it (no second report in the console).
            e.prevent_default();
            on_event(FromWorker::Broken(e.message()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(JobWorker {
            kind,
            worker,
            ready,
            queue,
            loader_url,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Which worker this is.
    pub fn kind(&self) -> WorkerKind {
        self.kind
    }

    /// Sends `request` now, or as soon as the worker has greeted the page.
    pub fn send(&self, request: &JobRequest) -> Result<(), String> {
        let bytes = jobs::encode(request)?;
        let message = Uint8Array::from(bytes.as_slice());
        if self.ready.get() {
            self.worker
                .post_message_with_transfer(&message, &Array::of1(&message.buffer()))
                .map_err(describe)
        } else {
            self.queue.borrow_mut().push(message);
            Ok(())
        }
    }
}

impl Drop for JobWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
        let _ = Url::revoke_object_url(&self.loader_url);
    }
}

/// A blob URL of `importScripts(js); wasm_bindgen(wasm)`, both absolute and versioned
/// (a blob worker has no base URL of its own), for the worker `kind`.
fn loader_url(kind: WorkerKind) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script = document
        .query_selector(&format!("meta[name={}]", kind.script()))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| format!("{}.js", kind.script()));
    let base = document
        .base_uri()
        .map_err(describe)?
        .ok_or("no base URL")?;
    let js = Url::new_with_base(&script, &base).map_err(describe)?;
    let wasm = Url::new_with_base(&script, &base).map_err(describe)?;
    wasm.set_pathname(&js.pathname().replace(".js", "_bg.wasm"));
    let (js, wasm) = (js.href(), wasm.href());
    if [&js, &wasm].iter().any(|u| u.contains(['"', '\\'])) {
        return Err(format!("unexpected worker URL {js}"));
    }
    let source = format!("importScripts(\"{js}\");wasm_bindgen({{module_or_path:\"{wasm}\"}});");
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&source.into()), &options)
        .map_err(describe)?;
    Url::create_object_url_with_blob(&blob).map_err(describe)
}

/// 32 bytes from `crypto.getRandomValues`: the seed of the worker's rng.
pub fn random_seed() -> Option<[u8; 32]> {
    let mut seed = [0u8; 32];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut seed)
        .ok()?;
    Some(seed)
}

/// A JS exception as text.
fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_default()
}
