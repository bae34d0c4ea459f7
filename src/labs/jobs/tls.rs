//! The TLS worker's half of [`super::run_job`]: RSA keys, certificates, the key roles,
//! the handshake and the TLS exercises' checks. It never names zlib, the unpickler or
//! the sockets interpreter, so `wirelab-worker-tls`'s wasm does not carry them.

use rand_core::CryptoRng;

use super::{Job, JobError, JobOutput, JobProgress, KeyNumber, KeyNumbers, KEYGEN_STEP};
use crate::labs::exercises;
use crate::labs::tls::cert_check::check;
use crate::labs::tls::cert_make::make_cert_set;
use crate::labs::tls::handshake_run::run_handshake;
use crate::labs::tls::keys_roles::{key_der, run_roles};
use crate::tls::pki::{key_parts, KeyGeneration};

/// Runs a job of the TLS worker; any other job is `WrongWorker`.
pub fn run<R: CryptoRng + ?Sized>(
    job: &Job,
    rng: &mut R,
    mut on_progress: impl FnMut(JobProgress),
) -> Result<JobOutput, JobError> {
    match job {
        Job::RsaKey { bits } => rsa_key(*bits, rng, &mut on_progress).map(JobOutput::RsaKey),
        Job::CertMake(req) => Ok(JobOutput::CertMade(make_cert_set(req, rng).map(Box::new))),
        Job::CertVerify(req) => Ok(JobOutput::CertVerified(check(req))),
        Job::KeyRoles(req) => Ok(JobOutput::KeyRoles(run_roles(req, rng))),
        Job::Handshake(request) => Ok(JobOutput::Handshake(Box::new(run_handshake(request, rng)))),
        Job::CheckExercise { id, answer } => Ok(JobOutput::Check(exercises::check_tls(id, answer))),
        Job::TwoCompressors { .. }
        | Job::LevelSizes { .. }
        | Job::Bomb
        | Job::Loads { .. }
        | Job::UnpickleFrame { .. }
        | Job::Compress { .. }
        | Job::Trace { .. }
        | Job::BombTrace { .. }
        | Job::Exercise
        | Job::JsonLoads { .. }
        | Job::Sockets { .. }
        | Job::CompressedSizes(_) => Err(JobError::WrongWorker),
    }
}

fn rsa_key<R: CryptoRng + ?Sized>(
    bits: u32,
    rng: &mut R,
    on_progress: &mut impl FnMut(JobProgress),
) -> Result<KeyNumbers, JobError> {
    let size = usize::try_from(bits).map_err(|_| JobError::UnsupportedKeySize(bits))?;
    let mut generation = KeyGeneration::new(size)?;
    let key = loop {
        let step = generation.step(rng, KEYGEN_STEP)?;
        on_progress(JobProgress::RsaKey(generation.progress()));
        if let Some(key) = step {
            break key;
        }
    };
    let parts = key_parts(&key)?
        .into_iter()
        .map(|p| KeyNumber {
            symbol: p.symbol.to_owned(),
            hex: p.hex(),
            bits: p.bits(),
        })
        .collect();
    Ok(KeyNumbers {
        bits,
        search: generation.progress(),
        parts,
        der: key_der(&key),
    })
}
