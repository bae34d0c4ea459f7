//! Heavy work as messages: the serde request and reply types that the page and the
//! Web Worker (`src/bin/wirelab_worker`) exchange, and [`run_job`], which the worker
//! runs and the native tests call directly.
//!
//! Nothing here knows about the browser: randomness comes in as an rng, progress goes
//! out through a callback, and [`Job::placement`] says which jobs are cheap enough to
//! run on the page itself ([`run_inline`], which never reaches the TLS engine, so the
//! page's wasm does not carry it).

use rand_core::CryptoRng;
use serde::{Deserialize, Serialize};

pub mod general;
pub mod tls;

use crate::labs::compress::{Bomb, Clock, ExerciseSummary, TraceSummary, TwoCompressors};
use crate::labs::exercises::{self, Check};
use crate::labs::sockets::RunSummary;
use crate::labs::tls::cert_check::{CertCheck, CheckRequest};
use crate::labs::tls::cert_make::{CertRequest, CertSet, MakeProblem};
use crate::labs::tls::hs_summary::{HandshakeError, HandshakeRequest, HandshakeSummary};
use crate::labs::tls::keys_roles::{RolesProblem, RolesRequest, RolesSummary};
use crate::labs::unpickle::{FrameSummary, LoadsSummary};
use crate::sockets::Network;
use crate::tls::pki::{KeyError, KeygenProgress};
use crate::zlib::CappedOutcome;

/// The version of these messages. The worker greets the page with [`hello`] before
/// anything else, so a worker cached from another build is recognised and not used.
/// Raise it whenever a message changes shape (2: the bomb trace, a session's own message).
pub const PROTOCOL: u32 = 2;

/// The worker's first message (a plain string, readable whatever the types became).
pub fn hello() -> String {
    format!("wirelab-worker protocol {PROTOCOL}")
}

/// The RSA key sizes the Keys panel offers.
pub const KEY_BITS: [u32; 4] = [1024, 2048, 3072, 4096];

/// Candidates examined between two progress reports of a key search.
pub const KEYGEN_STEP: u32 = 32;

/// One request to the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobRequest {
    /// [`PROTOCOL`] of the page that sent it.
    pub protocol: u32,
    /// Chosen by the page; every reply carries it.
    pub id: u64,
    /// Seeds the worker's rng (the page takes it from `crypto.getRandomValues`).
    pub seed: [u8; 32],
    pub job: Job,
}

/// What to compute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// An RSA key of `bits` bits (`tls::pki::KeyGeneration`), with progress.
    RsaKey { bits: u32 },
    /// `len(zlib.compress(data, level, wbits))` for every level (the Compress chart).
    LevelSizes { data: Vec<u8>, wbits: i32 },
    /// The Compress lab's 1 GiB decompression bomb, built and inflated capped.
    Bomb,
    /// The `pickle.loads` panel for pasted text (a hostile pickle can run for millions
    /// of opcodes: never on the page).
    Loads { text: String },
    /// The unpickler stepper after `shown` opcodes of `bytes`.
    UnpickleFrame { bytes: Vec<u8>, shown: u64 },
    /// `zlib.compress(data, level, wbits)`.
    Compress {
        data: Vec<u8>,
        level: i32,
        wbits: i32,
    },
    /// A `decompressobj` session: `stream` cut in `chunks`, with `max_length`, then
    /// (if `drain`) the `while d.unconsumed_tail:` loop, then `d.flush()`.
    Trace {
        stream: Vec<u8>,
        wbits: i32,
        chunks: Vec<u64>,
        max_length: u64,
        drain: bool,
    },
    /// The 8-byte-packet exercise: its stream, received as the book does.
    Exercise,
    /// `repr(json.loads(text))` (cheap: answered on the page).
    JsonLoads { text: String },
    /// `data` through zlib and miniz_oxide at `level`, timed (the worker's clock).
    TwoCompressors { data: Vec<u8>, level: u8 },
    /// A Sockets lab program run on `net` (a loop may run to the step budget).
    Sockets { program: String, net: Network },
    /// A fresh CA, server certificate and gallery for a host (`labs::tls::cert_make`).
    CertMake(CertRequest),
    /// A chain verified at a time for a host (`labs::tls::cert_check`).
    CertVerify(CheckRequest),
    /// Encrypt/decrypt and sign/verify with the Keys panel's key (`labs::tls::keys_roles`).
    KeyRoles(RolesRequest),
    /// A whole TLS session of the Handshake panel (`labs::tls::handshake_run`).
    Handshake(HandshakeRequest),
    /// A guided exercise's check of the learner's answer (`labs::exercises::check`).
    CheckExercise { id: String, answer: String },
    /// `len(zlib.compress(t, 6))` of each text (the TLS lab's length leak,
    /// `labs::tls::length_leak`).
    CompressedSizes(Vec<Vec<u8>>),
    /// The bomb in the `decompressobj` stepper, `max_length` at a time (rebuilt in
    /// the worker: its 1 MB never travels), as `TraceSummary::bomb`.
    BombTrace { wbits: i32, max_length: u64 },
}

