//! The general worker's half of [`super::run_job`]: zlib, the unpickler, `json.loads`,
//! the sockets interpreter and the exercises' checks that need no TLS. It never names
//! the TLS engine, so `wirelab-worker`'s wasm does not carry it.

use super::{BombSummary, Job, JobError, JobOutput, FRAME_VIEW_MAX};
use crate::labs::compress::{
    level_sizes, two_compressors, Bomb, Clock, ExerciseSummary, TraceSummary,
};
use crate::labs::exercises;
use crate::labs::sockets::RunSummary;
use crate::labs::tls::length_leak::compressed_sizes;
use crate::labs::unpickle::{FrameSummary, LoadsSummary};

/// Runs a job of the general worker; a TLS job is `WrongWorker`.
pub fn run(job: &Job, clock: Option<Clock<'_>>) -> Result<JobOutput, JobError> {
    match job {
        Job::TwoCompressors { data, level } => Ok(JobOutput::TwoCompressors(two_compressors(
            data, *level, clock,
        ))),
        Job::LevelSizes { data, wbits } => Ok(sizes(data, *wbits)),
        Job::Bomb => Ok(JobOutput::Bomb(BombSummary::from(&Bomb::load()))),
        Job::Loads { text } => Ok(JobOutput::Loads(LoadsSummary::of(text))),
        Job::UnpickleFrame { bytes, shown } => {
            let shown = usize::try_from(*shown).unwrap_or(usize::MAX);
            Ok(JobOutput::Frame(FrameSummary::of(
                bytes,
                shown,
                FRAME_VIEW_MAX,
            )))
        }
        Job::Compress { data, level, wbits } => Ok(JobOutput::Compressed(
            crate::zlib::compress(data, *level, *wbits).map_err(|e| e.to_string()),
        )),
        Job::Trace {
            stream,
            wbits,
            chunks,
            max_length,
            drain,
        } => {
            let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
            let chunks: Vec<usize> = chunks.iter().map(|&c| size(c)).collect();
            Ok(JobOutput::Trace(TraceSummary::of(
                stream,
                *wbits,
                &chunks,
                size(*max_length),
                *drain,
            )))
        }
        Job::BombTrace { wbits, max_length } => Ok(JobOutput::Trace(TraceSummary::bomb(
            *wbits,
            usize::try_from(*max_length).unwrap_or(usize::MAX),
        ))),
        Job::Exercise => Ok(JobOutput::Exercise(ExerciseSummary::classic())),
        Job::JsonLoads { text } => Ok(json_loads(text)),
        Job::Sockets { program, net } => Ok(JobOutput::Sockets(RunSummary::of(program, net))),
        Job::CheckExercise { id, answer } => {
            Ok(JobOutput::Check(exercises::check_general(id, answer)))
        }
        Job::CompressedSizes(texts) => Ok(JobOutput::CompressedSizes(compressed_sizes(texts))),
        Job::RsaKey { .. }
        | Job::CertMake(_)
        | Job::CertVerify(_)
        | Job::KeyRoles(_)
        | Job::Handshake(_) => Err(JobError::WrongWorker),
    }
}

/// `repr(json.loads(text))`, or the traceback's last line.
pub fn json_loads(text: &str) -> JobOutput {
    JobOutput::JsonLoads(
        crate::py::json_loads::loads(text)
            .map(|v| crate::py::repr::repr(&v))
            .map_err(|e| e.to_string()),
    )
}

fn sizes(data: &[u8], wbits: i32) -> JobOutput {
    JobOutput::LevelSizes(
        level_sizes(data, wbits)
            .into_iter()
            .map(|(level, size)| (level, size as u64))
            .collect(),
    )
}
