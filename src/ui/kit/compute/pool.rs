//! The page's shared Web Workers, one of each kind (`jobs::WorkerKind`). Every job
//! that needs no worker of its own (`Job::needs_own_worker`) goes to the shared
//! worker of its kind, which runs jobs in the order they were sent; replies find their
//! hook again by request id. So a page with seven panels starts one worker, not seven. A replaced or cancelled job is forgotten: it
//! still runs (these jobs are short) but its reply is dropped.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::bridge::{FromWorker, JobWorker};
use crate::labs::jobs::{JobEvent, JobRequest, WorkerKind};

/// Hears one job's messages.
pub type Handler = Rc<dyn Fn(FromWorker)>;

/// Why a job could not be sent.
pub enum SendError {
    /// No worker could be started (the browser's message).
    Spawn(String),
    /// The worker would not take the message (the browser's message).
    Post(String),
}

#[derive(Default)]
struct Pool {
    worker: Option<JobWorker>,
    /// The worker crashed or is of another build: replaced on the next send.
    dead: Rc<Cell<bool>>,
    /// The jobs still running, by request id.
    handlers: HashMap<u64, Handler>,
}

thread_local! {
    static GENERAL: RefCell<Pool> = RefCell::default();
    static TLS: RefCell<Pool> = RefCell::default();
    static LAST_ID: Cell<u64> = const { Cell::new(0) };
}

/// A request id no other job on this page has (shared and own workers alike).
pub fn next_id() -> u64 {
    LAST_ID.with(|last| {
        let id = last.get() + 1;
        last.set(id);
        id
    })
}

/// Sends `request` to the shared worker, starting it if there is none; `handler`
/// hears the job's replies until it ends or is [`forget`]ten.
pub fn send(request: &JobRequest, handler: Handler) -> Result<(), SendError> {
    let kind = request.job.worker();
    pool(kind).with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.dead.replace(false) {
            pool.worker = None;
        }
        if pool.worker.is_none() {
            let worker = JobWorker::spawn(kind, dispatch(kind, pool.dead.clone()))
                .map_err(SendError::Spawn)?;
            pool.worker = Some(worker);
        }
        let sent = pool.worker.as_ref().map(|w| w.send(request));
        match sent {
            Some(Err(e)) => Err(SendError::Post(e)),
            _ => {
                pool.handlers.insert(request.id, handler);
                Ok(())
            }
        }
    })
}

/// The shared worker of `kind`.
fn pool(kind: WorkerKind) -> &'static std::thread::LocalKey<RefCell<Pool>> {
    match kind {
        WorkerKind::General => &GENERAL,
        WorkerKind::Tls => &TLS,
    }
}

/// Drops the job `id`'s handler: whatever it still says is not heard.
pub fn forget(id: u64) {
    for kind in [WorkerKind::General, WorkerKind::Tls] {
        pool(kind).with(|pool| {
            if let Ok(mut pool) = pool.try_borrow_mut() {
                pool.handlers.remove(&id);
            }
        });
    }
}

/// Routes the shared worker's messages: a reply to its job's handler (the last one
/// unregisters it), a crash or a foreign build to every waiting job.
fn dispatch(kind: WorkerKind, dead: Rc<Cell<bool>>) -> impl Fn(FromWorker) {
    move |event| match event {
        FromWorker::Reply(reply) => {
            let last = !matches!(reply.event, JobEvent::Progress(_));
            let handler = pool(kind).with(|pool| {
                let mut pool = pool.borrow_mut();
                if last {
                    pool.handlers.remove(&reply.id)
                } else {
                    pool.handlers.get(&reply.id).cloned()
                }
            });
            if let Some(handler) = handler {
                handler(FromWorker::Reply(reply));
            }
        }
        failure => {
            // Not dropped here: this runs inside the worker's own callback.
            dead.set(true);
            let waiting: Vec<Handler> = pool(kind)
                .with(|pool| pool.borrow_mut().handlers.drain().map(|(_, h)| h).collect());
            for handler in waiting {
                handler(failure.clone());
            }
        }
    }
}