/// Stack and memo entries a stepper frame carries (the page draws no more).
pub const FRAME_VIEW_MAX: usize = 2000;

/// Where a job runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// On the page, synchronously: it takes well under a frame.
    Inline,
    /// In the Web Worker: it would block the page.
    Worker,
}

impl Job {
    /// Where this job runs (the page's hook follows this).
    pub fn placement(&self) -> Placement {
        match self {
            Job::JsonLoads { .. } => Placement::Inline,
            // zlib, the unpickler and the TLS engine live in the worker only: the
            // page's first-load wasm carries none of them.
            Job::RsaKey { .. }
            | Job::LevelSizes { .. }
            | Job::Bomb
            | Job::Loads { .. }
            | Job::UnpickleFrame { .. }
            | Job::Compress { .. }
            | Job::Trace { .. }
            | Job::BombTrace { .. }
            | Job::Exercise
            | Job::TwoCompressors { .. }
            | Job::Sockets { .. }
            | Job::CertMake(_)
            | Job::CertVerify(_)
            | Job::KeyRoles(_)
            | Job::Handshake(_)
            | Job::CheckExercise { .. }
            | Job::CompressedSizes(_) => Placement::Worker,
        }
    }
}

/// The two Web Workers. The TLS engine (RSA, X.509, the handshake) alone fills most
/// of a worker's budget, so it has a worker of its own, fetched when the TLS lab or a
/// TLS exercise first needs it; zlib, the unpickler and the sockets interpreter share
/// the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerKind {
    /// `wirelab-worker`: [`general::run`].
    General,
    /// `wirelab-worker-tls`: [`tls::run`].
    Tls,
}

impl WorkerKind {
    /// The worker's script (`index.html` names it in a `<meta>` of the same name).
    pub fn script(self) -> &'static str {
        match self {
            WorkerKind::General => "wirelab-worker",
            WorkerKind::Tls => "wirelab-worker-tls",
        }
    }
}

impl Job {
    /// Which worker runs this job.
    pub fn worker(&self) -> WorkerKind {
        match self {
            Job::RsaKey { .. }
            | Job::CertMake(_)
            | Job::CertVerify(_)
            | Job::KeyRoles(_)
            | Job::Handshake(_) => WorkerKind::Tls,
            Job::CheckExercise { id, .. } if exercises::is_tls(id) => WorkerKind::Tls,
            Job::CheckExercise { .. }
            | Job::LevelSizes { .. }
            | Job::Bomb
            | Job::Loads { .. }
            | Job::UnpickleFrame { .. }
            | Job::Compress { .. }
            | Job::Trace { .. }
            | Job::BombTrace { .. }
            | Job::Exercise
            | Job::JsonLoads { .. }
            | Job::TwoCompressors { .. }
            | Job::Sockets { .. }
            | Job::CompressedSizes(_) => WorkerKind::General,
        }
    }

    /// Long jobs that a learner may cancel (or replace) while they run: each gets a
    /// worker of its own, which cancelling terminates. Every other worker job shares
    /// the page's one worker, in order (`ui::kit::compute`).
    pub fn needs_own_worker(&self) -> bool {
        matches!(self, Job::RsaKey { .. } | Job::Bomb | Job::Loads { .. })
    }
}

/// One message from the worker: progress, then exactly one `Done` or `Failed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobReply {
    /// The request's id.
    pub id: u64,
    pub event: JobEvent,
}

/// How a job is going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobEvent {
    Progress(JobProgress),
    Done(JobOutput),
    Failed(JobError),
}

/// Progress of a long job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobProgress {
    /// The key search's counters so far.
    RsaKey(KeygenProgress),
}

/// What a job computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobOutput {
    RsaKey(KeyNumbers),
    /// `(level, compressed size)` for levels 0..=9; empty when refused (see
    /// `labs::compress::level_sizes`).
    LevelSizes(Vec<(i32, u64)>),
    Bomb(BombSummary),
    Loads(LoadsSummary),
    Frame(FrameSummary),
    /// `zlib.compress`'s bytes, or Python's error text.
    Compressed(Result<Vec<u8>, String>),
    Trace(TraceSummary),
    /// The exercise, or Python's error text.
    Exercise(Result<ExerciseSummary, String>),
    /// `repr(json.loads(text))`, or the traceback's last line.
    JsonLoads(Result<String, String>),
    TwoCompressors(TwoCompressors),
    Sockets(RunSummary),
    CertMade(Result<Box<CertSet>, MakeProblem>),
    CertVerified(CertCheck),
    KeyRoles(Result<RolesSummary, RolesProblem>),
    Handshake(Box<Result<HandshakeSummary, HandshakeError>>),
    /// An exercise's verdict.
    Check(Check),
    /// Each text's compressed size, or zlib's error text.
    CompressedSizes(Result<Vec<u64>, String>),
}

