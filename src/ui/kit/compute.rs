//! `use_compute`: the one way a page asks for a computation and renders it as
//! idle, pending (with progress), done or failed.
//!
//! Jobs are `labs::jobs::Job`s. Cheap ones ([`Placement::Inline`]) are answered at
//! once on the page; heavy ones go to the Web Worker (`src/bin/wirelab_worker`),
//! spawned the first time one is asked for (its wasm is never part of the first
//! load). A new job or [`UseCompute::cancel`] while the worker is busy terminates it;
//! the next heavy job spawns a fresh one.

mod bridge;
mod words;

pub use words::ComputeWords;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::labs::jobs::{run_inline, Job, JobError, JobEvent, JobOutput, JobProgress};
use crate::labs::jobs::{JobRequest, Placement, PROTOCOL};
use bridge::{FromWorker, JobWorker};

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
    /// The worker has a job of ours running.
    busy: Cell<bool>,
    /// The worker failed or is of another build: never send it anything again.
    dead: Cell<bool>,
}

/// What [`use_compute`] returns.
#[derive(Clone)]
pub struct UseCompute {
    state: UseStateHandle<ComputeState>,
    inner: Rc<Inner>,
}

/// What the hook keeps between renders (dropping it terminates the worker).
#[derive(Default)]
struct Inner {
    shared: Rc<Shared>,
    worker: RefCell<Option<JobWorker>>,
}

impl UseCompute {
    /// The current state.
    pub fn state(&self) -> &ComputeState {
        &self.state
    }

    /// Starts `job`, replacing whatever was running.
    pub fn run(&self, job: Job) {
        let id = self.inner.shared.current.get() + 1;
        self.inner.shared.current.set(id);
        if job.placement() == Placement::Inline {
            self.stop_if_busy();
            self.state.set(match run_inline(&job) {
                Ok(output) => ComputeState::Done(Rc::new(output)),
                Err(e) => ComputeState::Failed(ComputeError::Job(e)),
            });
            return;
        }
        self.stop_if_busy();
        let mut slot = self.inner.worker.borrow_mut();
        if self.inner.shared.dead.get() {
            *slot = None;
        }
        if slot.is_none() {
            self.inner.shared.dead.set(false);
            match JobWorker::spawn(on_event(self.state.clone(), self.inner.shared.clone())) {
                Ok(worker) => *slot = Some(worker),
                Err(e) => {
                    return self
                        .state
                        .set(ComputeState::Failed(ComputeError::Unavailable(e)))
                }
            }
        }
        let Some(seed) = bridge::random_seed() else {
            let why = "crypto.getRandomValues".to_owned();
            return self
                .state
                .set(ComputeState::Failed(ComputeError::Unavailable(why)));
        };
        let request = JobRequest {
            protocol: PROTOCOL,
            id,
            seed,
            job,
        };
        let sent = slot.as_ref().map(|w| w.send(&request));
        match sent {
            Some(Ok(())) => {
                self.inner.shared.busy.set(true);
                self.state.set(ComputeState::Pending(None));
            }
            Some(Err(e)) => self
                .state
                .set(ComputeState::Failed(ComputeError::Broken(e))),
            None => {}
        }
    }

    /// Stops the running job (the worker is terminated): `Cancelled`, or `Idle` when
    /// nothing was running.
    pub fn cancel(&self) {
        self.inner
            .shared
            .current
            .set(self.inner.shared.current.get() + 1);
        let was_running = self.inner.shared.busy.get();
        self.stop_if_busy();
        self.state.set(if was_running {
            ComputeState::Cancelled
        } else {
            ComputeState::Idle
        });
    }

    /// A busy worker is terminated: it cannot hear a message while it computes.
    fn stop_if_busy(&self) {
        if self.inner.shared.busy.replace(false) {
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

/// A computation: cheap jobs inline, heavy ones in the Web Worker (terminated when
/// the component goes away).
#[hook]
pub fn use_compute() -> UseCompute {
    let state = use_state(|| ComputeState::Idle);
    let inner = use_memo((), |_| Inner::default());
    UseCompute { state, inner }
}
