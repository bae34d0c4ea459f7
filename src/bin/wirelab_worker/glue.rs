//! A worker's side of the wire: `onmessage` -> its runner -> `postMessage`. Shared by
//! both workers (`wirelab-worker-tls` includes this file); each passes its own half of
//! `jobs::run_job`, so each links only its own engines.
//! Messages are `jobs::encode`d bytes in a transferred `Uint8Array`; the first
//! message is the plain-string `jobs::hello()` so the page can tell a worker of
//! another build before it sends anything.

use js_sys::{Array, Uint8Array};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use wirelab::labs::compress::Clock;
use wirelab::labs::jobs::{self, Job, JobError, JobEvent, JobOutput, JobProgress};
use wirelab::labs::jobs::{JobReply, JobRequest, PROTOCOL};

/// A worker's half of `jobs::run_job`.
pub type Runner = fn(
    &Job,
    &mut ChaCha20Rng,
    Option<Clock<'_>>,
    &mut dyn FnMut(JobProgress),
) -> Result<JobOutput, JobError>;

/// Progress goes out at most this often (milliseconds): the page redraws on each one.
const PROGRESS_EVERY_MS: f64 = 40.0;

/// Installs the message handler and greets the page.
pub fn start(run: Runner) {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let me = scope.clone();
    let on_message =
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| handle(&me, &e.data(), run));
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker does.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&jobs::hello()));
}

/// Runs one request to the end: progress (throttled), then `Done` or `Failed`.
fn handle(scope: &DedicatedWorkerGlobalScope, data: &JsValue, run: Runner) {
    let bytes = data
        .dyn_ref::<Uint8Array>()
        .map(Uint8Array::to_vec)
        .unwrap_or_default();
    let request = match jobs::decode::<JobRequest>(&bytes) {
        Ok(r) if r.protocol == PROTOCOL => r,
        Ok(r) => return refuse(scope, r.id),
        Err(_) => return refuse(scope, 0),
    };
    let id = request.id;
    let mut rng = ChaCha20Rng::from_seed(request.seed);
    let mut last = f64::NEG_INFINITY;
    let mut clock = js_sys::Date::now;
    let result = run(&request.job, &mut rng, Some(&mut clock), &mut |progress| {
        let now = js_sys::Date::now();
        if now - last >= PROGRESS_EVERY_MS {
            last = now;
            post(
                scope,
                &JobReply {
                    id,
                    event: JobEvent::Progress(progress),
                },
            );
        }
    });
    let event = match result {
        Ok(output) => JobEvent::Done(output),
        Err(e) => JobEvent::Failed(e),
    };
    post(scope, &JobReply { id, event });
}

/// A request this worker cannot read: it comes from a page of another build.
fn refuse(scope: &DedicatedWorkerGlobalScope, id: u64) {
    let event = JobEvent::Failed(JobError::Protocol { worker: PROTOCOL });
    post(scope, &JobReply { id, event });
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &JobReply) {
    let Ok(bytes) = jobs::encode(reply) else {
        return;
    };
    let array = Uint8Array::from(bytes.as_slice());
    // Transferred, not copied: the buffer is ours alone.
    let _ = scope.post_message_with_transfer(&array, &Array::of1(&array.buffer()));
}