/// A generated key's numbers and the search that found its primes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyNumbers {
    /// The requested size (the bits of n).
    pub bits: u32,
    /// The search's final counters.
    pub search: KeygenProgress,
    /// n, e, d, p, q, dP, dQ, qInv (PKCS#1 order).
    pub parts: Vec<KeyNumber>,
    /// The private key as PKCS#8 DER (a learning key: the Key roles send it back).
    pub der: Vec<u8>,
}

impl KeyNumbers {
    /// The number named `symbol` (`n`, `e`, `d`, `p`, `q`, `dP`, `dQ`, `qInv`).
    pub fn part(&self, symbol: &str) -> Option<&KeyNumber> {
        self.parts.iter().find(|p| p.symbol == symbol)
    }
}

/// One number of a key, as the page shows it (made in the worker: the page only
/// draws it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyNumber {
    /// `n`, `e`, `d`, `p`, `q`, `dP`, `dQ` or `qInv`.
    pub symbol: String,
    /// Lowercase big-endian hex, without leading zeros.
    pub hex: String,
    /// Size in bits.
    pub bits: u64,
}

/// The bomb, inflated capped, as the page reports it (the shown bytes stay in the
/// worker: the page only says how many there were).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BombSummary {
    /// Bytes of the zlib stream.
    pub stream_len: u64,
    /// What the stream inflates to, from its construction.
    pub claimed: u64,
    /// Output bytes counted.
    pub total: u64,
    /// Output bytes kept to show.
    pub shown: u64,
    /// Counting stopped at the limit (the real size is at least `total`).
    pub stopped_at_limit: bool,
}

impl From<&Bomb> for BombSummary {
    fn from(b: &Bomb) -> Self {
        BombSummary {
            stream_len: b.stream_len as u64,
            claimed: b.claimed,
            total: b.capped.total,
            shown: b.capped.shown.len() as u64,
            stopped_at_limit: b.capped.outcome == CappedOutcome::CountLimit,
        }
    }
}

/// Why a job failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobError {
    /// Key sizes are multiples of 16 bits from 1024 to 4096.
    UnsupportedKeySize(u32),
    /// The RSA library's own message (from `rsa`; verbatim).
    Key(String),
    /// The job was sent to the page's inline runner but belongs in the worker.
    NotInline,
    /// The job was sent to the other worker (see [`Job::worker`]).
    WrongWorker,
    /// The request came from a page of another build (the worker's [`PROTOCOL`]).
    Protocol { worker: u32 },
}

impl From<KeyError> for JobError {
    fn from(e: KeyError) -> Self {
        match e {
            KeyError::UnsupportedKeySize(bits) => {
                JobError::UnsupportedKeySize(u32::try_from(bits).unwrap_or(u32::MAX))
            }
            other => JobError::Key(other.to_string()),
        }
    }
}

/// Runs `job`: `rng` is its randomness (key generation), `on_progress` hears from long
/// jobs every [`KEYGEN_STEP`] candidates. Same job, same rng state, same output. No
/// clock: a timed job reports no times (see [`run_job_timed`]).
pub fn run_job<R: CryptoRng + ?Sized>(
    job: &Job,
    rng: &mut R,
    on_progress: impl FnMut(JobProgress),
) -> Result<JobOutput, JobError> {
    run_job_timed(job, rng, None, on_progress)
}

/// [`run_job`] with a clock (milliseconds) for the jobs that time themselves: the
/// worker passes its own `Date.now`. Each Web Worker calls its own half
/// ([`general::run`] or [`tls::run`]), so neither carries the other's engines.
pub fn run_job_timed<R: CryptoRng + ?Sized>(
    job: &Job,
    rng: &mut R,
    clock: Option<Clock<'_>>,
    on_progress: impl FnMut(JobProgress),
) -> Result<JobOutput, JobError> {
    match job.worker() {
        WorkerKind::General => general::run(job, clock),
        WorkerKind::Tls => tls::run(job, rng, on_progress),
    }
}

/// Runs a job whose [`Job::placement`] is `Inline`; anything else is `NotInline`.
/// Needs no rng and never names the TLS engine.
pub fn run_inline(job: &Job) -> Result<JobOutput, JobError> {
    match job {
        Job::JsonLoads { text } => Ok(general::json_loads(text)),
        // Every other job is the worker's (`Job::placement` lists them).
        _ => Err(JobError::NotInline),
    }
}

/// The wire format both sides use (bincode 1, fixed-width integers, little endian).
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    bincode::serialize(value).map_err(|e| e.to_string())
}

/// Reads what [`encode`] wrote; an error for anything else (e.g. another build's
/// types).
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, String> {
    bincode::deserialize(bytes).map_err(|e| e.to_string())
}
