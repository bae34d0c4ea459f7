//! `use_compute`: the one way a page asks for a computation and renders it as
//! idle, pending (with progress), done or failed.
//!
//! Jobs are `labs::jobs::Job`s. Cheap ones ([`Placement::Inline`]) are answered at
//! once on the page. Heavy ones go to a Web Worker (`src/bin/wirelab_worker`), whose
//! wasm is never part of the first load: most share the page's one worker (`pool`);
//! long jobs a learner may cancel (`Job::needs_own_worker`: an RSA key, the bomb, a
//! hostile pickle) get a worker of their own, terminated by a new job or
//! [`UseCompute::cancel`] while it is busy.

mod bridge;
mod pool;
mod words;

pub use words::ComputeWords;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::labs::jobs::{run_inline, Job, JobError, JobEvent, JobOutput, JobProgress};
use crate::labs::jobs::{JobRequest, Placement, PROTOCOL};
use bridge::{FromWorker, JobWorker};
use pool::SendError;

/// Where a computation is.
#[derive(Clone, Debug, PartialEq)]
pub enum ComputeState {
    /// Nothing asked yet.
    Idle,
    /// Stopped by [`UseCompute::cancel`].
    Cancelled,
    /// Running; the latest progress, if the job reports any.
    Pending(Option<JobProgress>),
    Done(Rc<JobOutput>),
    Failed(ComputeError),
}

/// Why a computation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum ComputeError {
    /// The job itself failed.
    Job(JobError),
    /// The worker could not be started (the browser's message).
    Unavailable(String),
    /// The worker is from another build of the site (what it said).
    Mismatch(String),
    /// The worker failed to load or crashed (the browser's message).
    Broken(String),
}

/// Bookkeeping the worker's callback shares with the handle (no worker inside, so
/// no reference cycle).
#[derive(Default)]
struct Shared {
    /// The id of the job whose replies count; older ones are ignored.
    current: Cell<u64>,
    /// A job of ours is running.
    busy: Cell<bool>,
    /// That job runs in our own worker (not the shared one).
    own_busy: Cell<bool>,
    /// Our own worker failed or is of another build: never send it anything again.
    dead: Cell<bool>,
}

/// What [`use_compute`] returns.
#[derive(Clone)]
pub struct UseCompute {
    state: UseStateHandle<ComputeState>,
    inner: Rc<Inner>,
}

/// What the hook keeps between renders (dropping it terminates its own worker and
/// forgets its job in the shared one).
#[derive(Default)]
struct Inner {
    shared: Rc<Shared>,
    worker: RefCell<Option<JobWorker>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        pool::forget(self.shared.current.get());
    }
}

impl UseCompute {
    /// The current state.
    pub fn state(&self) -> &ComputeState {
        &self.state
    }

    /// Starts `job`, replacing whatever was running.
    pub fn run(&self, job: Job) {
        self.stop_if_busy();
        let id = pool::next_id();
        self.inner.shared.current.set(id);
        if job.placement() == Placement::Inline {
            self.state.set(match run_inline(&job) {
                Ok(output) => ComputeState::Done(Rc::new(output)),
                Err(e) => ComputeState::Failed(ComputeError::Job(e)),
            });
            return;
        }
        let Some(seed) = bridge::random_seed() else {
            let why = "crypto.getRandomValues".to_owned();
            return self
                .state
                .set(ComputeState::Failed(ComputeError::Unavailable(why)));
        };
        let own = job.needs_own_worker();
        let request = JobRequest {
            protocol: PROTOCOL,
            id,
            seed,
            job,
        };
        let handler = on_event(self.state.clone(), self.inner.shared.clone());
        let sent = if own {
            self.send_own(&request, handler)
        } else {
            pool::send(&request, Rc::new(handler))
        };
        match sent {
            Ok(()) => {
                self.inner.shared.busy.set(true);
                self.inner.shared.own_busy.set(own);
                self.state.set(ComputeState::Pending(None));
            }
            Err(SendError::Spawn(e)) => self
                .state
                .set(ComputeState::Failed(ComputeError::Unavailable(e))),
            Err(SendError::Post(e)) => self
                .state
                .set(ComputeState::Failed(ComputeError::Broken(e))),
        }
    }

    /// Sends `request` to this hook's own worker, starting one if needed.
    fn send_own(
        &self,
        request: &JobRequest,
        handler: impl Fn(FromWorker) + 'static,
    ) -> Result<(), SendError> {
        let mut slot = self.inner.worker.borrow_mut();
        if self.inner.shared.dead.replace(false) {
            *slot = None;
        }
        // A worker of the other kind cannot run this job: replaced.
        let worker = match slot.take().filter(|w| w.kind() == request.job.worker()) {
            Some(worker) => worker,
            None => JobWorker::spawn(request.job.worker(), handler).map_err(SendError::Spawn)?,
        };
        let sent = worker.send(request).map_err(SendError::Post);
        *slot = Some(worker);
        sent
    }

    /// Stops the running job: `Cancelled`, or `Idle` when nothing was running.
    pub fn cancel(&self) {
        let was_running = self.inner.shared.busy.get();
        self.stop_if_busy();
        self.inner.shared.current.set(pool::next_id());
        self.state.set(if was_running {
            ComputeState::Cancelled
        } else {
            ComputeState::Idle
        });
    }

    /// A running job is dropped: in our own worker by terminating it (it cannot hear
    /// a message while it computes), in the shared one by forgetting its reply.
    fn stop_if_busy(&self) {
        pool::forget(self.inner.shared.current.get());
        if self.inner.shared.busy.replace(false) && self.inner.shared.own_busy.replace(false) {
            *self.inner.worker.borrow_mut() = None;
        }
    }
}

/// The worker's messages, turned into states of the current job.
fn on_event(state: UseStateHandle<ComputeState>, shared: Rc<Shared>) -> impl Fn(FromWorker) {
    move |event| match event {
        FromWorker::Reply(reply) if reply.id == shared.current.get() => match reply.event {
            JobEvent::Progress(p) => state.set(ComputeState::Pending(Some(p))),
            JobEvent::Done(output) => {
                shared.busy.set(false);
                state.set(ComputeState::Done(Rc::new(output)));
            }
            JobEvent::Failed(e) => {
                shared.busy.set(false);
                state.set(ComputeState::Failed(ComputeError::Job(e)));
            }
        },
        FromWorker::Reply(_) => {}
        FromWorker::Mismatch(said) => {
            shared.dead.set(true);
            shared.busy.set(false);
            state.set(ComputeState::Failed(ComputeError::Mismatch(said)));
        }
        FromWorker::Broken(why) => {
            shared.dead.set(true);
            shared.busy.set(false);
            state.set(ComputeState::Failed(ComputeError::Broken(why)));
        }
    }
}

/// A computation: cheap jobs inline, heavy ones in a Web Worker (the shared one, or
/// its own, terminated when the component goes away).
#[hook]
pub fn use_compute() -> UseCompute {
    let state = use_state(|| ComputeState::Idle);
    let inner = use_memo((), |_| Inner::default());
    UseCompute { state, inner }
}
